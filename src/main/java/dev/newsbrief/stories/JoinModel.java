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
 * Whether a report belongs to a storyline: a logistic regression over how the report compares with
 * the storyline (its centroid, its closest recent member, its headlines, its names), how long the
 * storyline has been idle and how big it is, fitted on a labelled stream replayed with the true
 * storylines ({@code newsbrief eval stories --write-model}). A report joins the storyline it most
 * probably belongs to when that probability reaches {@link #threshold()}.
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

  /** Fits the model on rows of {@link StoryDetector#trainingRows}. */
  public static JoinModel fit(StoryDetector.TrainingRows rows, double l2, double threshold) {
    return new JoinModel(LogisticRegression.fit(rows.x(), rows.y(), l2), threshold);
  }

  /** The model as its shipped file. */
  public String file(List<String> comments) {
    Map<String, Double> settings = new LinkedHashMap<>();
    settings.put("threshold", threshold);
    return Coefficients.format(comments, Coefficients.of(settings, FEATURES, weights));
  }
}
