package dev.newsbrief.eval;

import dev.newsbrief.text.Patterns;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbrief.Pipeline;
import dev.newsbrief.text.AnalysisCache;
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

    /** The figures of {@link #line()}, as JSON (milliseconds to a tenth, as the line shows them). */
    public ObjectNode json() {
      return JSON.createObjectNode().put("name", name).put("reports", reports).put("words", words)
          .put("coldMs", tenth(coldMs)).put("medianMs", tenth(medianMs)).put("p90Ms", tenth(p90Ms));
    }
  }

  /**
   * One size of {@link #curve}: {@code reports} briefed together, the first time in {@code firstSeconds}
   * and again, warm, in {@code seconds}, with the heap in use after; {@code addedSeconds}, the briefing
   * once one more report joins, its earlier reports' analyses kept as {@code serve} keeps them (NaN
   * when no report was left to add). When fewer were given ({@code given < reports}), not briefed at all.
   */
  public record Point(int reports, int given, double firstSeconds, double seconds, double addedSeconds, long heapMb) {
    public boolean briefed() {
      return given >= reports;
    }

    public String line() {
      return briefed()
          ? String.format(Locale.ROOT, "%,7d reports: first %6.1f s, warm %6.1f s (%5.1f ms per report), one report added %s, heap in use %,d MB",
              reports, firstSeconds, seconds, 1000 * seconds / reports,
              Double.isNaN(addedSeconds) ? "-" : String.format(Locale.ROOT, "%.1f s", addedSeconds), heapMb)
          : String.format(Locale.ROOT, "%,7d reports: only %,d given", reports, given);
    }

    /** The figures of {@link #line()}, as JSON (seconds to the millisecond). */
    public ObjectNode json() {
      ObjectNode n = JSON.createObjectNode().put("reports", reports);
      if (!briefed()) return n.put("given", given);
      n.put("firstSeconds", milli(firstSeconds)).put("seconds", milli(seconds)).put("msPerReport", tenth(1000 * seconds / reports));
      if (!Double.isNaN(addedSeconds)) n.put("addedSeconds", milli(addedSeconds));
      return n.put("heapMb", heapMb);
    }
  }

  private static double milli(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static double tenth(double x) {
    return Math.round(x * 10) / 10.0;
  }

  private SpeedBenchmark() {}

  private static double seconds(Runnable work) {
    long t = System.nanoTime();
    work.run();
    return (System.nanoTime() - t) / 1e9;
  }

  public static Result run(String name, List<Article> articles, Pipeline.Options options, int warmup, int runs) {
    return run(name, articles, new Pipeline(), options, warmup, runs, false);
  }

  /**
   * Times the given pipeline (a focused or an update brief, say) on the cluster; with
   * {@code analysedOnce}, only the briefing of the story analysed once (as serve answers a question).
   */
  public static Result run(String name, List<Article> articles, Pipeline pipeline, Pipeline.Options options, int warmup, int runs,
                           boolean analysedOnce) {
    long t0 = System.nanoTime();
    dev.newsbrief.story.Story story = analysedOnce ? pipeline.analyse(articles) : null;
    Runnable brief = analysedOnce ? () -> pipeline.brief(story, options) : () -> pipeline.brief(articles, options);
    brief.run();
    double cold = (System.nanoTime() - t0) / 1e6;
    for (int i = 0; i < warmup; i++) brief.run();
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      brief.run();
      times[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(times);
    int words = 0;
    for (Article a : articles) words += Patterns.split(a.text(), "\\s+").length;
    return new Result(name, articles.size(), words, cold, times[runs / 2], times[Math.min(runs - 1, (int) Math.ceil(runs * 0.9) - 1)]);
  }

  /**
   * How a briefing's cost grows with its reports: the first {@code n} reports of {@code pile}
   * (shuffled with a fixed seed, so reports of several stories mix as in a big one) for each size,
   * briefed twice (the first run pays for code paths the size first reaches; the second keeps what it
   * read and analysed), then, as {@code serve} briefs a story again when a report arrives, with one
   * report more and the others' analyses kept;
   * wall times and the heap in use after the warm run, one line per size as it is done.
   */
  public static void curve(List<Article> pile, List<Integer> sizes, Pipeline.Options options, java.util.function.Consumer<Point> out) {
    List<Article> shuffled = new ArrayList<>(pile);
    java.util.Collections.shuffle(shuffled, new java.util.Random(7));
    Pipeline pipeline = new Pipeline();
    pipeline.brief(shuffled.subList(0, Math.min(10, shuffled.size())), options);
    Runtime rt = Runtime.getRuntime();
    for (int n : sizes) {
      if (n > shuffled.size()) {
        out.accept(new Point(n, shuffled.size(), 0, 0, Double.NaN, 0));
        continue;
      }
      List<Article> reports = shuffled.subList(0, n);
      double first = seconds(() -> pipeline.brief(reports, options));
      // the warm run fills an empty cache (every report read and analysed, as without one) for the run after it
      Pipeline reusing = pipeline.reusing(new AnalysisCache(n + 1));
      double warm = seconds(() -> reusing.brief(reports, options));
      long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
      double added = n < shuffled.size() ? seconds(() -> reusing.brief(shuffled.subList(0, n + 1), options)) : Double.NaN;
      out.accept(new Point(n, shuffled.size(), first, warm, added, heapMb));
    }
  }
}
