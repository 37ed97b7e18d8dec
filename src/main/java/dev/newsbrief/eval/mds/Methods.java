package dev.newsbrief.eval.mds;

import dev.newsbrief.summary.BranchAndBound;
import dev.newsbrief.summary.ConceptModel;
import dev.newsbrief.summary.ConceptSummarizer;
import dev.newsbrief.summary.ConceptWeighting;
import dev.newsbrief.summary.CoverageOptimiser;
import dev.newsbrief.summary.GreedySwap;
import dev.newsbrief.summary.Summarizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The methods {@code eval mds} knows, by name: newsbrief, its variants, and baselines. Methods
 * with settings also have a {@link Tunable} with their small declared grid, for {@code --cv}.
 */
public final class Methods {
  private static final Map<String, Supplier<Method>> ALL = new LinkedHashMap<>();
  private static final Map<String, Tunable> TUNABLE = new LinkedHashMap<>();

  /** The eight settings newsbrief chooses among: lead sentences × unigram weight × shortest sentence. */
  private static Map<String, Function<List<ConceptModel.Labelled>, Summarizer>> frequencyGrid(CoverageOptimiser optimiser) {
    Map<String, Function<List<ConceptModel.Labelled>, Summarizer>> grid = new LinkedHashMap<>();
    for (int lead : new int[] {3, 5}) {
      for (double unigram : new double[] {0.5, 1.0}) {
        for (int minWords : new int[] {6, 8}) {
          ConceptSummarizer s = new ConceptSummarizer(ConceptWeighting.frequency(lead, 0.5, unigram),
              ConceptSummarizer.Settings.DEFAULT.withOptimiser(optimiser).withMinWords(minWords));
          grid.put("lead=" + lead + " unigram=" + unigram + " minWords=" + minWords, training -> s);
        }
      }
    }
    return grid;
  }

  /** Learnt concept weights: the model is trained on the training clusters, the floor chosen. */
  private static Map<String, Function<List<ConceptModel.Labelled>, Summarizer>> learnedGrid() {
    Map<String, Function<List<ConceptModel.Labelled>, Summarizer>> grid = new LinkedHashMap<>();
    for (double floor : new double[] {0.02, 0.05}) {
      grid.put("minP=" + floor, training -> learned(ConceptModel.train(training), floor));
    }
    return grid;
  }

  private static Summarizer learned(ConceptModel model, double floor) {
    return new ConceptSummarizer(ConceptWeighting.learned(model, floor), ConceptSummarizer.Settings.DEFAULT);
  }

  static {
    // newsbrief is the product's own summarizer (Pipeline's default), whose weighting is the
    // "lead=5 unigram=0.5 minWords=6" setting of this grid.
    ALL.put("newsbrief", Method::newsbrief);
    TUNABLE.put("newsbrief", new Tunable("newsbrief", frequencyGrid(new GreedySwap(0.6)), "lead=5 unigram=0.5 minWords=6"));

    Tunable exact = new Tunable("concepts-exact", frequencyGrid(new BranchAndBound()), "lead=5 unigram=0.5 minWords=6");
    ALL.put(exact.name(), () -> Method.pipeline(exact.name(), exact.summarizer(exact.product(), List.of())));
    TUNABLE.put(exact.name(), exact);

    Tunable learned = new Tunable("concepts-learned", learnedGrid(), "minP=0.05");
    ALL.put(learned.name(), () -> Method.pipeline(learned.name(), learned(ConceptModel.bundled(), 0.05)));
    TUNABLE.put(learned.name(), learned);

    // The first concept summarizer: lead of 3 sentences, unigrams as heavy as bigrams, datelines kept.
    ConceptSummarizer.Settings v1 = new ConceptSummarizer.Settings(new GreedySwap(0.6), 400, 0, 8);
    ALL.put("concepts-v1", () -> Method.pipeline("concepts-v1",
        new ConceptSummarizer(ConceptWeighting.frequency(3, 0.5, 1.0), v1)));
    ALL.put("concepts-v1-no-lead-bonus", () -> Method.pipeline("concepts-v1-no-lead-bonus",
        new ConceptSummarizer(ConceptWeighting.frequency(0, 0, 1.0), v1)));
    ALL.put("lead", Method::lead);
    // focused on each cluster's question (DUC 2006 topics); generic where a cluster has none
    ALL.put("newsbrief-focused", () -> Method.focused("newsbrief-focused", dev.newsbrief.Pipeline.FOCUS_FLOOR));
  }

  private Methods() {}

  public static List<String> names() {
    return List.copyOf(ALL.keySet());
  }

  public static List<Method> all() {
    return ALL.values().stream().map(Supplier::get).toList();
  }

  public static List<Method> named(List<String> names) {
    List<Method> out = new ArrayList<>();
    for (String n : names) {
      Supplier<Method> m = ALL.get(n.strip());
      if (m == null) throw new IllegalArgumentException("unknown method " + n + "; known: " + String.join(", ", names()));
      out.add(m.get());
    }
    return out;
  }

  /** The tunable ones among the named methods (all tunable methods when {@code names} is null). */
  public static List<Tunable> tunable(List<String> names) {
    if (names == null) return List.copyOf(TUNABLE.values());
    List<Tunable> out = new ArrayList<>();
    for (String n : names) if (TUNABLE.containsKey(n.strip())) out.add(TUNABLE.get(n.strip()));
    return out;
  }
}
