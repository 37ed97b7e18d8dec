package dev.newsbrief.eval.mds;

import dev.newsbrief.summary.ConceptModel;
import dev.newsbrief.summary.Summarizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A summarisation method with a small declared grid of settings, and perhaps a part learnt from
 * training clusters, so that {@link CrossValidation} can choose its setting and train it on some
 * clusters and score it on others.
 *
 * @param name     the method's name in {@link Methods}
 * @param settings each setting's label and how to build it from training clusters (ignored by
 *                 methods that learn nothing), in declared order
 * @param product  the label of the setting the registered method uses
 */
public record Tunable(String name, Map<String, Function<List<ConceptModel.Labelled>, Summarizer>> settings, String product) {
  public Tunable {
    settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    if (!settings.containsKey(product)) throw new IllegalArgumentException(product + " is not one of " + settings.keySet());
  }

  public List<String> grid() {
    return List.copyOf(settings.keySet());
  }

  /** The summarizer for a setting, whatever it learns learnt from {@code training} only. */
  public Summarizer summarizer(String setting, List<ConceptModel.Labelled> training) {
    Function<List<ConceptModel.Labelled>, Summarizer> f = settings.get(setting);
    if (f == null) throw new IllegalArgumentException("no setting " + setting + " in " + name);
    return f.apply(training);
  }
}
