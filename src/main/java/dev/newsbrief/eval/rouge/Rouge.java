package dev.newsbrief.eval.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * ROUGE-1.5.5 (Lin 2004) reimplemented: ROUGE-N, ROUGE-L (union LCS, sentence by sentence) and
 * skip-bigrams, with several references combined by model averaging ({@code -f A}): hits and
 * reference counts are summed over the references and the system count is counted once per
 * reference. No jackknifing, as in 1.5.5. It reproduces the official scorer's per-summary numbers
 * on the rouge-check data exactly.
 */
public final class Rouge {
  private Rouge() {}

  /** Scores a system summary against its references (each a list of sentences). */
  public static RougeScores score(
      List<String> systemSentences, List<List<String>> references, RougeOptions options) {
    return score(
        RougeText.of(systemSentences, options),
        references.stream().map(r -> RougeText.of(r, options)).toList());
  }

  /** Scores prepared texts; prepare references once when scoring many systems against them. */
  public static RougeScores score(RougeText system, List<RougeText> references) {
    return new RougeScores(
        ngrams(system, references, 1),
        ngrams(system, references, 2),
        lcs(system, references),
        skipBigrams(system, references));
  }

  /** ROUGE-N counts: hits, system n-grams (times references), reference n-grams. */
  public static RougeScore ngrams(RougeText system, List<RougeText> references, int n) {
    if (n < 1) throw new IllegalArgumentException("n must be >= 1");
    return clippedCounts(system, references, t -> t.ngrams(n), t -> t.ngramCount(n));
  }

  /** Skip-bigram counts (ROUGE-S, or ROUGE-SU with unigrams), gap as in the options. */
  public static RougeScore skipBigrams(RougeText system, List<RougeText> references) {
    return clippedCounts(system, references, RougeText::skipBigrams, RougeText::skipBigramCount);
  }

  private static RougeScore clippedCounts(RougeText system, List<RougeText> references,
      Function<RougeText, Map<String, Integer>> grams, ToIntFunction<RougeText> count) {
    long hits = 0;
    long peer = 0;
    long model = 0;
    Map<String, Integer> peerGrams = grams.apply(system);
    for (RougeText reference : checked(system, references)) {
      hits += clippedHits(peerGrams, grams.apply(reference));
      peer += count.applyAsInt(system);
      model += count.applyAsInt(reference);
    }
    return new RougeScore(hits, peer, model, system.options().alpha());
  }

  /**
   * ROUGE-L as 1.5.5 computes it: for each reference sentence, the union of its LCS with every
   * system sentence; each hit uses up one unigram of both texts, so ROUGE-L never exceeds ROUGE-1.
   */
  public static RougeScore lcs(RougeText system, List<RougeText> references) {
    long hits = 0;
    long peer = 0;
    long model = 0;
    for (RougeText reference : checked(system, references)) {
      Map<String, Integer> peerLeft = new HashMap<>(system.ngrams(1));
      Map<String, Integer> modelLeft = new HashMap<>(reference.ngrams(1));
      for (List<String> modelUnit : reference.units()) {
        boolean[] inLcs = new boolean[modelUnit.size()];
        for (List<String> peerUnit : system.units()) UnionLcs.mark(modelUnit, peerUnit, inLcs);
        for (int j = 0; j < inLcs.length; j++) {
          String token = modelUnit.get(j);
          if (inLcs[j] && modelLeft.getOrDefault(token, 0) > 0 && peerLeft.getOrDefault(token, 0) > 0) {
            hits++;
            modelLeft.merge(token, -1, Integer::sum);
            peerLeft.merge(token, -1, Integer::sum);
          }
        }
        model += modelUnit.size();
      }
      peer += system.ngramCount(1);
    }
    return new RougeScore(hits, peer, model, system.options().alpha());
  }

  private static long clippedHits(Map<String, Integer> peer, Map<String, Integer> model) {
    Map<String, Integer> small = peer.size() <= model.size() ? peer : model;
    Map<String, Integer> large = small == peer ? model : peer;
    long hits = 0;
    for (Map.Entry<String, Integer> e : small.entrySet()) {
      Integer other = large.get(e.getKey());
      if (other != null) hits += Math.min(e.getValue(), other);
    }
    return hits;
  }

  private static List<RougeText> checked(RougeText system, List<RougeText> references) {
    for (RougeText r : references) {
      if (!r.options().equals(system.options())) {
        throw new IllegalArgumentException("system and references prepared with different options");
      }
    }
    return references;
  }
}
