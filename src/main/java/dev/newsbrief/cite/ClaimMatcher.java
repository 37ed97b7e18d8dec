package dev.newsbrief.cite;

import dev.newsbrief.learn.Coefficients;
import dev.newsbrief.learn.LogisticRegression;
import dev.newsbrief.text.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Decides whether one sentence states another's fact: a logistic regression over
 * {@link ClaimFeatures}, fitted on hand-labelled sentence pairs ({@code newsbrief eval citations
 * --write-model} refits it), with a threshold chosen for precision: a citation a reader follows must
 * hold, so a missed corroboration costs less than a wrong one.
 *
 * @param weights   one per {@link ClaimFeatures#NAMES} entry
 * @param threshold the probability from which a pair counts as the same fact
 */
public record ClaimMatcher(double[] weights, double threshold) {
  private static final String MODEL = "/dev/newsbrief/cite/claim-model.tsv";
  /** The shipped model. */
  public static final ClaimMatcher DEFAULT = load();

  public ClaimMatcher {
    if (weights.length != ClaimFeatures.NAMES.length) {
      throw new IllegalArgumentException("expected " + ClaimFeatures.NAMES.length + " weights, got " + weights.length);
    }
    weights = weights.clone();
  }

  /**
   * How surely the pair states the same fact, 0..1. Figures that contradict (62 dead / 65 dead) veto
   * it whatever else the sentences share: that is a disagreement for the figures section.
   */
  public double probability(double[] features) {
    double p = LogisticRegression.probability(weights, features);
    return features[ClaimFeatures.FIGURE_CONFLICT] > 0 ? p * VETO : p;
  }

  /**
   * Whether a pair with these {@link ClaimFeatures#lexical} features could reach the threshold with
   * the most favourable embedding similarity: when not, the embedding need not be computed.
   */
  public boolean couldMatch(double[] lexical) {
    double[] x = lexical.clone();
    double best = 0;
    for (double e : new double[] {-1, ClaimFeatures.HIGH, 1}) {
      x[ClaimFeatures.EMBEDDING] = e;
      x[ClaimFeatures.EMBEDDING_HIGH] = Math.max(0, e - ClaimFeatures.HIGH);
      best = Math.max(best, probability(x));
    }
    return same(best);
  }

  /** How much a vetoed pair keeps of its probability (low enough never to reach a threshold). */
  static final double VETO = 0.2;

  public boolean same(double probability) {
    return probability >= threshold;
  }

  /** The model as the resource file holds it. */
  public String format(List<String> comments) {
    return Coefficients.format(comments, Coefficients.of(Map.of("threshold", threshold), List.of(ClaimFeatures.NAMES), weights));
  }

  public static ClaimMatcher parse(InputStream in) throws IOException {
    Map<String, Double> values = Coefficients.read(in);
    if (!values.containsKey("threshold")) throw new IOException("claim model lacks its threshold");
    return new ClaimMatcher(Coefficients.vector(values, List.of(ClaimFeatures.NAMES), "claim model"), values.get("threshold"));
  }

  private static ClaimMatcher load() {
    try (InputStream in = Resources.open(MODEL)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL, e);
    }
  }
}
