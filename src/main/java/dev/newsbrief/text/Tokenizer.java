package dev.newsbrief.text;

import dev.newsbrief.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word, number and punctuation tokens with offsets. Rules rather than a model:
 * news tokenisation is regular, and this runs on every sentence of every report.
 * Abbreviations with inner dots ("U.S.") and decimal or grouped numbers ("250,000", "3.5") stay
 * whole; hyphenated compounds split, so "Russian-backed" matches "backed" elsewhere.
 */
public final class Tokenizer {
  private static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{L}\\.){2,}" // U.S., U.N.
          + "|\\d+(?:[.,:/]\\d+)*(?:st|nd|rd|th|s)?" // 250,000 3.5 1990s 2nd
          + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*" // words
          + "|['’](?:s|t|re|ve|ll|d|m)(?![\\p{L}])" // clitics
          + "|[^\\s\\p{L}\\p{N}]"); // any other visible character

  private Tokenizer() {}

  /** Tokens of {@code text.substring(from, to)}, with offsets into {@code text}. */
  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      String t = m.group();
      String norm = normalise(t);
      boolean word = Character.isLetterOrDigit(t.codePointAt(0));
      boolean stop = !word || Stopwords.contains(norm);
      out.add(new Token(t, m.start(), m.end(), norm, word ? Stemmer.stem(norm) : norm, stop));
    }
    return out;
  }

  public static List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  static String normalise(String token) {
    String lower = token.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (lower.indexOf('.') >= 0 && Character.isLetter(lower.charAt(0))) lower = lower.replace(".", "");
    return lower;
  }
}
