package dev.newsbrief.ingest;

import dev.newsbrief.text.Stopwords;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text looks like English: running English prose is 35-55% function words ("the",
 * "of", "and"); other languages share only a few of them, so their ratio stays far lower.
 */
final class EnglishCheck {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MIN_WORDS = 30;
  private static final int MIN_LETTERS = 20;
  private static final double MIN_STOPWORD_RATIO = 0.18;

  private EnglishCheck() {}

  /** Why the text does not look like English, or {@code null} when it does (or is too short to tell). */
  static String why(String text) {
    // Scripts written without spaces (Chinese, Japanese) give few "words": count letters first.
    int letters = 0, latinLetters = 0;
    for (int i = 0; i < text.length() && letters < 20_000; ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latinLetters++;
      }
      i += Character.charCount(c);
    }
    if (letters >= MIN_LETTERS && latinLetters < letters / 2) {
      return "does not look like English (mostly non-Latin script); read anyway";
    }
    Matcher m = WORD.matcher(text);
    int words = 0, stop = 0, latin = 0;
    while (m.find() && words < 2000) {
      String w = m.group();
      words++;
      if (Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.LATIN) latin++;
      if (Stopwords.contains(w.toLowerCase(Locale.ROOT))) stop++;
    }
    if (words < MIN_WORDS) return null;
    if (latin < words / 2) return "does not look like English (mostly non-Latin script); read anyway";
    double ratio = (double) stop / words;
    if (ratio < MIN_STOPWORD_RATIO) {
      return String.format(Locale.ROOT, "does not look like English (only %d%% common English words); read anyway",
          Math.round(ratio * 100));
    }
    return null;
  }
}
