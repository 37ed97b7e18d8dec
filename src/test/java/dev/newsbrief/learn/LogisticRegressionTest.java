package dev.newsbrief.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  @Test
  void recoversTheCoefficientsThatGeneratedTheData() {
    Random random = new Random(3);
    double[] truth = {-1.0, 2.0, -0.5};
    int n = 20_000;
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {1, random.nextGaussian(), random.nextGaussian()};
      y[i] = random.nextDouble() < LogisticRegression.probability(truth, x[i]) ? 1 : 0;
    }
    double[] w = LogisticRegression.fit(x, y, 1e-6);
    for (int j = 0; j < truth.length; j++) assertThat(w[j]).isCloseTo(truth[j], within(0.1));
  }

  @Test
  void softLabelsAreFittedAsProbabilities() {
    // One feature that is always 1: the fitted probability is the mean of the targets.
    double[][] x = {{1}, {1}, {1}, {1}};
    double[] y = {0.25, 0.5, 0.0, 0.25};
    double[] w = LogisticRegression.fit(x, y, 1e-9);
    assertThat(LogisticRegression.probability(w, new double[] {1})).isCloseTo(0.25, within(1e-6));
  }

  @Test
  void ridgePenaltyShrinksTowardsZero() {
    double[][] x = {{1, 1}, {1, 0}, {1, 1}, {1, 0}};
    double[] y = {1, 0, 1, 0};
    double loose = LogisticRegression.fit(x, y, 0.01)[1];
    double tight = LogisticRegression.fit(x, y, 10)[1];
    assertThat(tight).isPositive().isLessThan(loose);
  }

  @Test
  void choleskySolvesASmallSystem() {
    double[] s = LogisticRegression.solve(new double[][] {{4, 2}, {2, 3}}, new double[] {2, 1});
    assertThat(s[0]).isCloseTo(0.5, within(1e-12));
    assertThat(s[1]).isCloseTo(0.0, within(1e-12));
  }
}
