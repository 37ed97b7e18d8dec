package dev.newsbrief.eval.tls;

import java.util.List;

/** Precision and recall, with F1 = 2PR/(P+R) (0 when P+R = 0), as tilse and news-tls compute it. */
public record Prf(double precision, double recall) {

  public static final Prf ZERO = new Prf(0, 0);

  /** P = precNum/precDenom and R = recNum/recDenom; a zero denominator gives 0. */
  public static Prf ofCounts(double precNum, double precDenom, double recNum, double recDenom) {
    return new Prf(precDenom == 0 ? 0 : precNum / precDenom, recDenom == 0 ? 0 : recNum / recDenom);
  }

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /**
   * news-tls's average over tasks: mean P, mean R, and F1 of those means (not the mean of the F1
   * values).
   */
  public static Prf mean(List<Prf> values) {
    if (values.isEmpty()) return ZERO;
    double p = 0;
    double r = 0;
    for (Prf v : values) {
      p += v.precision;
      r += v.recall;
    }
    return new Prf(p / values.size(), r / values.size());
  }
}
