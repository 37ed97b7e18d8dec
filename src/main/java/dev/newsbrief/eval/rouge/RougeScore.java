package dev.newsbrief.eval.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One ROUGE metric for one system summary: the raw counts summed over the references ({@code -f
 * A}) and the scores they give.
 *
 * @param hits matches, clipped per reference and summed over references
 * @param peerCount the system's n-grams (or tokens for ROUGE-L) times the number of references
 * @param modelCount the references' n-grams (or tokens for ROUGE-L), summed
 * @param alpha the recall weight of F
 */
public record RougeScore(long hits, long peerCount, long modelCount, double alpha) {

  public double recall() {
    return modelCount == 0 ? 0 : (double) hits / modelCount;
  }

  public double precision() {
    return peerCount == 0 ? 0 : (double) hits / peerCount;
  }

  public double f() {
    return fMeasure(recall(), precision(), alpha);
  }

  /**
   * The values ROUGE-1.5.5 prints: recall and precision rounded to 5 decimals, and F computed
   * from those rounded values, then rounded.
   */
  public Printed printed() {
    double r = round5(recall());
    double p = round5(precision());
    return new Printed(r, p, round5(fMeasure(r, p, alpha)));
  }

  /** Recall, precision and F with 5 decimals, as ROUGE-1.5.5 prints them. */
  public record Printed(double recall, double precision, double f) {}

  static double fMeasure(double r, double p, double alpha) {
    double denominator = (1 - alpha) * p + alpha * r;
    return denominator > 0 ? (p * r) / denominator : 0;
  }

  /** Perl's sprintf("%7.5f"): the exact binary value rounded half-even, like C's printf. */
  static double round5(double x) {
    return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
  }
}
