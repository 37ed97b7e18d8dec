package dev.newsbrief.summary;

import dev.newsbrief.learn.Coefficients;
import dev.newsbrief.learn.LogisticRegression;
import dev.newsbrief.model.Document;
import dev.newsbrief.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How likely a concept of a cluster is to appear in a human summary of it, learnt by logistic
 * regression over {@link ConceptFeatures} (Berg-Kirkpatrick et al. 2011; Li et al. 2013 learn
 * bigram weights the same way). The bundled model was trained on DUC 2003 Task 2.
 *
 * @param coefficients by feature name, in {@link ConceptFeatures#NAMES} order
 */
public record ConceptModel(Map<String, Double> coefficients) {
  /** The bundled model's resource, next to this class. */
  public static final String RESOURCE = "concept-model.tsv";
  /** Ridge penalty used for every model trained here: mild, the features are few. */
  public static final double L2 = 1.0;

  public ConceptModel {
    if (!coefficients.keySet().equals(Set.copyOf(ConceptFeatures.NAMES))) {
      throw new IllegalArgumentException("model features " + coefficients.keySet() + " are not " + ConceptFeatures.NAMES);
    }
    coefficients = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
  }

  /** A cluster with its human summaries, for training. */
  public record Labelled(List<Document> reports, List<String> references) {}

  private static final class Bundled {
    static final ConceptModel MODEL = load();

    private static ConceptModel load() {
      try (InputStream in = ConceptModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static ConceptModel bundled() {
    return Bundled.MODEL;
  }

  /** Probability, per concept of the reports, that a human summary of them contains it. */
  public Map<String, Double> probabilities(List<Document> reports) {
    double[] w = vector();
    Map<String, Double> out = new HashMap<>();
    ConceptFeatures.of(reports).forEach((c, x) -> out.put(c, LogisticRegression.probability(w, x)));
    return out;
  }

  private double[] vector() {
    double[] w = new double[ConceptFeatures.NAMES.size()];
    for (int j = 0; j < w.length; j++) w[j] = coefficients.get(ConceptFeatures.NAMES.get(j));
    return w;
  }

  /**
   * Fits a model: one example per concept per cluster, its target the share of the cluster's
   * references that contain the concept.
   */
  public static ConceptModel train(List<Labelled> clusters) {
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (Labelled c : clusters) {
      if (c.references().isEmpty()) continue;
      List<Set<String>> refs = c.references().stream().map(r -> Concepts.of(Tokenizer.tokenize(r), true)).toList();
      ConceptFeatures.of(c.reports()).forEach((concept, x) -> {
        xs.add(x);
        ys.add(refs.stream().filter(r -> r.contains(concept)).count() / (double) refs.size());
      });
    }
    double[] w = LogisticRegression.fit(xs.toArray(double[][]::new), ys.stream().mapToDouble(Double::doubleValue).toArray(), L2);
    Map<String, Double> coefficients = new LinkedHashMap<>();
    for (int j = 0; j < w.length; j++) coefficients.put(ConceptFeatures.NAMES.get(j), w[j]);
    return new ConceptModel(coefficients);
  }

  /** Tab-separated {@code feature<TAB>coefficient} lines; {@code #} starts a comment. */
  public static ConceptModel read(InputStream in) throws IOException {
    return new ConceptModel(Coefficients.read(in));
  }

  public String write(String comment) {
    return Coefficients.format(List.of(comment.split("\n")), coefficients);
  }
}
