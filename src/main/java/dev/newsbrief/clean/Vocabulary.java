package dev.newsbrief.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a line belongs to the story: the share of its content words (stems) that the other
 * reports of the cluster also use. A sidebar of other stories scores low because its words occur
 * nowhere else; a report's own paragraphs score high. With a single report, the other lines of
 * the same report stand in for the cluster.
 */
final class Vocabulary {
  /** Per article: how many of its units contain each stem. */
  private final List<Map<String, Integer>> unitCounts;
  /** How many articles contain each stem. */
  private final Map<String, Integer> articleCounts = new HashMap<>();

  Vocabulary(List<List<Unit>> articles, List<Set<String>> titleStems) {
    this.unitCounts = new java.util.ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      Map<String, Integer> counts = new HashMap<>();
      for (Unit u : articles.get(a)) for (String s : u.stems) counts.merge(s, 1, Integer::sum);
      for (String s : titleStems.get(a)) counts.merge(s, 1, Integer::sum);
      unitCounts.add(counts);
      for (String s : counts.keySet()) articleCounts.merge(s, 1, Integer::sum);
    }
  }

  /** How many articles are cleaned together. */
  int articles() {
    return unitCounts.size();
  }

  /** Share of the unit's stems found elsewhere in the cluster; 1 when it has no content words. */
  double shared(int article, Unit u) {
    if (u.stems.isEmpty()) return 1;
    int others = unitCounts.size() - 1;
    // a word used by one other report counts half, by two or more in full: core vocabulary of the
    // story weighs more than a word two reports happen to share
    double found = 0;
    for (String s : u.stems) {
      int elsewhere = others == 0
          ? unitCounts.get(article).getOrDefault(s, 0) - 1
          : articleCounts.getOrDefault(s, 0) - 1;
      found += others <= 1 ? Math.min(elsewhere, 1) : Math.min(elsewhere, 2) / 2.0;
    }
    return found / u.stems.size();
  }
}
