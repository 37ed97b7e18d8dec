package dev.newsbrief.eval.rouge;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ROUGE-1.5.5's {@code -m} stemming of one token: a WordNet 2.0 exception lookup first (its value
 * is used as it is, with no Porter step after it), otherwise ROUGE's Porter variant. Tokens of 3
 * characters or fewer are left alone, as ROUGE does. Stems are cached: a corpus reuses a small
 * vocabulary.
 */
public final class RougeStemmer {
  private static final String EXCEPTIONS = "/dev/newsbrief/eval/rouge/wordnet-2.0-exceptions.tsv";
  private static final Map<String, String> EXCEPTION_TABLE = loadExceptions();
  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 500_000;

  private RougeStemmer() {}

  /** The stem of a lower-case token as ROUGE-1.5.5 computes it under {@code -m}. */
  public static String stem(String token) {
    if (token.length() <= 3) return token;
    String s = CACHE.get(token);
    if (s != null) return s;
    s = EXCEPTION_TABLE.get(token);
    if (s == null) s = RougePorterStemmer.stem(token);
    if (CACHE.size() < CACHE_LIMIT) CACHE.put(token, s);
    return s;
  }

  private static Map<String, String> loadExceptions() {
    Map<String, String> table = new HashMap<>();
    for (String line : RougeResources.lines(EXCEPTIONS)) {
      int tab = line.indexOf('\t');
      if (tab > 0) table.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return Map.copyOf(table);
  }
}
