package dev.newsbrief.tls;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content bigrams that several reports use about one day, each weighted by how many reports
 * use it: the wording the coverage agrees on ("oil spill", "relief well"), which is also what a
 * reference summary of the day is likely to share. A sentence gains the weight of the shared
 * bigrams it adds to those already covered (Gillick and Favre's concept coverage, greedily).
 * Not thread-safe: one per day being summarised.
 */
final class SharedBigrams {
  private final Map<Integer, Integer> weight = new HashMap<>();
  private final Set<Integer> covered = new HashSet<>();

  /**
   * @param minReports the fewest distinct reports that must use a bigram for it to count; one
   *                   report's wording, however often repeated, is not agreement
   */
  SharedBigrams(List<DatedSentences.Item> sentences, int minReports) {
    Map<Integer, Set<String>> reports = new HashMap<>();
    for (DatedSentences.Item it : sentences) {
      for (int b : it.bigrams()) reports.computeIfAbsent(b, x -> new HashSet<>()).add(it.articleId());
    }
    reports.forEach((b, r) -> {
      if (r.size() >= minReports) weight.put(b, r.size());
    });
  }

  /** The weight of the shared bigrams {@code it} would add. */
  double gain(DatedSentences.Item it) {
    double g = 0;
    for (int b : it.bigrams()) {
      if (!covered.contains(b)) g += weight.getOrDefault(b, 0);
    }
    return g;
  }

  /** Marks the bigrams of a chosen sentence as covered. */
  void cover(DatedSentences.Item it) {
    for (int b : it.bigrams()) covered.add(b);
  }
}
