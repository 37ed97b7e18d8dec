package dev.newsbrief.cite;

import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF vectors of content-word stems, with IDF over the story's sentences, so that words every
 * report repeats ("Syria", "talks") count for less than the specific ones ("Lausanne", "veto").
 */
public final class SentenceVectors {
  private final Map<String, Double> idf = new HashMap<>();
  private final int sentenceCount;

  public SentenceVectors(List<Document> documents) {
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    for (Document d : documents) {
      for (Sentence s : d.sentences()) {
        n++;
        Set<String> seen = new HashSet<>();
        for (Token t : s.tokens()) if (!t.stop()) seen.add(t.stem());
        for (String w : seen) df.merge(w, 1, Integer::sum);
      }
    }
    sentenceCount = n;
    for (Map.Entry<String, Integer> e : df.entrySet()) idf.put(e.getKey(), Math.log((n + 1.0) / (e.getValue() + 1.0)) + 1);
  }

  /** The inverse document frequency of a stem over the story's sentences (an unseen stem as if seen once). */
  public double idf(String stem) {
    Double v = idf.get(stem);
    return v != null ? v : Math.log(sentenceCount + 1.0) + 1;
  }

  public Map<String, Double> vector(Sentence s) {
    Map<String, Double> v = new HashMap<>();
    double unseen = Math.log(sentenceCount + 1.0) + 1; // as a word seen once
    for (Token t : s.tokens()) if (!t.stop()) v.merge(t.stem(), idf.getOrDefault(t.stem(), unseen), Double::sum);
    return v;
  }

  /**
   * Words two vectors share that are distinctive in the story: found in few of its sentences
   * (at most 3% of them, and at least in these two).
   */
  public int sharedDistinctive(Map<String, Double> a, Map<String, Double> b) {
    double rare = Math.log((sentenceCount + 1.0) / (Math.max(2, 0.03 * sentenceCount) + 1.0)) + 1;
    int n = 0;
    for (String w : a.keySet()) if (b.containsKey(w) && idf.getOrDefault(w, rare + 1) >= rare) n++;
    return n;
  }

  public static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    return cosine(a, norm(a), b, norm(b));
  }

  /** The same, with the vectors' {@link #norm}s known (an index keeps those of its sentences). */
  public static double cosine(Map<String, Double> a, double normA, Map<String, Double> b, double normB) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) dot += e.getValue() * o;
    }
    return dot == 0 ? 0 : dot / (normA * normB);
  }

  public static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) s += x * x;
    return Math.sqrt(s);
  }
}
