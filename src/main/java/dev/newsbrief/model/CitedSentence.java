package dev.newsbrief.model;

import java.util.List;

/**
 * A sentence of the briefing: verbatim from one report, cited to every report that says the same.
 *
 * @param text      the sentence, verbatim from one of the cited reports
 * @param citations supporting reports in source order, one per report, the quoted one among them
 */
public record CitedSentence(String text, List<Citation> citations) {
  public CitedSentence {
    citations = List.copyOf(citations);
  }

  /** The citation of the report the sentence is quoted from. */
  public Citation quoted() {
    for (Citation c : citations) if (c.similarity() >= 1.0 && c.text().equals(text)) return c;
    return citations.isEmpty() ? null : citations.get(0);
  }
}
