package dev.newsbrief.eval.rouge;

import java.util.ArrayList;
import java.util.List;

/**
 * ROUGE-1.5.5's tokens. ROUGE lower-cases A-Z, puts spaces around '-', turns every other
 * character outside [A-Za-z0-9] into a space, and keeps only tokens that start with [a-z0-9]. The
 * net effect: tokens are the maximal runs of ASCII letters and digits ("U.S." gives u, s; "AT&T"
 * gives at, t; hyphens split words). Stopwords ({@code -s}) are dropped on the unstemmed token;
 * then tokens longer than 3 characters are stemmed ({@code -m}).
 */
public final class RougeTokenizer {
  private RougeTokenizer() {}

  /** The tokens ROUGE counts in a text, under the stemming and stopword options given. */
  public static List<String> tokens(CharSequence text, boolean stem, boolean removeStopwords) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (isAsciiAlnum(c)) {
        word.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      } else if (word.length() > 0) {
        String token = word.toString();
        word.setLength(0);
        if (removeStopwords && RougeResources.isStopword(token)) continue;
        out.add(stem ? RougeStemmer.stem(token) : token);
      }
    }
    return out;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
