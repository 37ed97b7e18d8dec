package dev.newsbrief.summary;

import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.util.List;

/** Chooses summary sentences for a story within a word budget. */
public interface Summarizer {
  /**
   * @param story the reports
   * @param words the budget, in whitespace-separated words (as a reader and ROUGE's {@code -l} count)
   * @return chosen sentences, verbatim, in reading order, together at most {@code words} long,
   *         no two stating the same fact
   */
  List<Sentence> summarize(Story story, int words);

  /**
   * As {@link #summarize(Story, int)}, choosing only sentences {@code keep} accepts (a briefing's
   * test that a sentence stands alone, which needs the whole story). A summariser that cannot
   * choose around them drops them, leaving the budget partly unused.
   */
  default List<Sentence> summarize(Story story, int words, java.util.function.Predicate<Sentence> keep) {
    return summarize(story, words).stream().filter(keep).toList();
  }

  /** Words as a reader counts them: whitespace-separated pieces. */
  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws && !in) n++;
      in = !ws;
    }
    return n;
  }
}
