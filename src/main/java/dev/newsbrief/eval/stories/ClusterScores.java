package dev.newsbrief.eval.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a clustering of items matches their true classes: B-cubed precision, recall and F1
 * (Bagga and Baldwin 1998: per item, the share of its cluster that shares its class, and the share
 * of its class in its cluster, averaged over items), pairwise F1 and the adjusted Rand index.
 *
 * @param found the number of clusters, {@code truth} the number of classes
 */
public record ClusterScores(double precision, double recall, double f1, double pairF1, double ari, int found, int truth,
                            int items) {

  /** Scores {@code predicted} (item → cluster) against {@code truth} (item → class) over {@code items}. */
  public static ClusterScores of(List<String> items, Map<String, String> predicted, Map<String, String> truth) {
    Map<String, Integer> clusterSize = new HashMap<>(), classSize = new HashMap<>(), cell = new HashMap<>();
    for (String i : items) {
      String c = predicted.get(i), t = truth.get(i);
      clusterSize.merge(c, 1, Integer::sum);
      classSize.merge(t, 1, Integer::sum);
      cell.merge(c + "\u0000" + t, 1, Integer::sum);
    }
    double p = 0, r = 0;
    for (String i : items) {
      String c = predicted.get(i), t = truth.get(i);
      int both = cell.get(c + "\u0000" + t);
      p += (double) both / clusterSize.get(c);
      r += (double) both / classSize.get(t);
    }
    int n = items.size();
    p /= n;
    r /= n;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    // pairs: same cluster and same class (true positives), same cluster, same class
    double tp = pairs(cell), inCluster = pairs(clusterSize), inClass = pairs(classSize), all = choose2(n);
    double pairP = inCluster == 0 ? 0 : tp / inCluster, pairR = inClass == 0 ? 0 : tp / inClass;
    double pairF = pairP + pairR == 0 ? 0 : 2 * pairP * pairR / (pairP + pairR);
    double expected = all == 0 ? 0 : inCluster * inClass / all;
    double max = (inCluster + inClass) / 2;
    double ari = max == expected ? 1 : (tp - expected) / (max - expected);
    return new ClusterScores(p, r, f, pairF, ari, clusterSize.size(), classSize.size(), n);
  }

  private static double pairs(Map<String, Integer> sizes) {
    double s = 0;
    for (int k : sizes.values()) s += choose2(k);
    return s;
  }

  private static double choose2(double k) {
    return k * (k - 1) / 2;
  }
}
