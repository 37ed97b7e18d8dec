package dev.newsbrief.model;

import java.util.List;

/**
 * A sentence of the briefing: verbatim from one report, cited to every report that says the same.
 *
 * @param text      the sentence, verbatim from the first citation's report
 * @param citations supporting reports, the quoted one first; one per report
 */
public record CitedSentence(String text, List<Citation> citations) {
  public CitedSentence {
    citations = List.copyOf(citations);
  }
}
