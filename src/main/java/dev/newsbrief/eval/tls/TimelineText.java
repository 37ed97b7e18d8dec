package dev.newsbrief.eval.tls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Text handling that copies Python's (and so tilse's) string functions. */
final class TimelineText {
  /** Python's string.punctuation. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private TimelineText() {}

  /** Python's str.isspace for one character. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** Python's str.strip(). */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) start++;
    while (end > start && isSpace(s.charAt(end - 1))) end--;
    return s.substring(start, end);
  }

  /** Python's str.split() with no argument. */
  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && isSpace(s.charAt(i))) i++;
      int start = i;
      while (i < s.length() && !isSpace(s.charAt(i))) i++;
      if (i > start) out.add(s.substring(start, i));
    }
    return out;
  }

  /**
   * The tokens of tilse's cheap ROUGE-1 estimate: whitespace tokens with their case, minus every
   * token that is a substring of string.punctuation (so "." and "()" go, "--" and "``" stay).
   */
  static Map<String, Integer> cheapTokenCounts(List<String> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (String sentence : sentences) {
      for (String token : split(sentence)) {
        if (!PUNCTUATION.contains(token)) counts.merge(token, 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * A sentence as tilse hands it to ROUGE-1.5.5: whitespace runs become one space, '^' is
   * escaped as "&circ;" and everything from the first '<' on is lost (ROUGE's HTML reader).
   */
  static String asRougeInput(String sentence) {
    String s = String.join(" ", split(sentence)).replace("^", "&circ;");
    int lt = s.indexOf('<');
    return lt < 0 ? s : s.substring(0, lt);
  }
}
