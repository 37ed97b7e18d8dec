package dev.newsbrief.eval;

import dev.newsbrief.Pipeline;
import dev.newsbrief.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the pipeline on whole clusters: the first (cold) run in this JVM, then warm runs after
 * warm-up, reported as median and 90th percentile. Ingest is timed apart from briefing, since a
 * server ingests once and briefs many times.
 */
public final class SpeedBenchmark {
  /** One cluster's timings, in milliseconds. */
  public record Result(String name, int reports, int words, double coldMs, double medianMs, double p90Ms) {
    public String line() {
      return String.format(Locale.ROOT, "%-28s %4d reports %7d words  cold %7.1f ms  warm median %6.1f ms  p90 %6.1f ms",
          name, reports, words, coldMs, medianMs, p90Ms);
    }
  }

  private SpeedBenchmark() {}

  public static Result run(String name, List<Article> articles, Pipeline.Options options, int warmup, int runs) {
    Pipeline pipeline = new Pipeline();
    long t0 = System.nanoTime();
    pipeline.brief(articles, options);
    double cold = (System.nanoTime() - t0) / 1e6;
    for (int i = 0; i < warmup; i++) pipeline.brief(articles, options);
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      pipeline.brief(articles, options);
      times[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(times);
    int words = 0;
    for (Article a : articles) words += a.text().split("\\s+").length;
    return new Result(name, articles.size(), words, cold, times[runs / 2], times[Math.min(runs - 1, (int) Math.ceil(runs * 0.9) - 1)]);
  }

  public static List<String> report(List<Result> results) {
    List<String> out = new ArrayList<>();
    for (Result r : results) out.add(r.line());
    return out;
  }
}
