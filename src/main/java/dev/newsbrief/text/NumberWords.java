package dev.newsbrief.text;

import java.util.Locale;
import java.util.Map;

/** Values of written numbers and scale words ("twenty-five", "dozen", "quarter", "bn"). */
public final class NumberWords {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
      "eighty", 80, "ninety", 90);
  private static final Map<String, Double> SCALES = Map.ofEntries(
      Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
      Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("k", 1e3),
      Map.entry("m", 1e6), Map.entry("mn", 1e6), Map.entry("bn", 1e9), Map.entry("tn", 1e12));

  /** Regex alternation of every written cardinal, hyphenated compounds first. */
  public static final String WRITTEN;

  static {
    String tens = String.join("|", TENS.keySet());
    String units = String.join("|", UNITS.keySet().stream()
        .sorted((a, b) -> b.length() - a.length()).toList());
    WRITTEN = "(?:(?:" + tens + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" + units + ")";
  }

  private NumberWords() {}

  /** Whether a word is a count: digits ("12", "1,500") or a written cardinal ("seven", "twenty-five"). */
  public static boolean isCount(String word) {
    return !word.isEmpty() && (Character.isDigit(word.charAt(0)) || written(word) >= 1);
  }

  /** The value of a written cardinal such as "twenty-five", or -1 for any other word. */
  public static double written(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer u = UNITS.get(w);
    if (u != null) return u;
    // "twenty" or "twenty-five"; checked without a regex, since callers ask about every token
    int cut = w.indexOf('-') >= 0 ? w.indexOf('-') : w.indexOf(' ');
    Integer t = TENS.get(cut < 0 ? w : w.substring(0, cut));
    if (t == null) return -1;
    if (cut < 0) return t;
    Integer v = UNITS.get(w.substring(cut + 1));
    return v == null || v == 0 || v > 9 ? -1 : t + v;
  }

  /** Multiplier of a scale word ("million", "bn"), or 1 when there is none. */
  public static double scale(String word) {
    if (word == null || word.isEmpty()) return 1;
    Double s = SCALES.get(word.toLowerCase(Locale.ROOT));
    return s == null ? 1 : s;
  }
}
