package dev.newsbrief.text;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Porter stems, cached: news reuses a small vocabulary, so most lookups hit the cache.
 * OpenNLP's stemmer keeps state between calls, hence one per thread.
 */
public final class Stemmer {
  private static final ThreadLocal<PorterStemmer> PORTER = ThreadLocal.withInitial(PorterStemmer::new);
  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 500_000;

  private Stemmer() {}

  public static String stem(String norm) {
    String s = CACHE.get(norm);
    if (s != null) return s;
    s = norm.length() <= 2 ? norm : PORTER.get().stem(norm);
    if (CACHE.size() < CACHE_LIMIT) CACHE.put(norm, s);
    return s;
  }
}
