package dev.newsbrief.eval.rouge;

import java.util.Arrays;
import java.util.List;

/**
 * Averages over summaries ({@code -t 0}: per-summary printed scores averaged).
 *
 * <p>ROUGE-1.5.5 does not print the plain mean as "Average_R/P/F": it prints the mean of its
 * bootstrap resamples (the mean over 1000 resamples of the mean of 30 draws), which differs from
 * the plain mean by up to about 0.001 on 30 summaries. {@link #bootstrap} replays that resampling
 * with Perl's own random generator so the printed averages and confidence intervals come out
 * exactly; {@link #mean} is the plain mean, the better statistic to report.
 */
public final class RougeAverage {
  private RougeAverage() {}

  /** ROUGE's printed average and its confidence interval, each as recall, precision and F. */
  public record Bootstrap(RougeScore.Printed average, RougeScore.Printed lower, RougeScore.Printed upper) {}

  /** The plain mean of the printed per-summary recall, precision and F, rounded to 5 decimals. */
  public static RougeScore.Printed mean(List<RougeScore> scores) {
    if (scores.isEmpty()) return new RougeScore.Printed(0, 0, 0);
    double[] sum = new double[3];
    for (RougeScore s : scores) {
      double[] v = values(s.printed());
      for (int k = 0; k < 3; k++) sum[k] += v[k];
    }
    int n = scores.size();
    return printed(sum[0] / n, sum[1] / n, sum[2] / n);
  }

  /**
   * ROUGE-1.5.5's "Average_R/P/F" line ({@code -r resamples -c confidence}, default 1000 and 95).
   * The scores must be in ROUGE's instance order: its evaluation IDs sorted as strings, e.g. the
   * cluster names.
   */
  public static Bootstrap bootstrap(List<RougeScore> scores, int resamples, double confidence) {
    if (resamples < 2) throw new IllegalArgumentException("need at least 2 resamples");
    double[][] values = scores.stream().map(s -> values(s.printed())).toArray(double[][]::new);
    int n = values.length;
    double[][] samples = new double[3][resamples];
    for (int r = 0; r < resamples; r++) {
      PerlRandom random = new PerlRandom(r); // ROUGE seeds each resample with its index
      double[] sum = new double[3];
      for (int i = 0; i < n; i++) {
        double[] drawn = values[(int) random.nextInt(n)];
        for (int k = 0; k < 3; k++) sum[k] += drawn[k];
      }
      for (int k = 0; k < 3; k++) samples[k][r] = n > 0 ? sum[k] / n : 0;
    }
    double delta = resamples * ((100 - confidence) / 2.0) / 100.0;
    int upperLow = (int) (resamples - delta - 1);
    int lowerLow = (int) delta;
    double ratio = resamples - delta - 1 - upperLow;
    double[] avg = new double[3];
    double[] lo = new double[3];
    double[] hi = new double[3];
    for (int k = 0; k < 3; k++) {
      double[] sorted = samples[k];
      Arrays.sort(sorted);
      double total = 0;
      for (double x : sorted) total += x;
      avg[k] = total / resamples;
      lo[k] = interpolate(sorted, lowerLow, ratio);
      hi[k] = interpolate(sorted, upperLow, ratio);
    }
    return new Bootstrap(printed(avg[0], avg[1], avg[2]), printed(lo[0], lo[1], lo[2]), printed(hi[0], hi[1], hi[2]));
  }

  private static double interpolate(double[] sorted, int low, double ratio) {
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (sorted[high] - sorted[low]) * ratio;
  }

  private static double[] values(RougeScore.Printed p) {
    return new double[] {p.recall(), p.precision(), p.f()};
  }

  private static RougeScore.Printed printed(double r, double p, double f) {
    return new RougeScore.Printed(RougeScore.round5(r), RougeScore.round5(p), RougeScore.round5(f));
  }
}
