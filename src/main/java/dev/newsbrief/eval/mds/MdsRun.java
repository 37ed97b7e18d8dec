package dev.newsbrief.eval.mds;

import dev.newsbrief.eval.rouge.Rouge;
import dev.newsbrief.eval.rouge.RougeOptions;
import dev.newsbrief.eval.rouge.RougeScores;
import dev.newsbrief.eval.rouge.RougeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs every method on every cluster in one process, so all comparisons are taken on the same
 * machine in the same run, and scores them with ROUGE-1.5.5's DUC settings
 * ({@code -n 2 -m -l WORDS -f A -p 0.5 -2 4 -u}).
 */
public final class MdsRun {
  /** One method's summary of one cluster, its scores (null when unscored) and the time it took. */
  public record Row(String method, String cluster, List<String> summary, RougeScores scores, double millis) {}

  private MdsRun() {}

  public static RougeOptions rougeOptions(int words) {
    return RougeOptions.defaults().withStem(true).withWordLimit(words);
  }

  /**
   * @param progress called after each cluster with (clusters done, cluster id)
   * @return rows grouped by method, clusters in input order
   */
  public static Map<String, List<Row>> run(List<Cluster> clusters, List<Method> methods, int words,
                                           BiConsumer<Integer, String> progress) {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (Method m : methods) out.put(m.name(), new ArrayList<>());
    RougeOptions options = rougeOptions(words);
    int done = 0;
    for (Cluster c : clusters) {
      List<RougeText> refs = c.references().stream().map(r -> RougeText.of(r, options)).toList();
      for (Method m : methods) {
        long t = System.nanoTime();
        List<String> summary = m.summarize(c, words);
        double ms = (System.nanoTime() - t) / 1e6;
        RougeScores scores = refs.isEmpty() ? null : Rouge.score(RougeText.of(summary, options), refs);
        out.get(m.name()).add(new Row(m.name(), c.id(), summary, scores, ms));
      }
      progress.accept(++done, c.id());
    }
    return out;
  }
}
