package dev.newsbrief.model;

import java.util.List;

/**
 * A sentence of the briefing: verbatim from one report, cited to every report that says the same.
 *
 * @param text       the sentence, verbatim from one of the cited reports
 * @param citations  supporting reports in source order, one per report, the quoted one among them
 * @param insertions words put in brackets so the sentence stands alone ("[Augusto Pinochet] was
 *                   arrested" for "Pinochet was arrested"), in text order; the text stays verbatim
 */
public record CitedSentence(String text, List<Citation> citations, List<Insertion> insertions) {
  public CitedSentence {
    citations = List.copyOf(citations);
    insertions = List.copyOf(insertions);
  }

  public CitedSentence(String text, List<Citation> citations) {
    this(text, citations, List.of());
  }

  /**
   * Words the briefing puts in a verbatim sentence, in the journalistic way: in brackets, in place
   * of the words they make clear, and cited to where they come from.
   *
   * @param at       offset in {@link #text()} of the words replaced
   * @param replaced how many characters they are (the surname "Pinochet": 8)
   * @param words    what is shown instead, without brackets ("Augusto Pinochet")
   * @param source   the sentence the words are taken from
   */
  public record Insertion(int at, int replaced, String words, Citation source) {}

  public CitedSentence withInsertions(List<Insertion> more) {
    return new CitedSentence(text, citations, more);
  }

  /** The sentence as the briefing shows it: the text with its insertions in brackets. */
  public String shown() {
    if (insertions.isEmpty()) return text;
    StringBuilder b = new StringBuilder();
    int from = 0;
    for (Insertion i : insertions) {
      b.append(text, from, i.at()).append('[').append(i.words()).append(']');
      from = i.at() + i.replaced();
    }
    return b.append(text.substring(from)).toString();
  }

  /** The citation of the report the sentence is quoted from. */
  public Citation quoted() {
    for (Citation c : citations) if (c.similarity() >= 1.0 && c.text().equals(text)) return c;
    return citations.isEmpty() ? null : citations.get(0);
  }
}
