package dev.newsbrief.text;

import java.util.Set;

/** English function words, compared on the normalised (lower-case) form. */
public final class Stopwords {
  private static final Set<String> WORDS = Resources.words("/dev/newsbrief/text/stopwords.txt");

  private Stopwords() {}

  public static boolean contains(String norm) {
    return WORDS.contains(norm);
  }
}
