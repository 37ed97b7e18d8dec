package dev.newsbrief.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that opens a wire report ("MUNICH -- ", "LONDON (AP) _ ",
 * "MARROW FORD, March 3 (Northern Wire) - ") so the first sentence starts after it: the sentence
 * stays verbatim, it just does not carry the wire's place stamp into a summary. "EDITOR'S NOTE —"
 * has the same shape but is no dateline.
 */
public final class Dateline {
  private static final Pattern DATELINE = Pattern.compile(
      "(?!EDITOR)\\p{Lu}[\\p{Lu}.'’ -]{1,40}\\p{Lu}\\.?" // city in capitals
          + "(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s+\\d{1,2})?(?:,\\s*\\d{4})?)?" // , March 3 / , South Africa
          + "\\s*(?:\\([^()\\n]{1,40}\\))?" // (AP) (Reuters)
          + "\\s*(?:(?:--|—|–|_)\\s*|(?:-|:)\\s+)(?=[\\p{Lu}\\d\"“‘'`])");

  private Dateline() {}

  /** Length of the dateline at {@code text[from, to)}, or 0 when there is none. */
  public static int length(String text, int from, int to) {
    Matcher m = DATELINE.matcher(text).region(from, to);
    return m.lookingAt() ? m.end() - from : 0;
  }
}
