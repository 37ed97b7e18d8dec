package dev.newsbrief.stories;

import dev.newsbrief.learn.Coefficients;
import dev.newsbrief.learn.LogisticRegression;
import dev.newsbrief.text.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a report belongs to a storyline: a linear join rule over how the report compares with
 * the storyline (its centroid, its closest recent member, its headlines, its names), how long the
 * storyline has been idle and how big it is, turned into a probability by a logistic curve. The
 * rule's weights are those that sort a labelled stream best (searched by {@code newsbrief eval
 * stories --write-model}); the curve is fitted on the same stream ({@link #calibrate}). A report
 * joins the storyline it most probably belongs to when that probability reaches {@link #threshold()},
 * which is where the rule says join.
 */
public final class JoinModel {
  /** The features, in the order of the coefficients. */
  public static final List<String> FEATURES = List.of("bias", "centroid", "member", "title", "names", "gap", "size", "centroidBySize");
  private static final String RESOURCE = "/dev/newsbrief/stories/join-model.tsv";
  private static volatile JoinModel shipped;

  private final double[] weights;
  private final double threshold;

  public JoinModel(double[] weights, double threshold) {
    if (weights.length != FEATURES.size()) throw new IllegalArgumentException("one weight per feature: " + FEATURES);
    this.weights = weights.clone();
    this.threshold = threshold;
  }

  /** The model shipped with newsbrief. */
  public static JoinModel shipped() {
    if (shipped == null) {
      try (InputStream in = Resources.open(RESOURCE)) {
        Map<String, Double> v = Coefficients.read(in);
        shipped = new JoinModel(Coefficients.vector(v, FEATURES, RESOURCE), v.getOrDefault("threshold", 0.5));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
    return shipped;
  }

  public double probability(double[] x) {
    return LogisticRegression.probability(weights, x);
  }

  public double threshold() {
    return threshold;
  }

  public JoinModel withThreshold(double t) {
    return new JoinModel(weights, t);
  }

  /**
   * The model of a join rule ({@code rule}: weights over {@link #FEATURES}; join when their sum
   * reaches 0) whose probability is the share of {@link StoryDetector#trainingRows} rows of each rule
   * score that were the report's own storyline (a logistic curve over the score, Platt's
   * calibration): the rule decides, the probability says how sure the join was.
   */
  public static JoinModel calibrate(double[] rule, StoryDetector.TrainingRows rows) {
    if (rule.length != FEATURES.size()) throw new IllegalArgumentException("one weight per feature: " + FEATURES);
    double[][] score = new double[rows.x().length][];
    for (int i = 0; i < score.length; i++) score[i] = new double[] {1, LogisticRegression.dot(rule, rows.x()[i])};
    double[] curve = LogisticRegression.fit(score, rows.y(), 1e-3);
    if (!(curve[1] > 0)) throw new IllegalArgumentException("the rule's score does not rise with joining on these rows");
    double[] w = new double[rule.length];
    for (int j = 0; j < w.length; j++) w[j] = curve[1] * rule[j];
    w[0] += curve[0];
    return new JoinModel(w, 1 / (1 + Math.exp(-curve[0])));
  }

  /** The model as its shipped file. */
  public String file(List<String> comments) {
    Map<String, Double> settings = new LinkedHashMap<>();
    settings.put("threshold", threshold);
    return Coefficients.format(comments, Coefficients.of(settings, FEATURES, weights));
  }
}
