package dev.newsbrief.eval.mds;

import dev.newsbrief.Pipeline;
import dev.newsbrief.eval.rouge.Rouge;
import dev.newsbrief.eval.rouge.RougeOptions;
import dev.newsbrief.eval.rouge.RougeScores;
import dev.newsbrief.eval.rouge.RougeText;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import dev.newsbrief.summary.ConceptModel;
import dev.newsbrief.summary.Summarizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Honest figures for methods with settings: the clusters are dealt into k folds (cluster i into
 * fold i mod k); for each fold, every setting of a method's declared grid is built from (and, if
 * it learns, trained on) the other folds and scored there, the best by mean ROUGE-1 + ROUGE-2
 * recall is kept, and only that one is scored on the held-out fold. Each cluster is thus scored
 * once, by a setting chosen without it.
 */
public final class CrossValidation {
  /** The setting chosen for one fold, with its score on the training folds. */
  public record Choice(int fold, String setting, double trainingR1, double trainingR2) {}

  /** A method's held-out rows (one per cluster, in input order) and the choices behind them. */
  public record Result(String method, List<MdsRun.Row> heldOut, List<Choice> choices) {}

  private CrossValidation() {}

  /** A cluster analysed once, with its references ready for scoring. */
  private record Prepared(Cluster cluster, Story story, List<RougeText> references, ConceptModel.Labelled labelled) {}

  public static List<Result> run(List<Cluster> clusters, List<Tunable> methods, int folds, int words) {
    if (folds < 2 || folds > clusters.size()) throw new IllegalArgumentException("--cv needs 2.." + clusters.size() + " folds, not " + folds);
    RougeOptions options = MdsRun.rougeOptions(words);
    Pipeline pipeline = new Pipeline();
    List<Prepared> prepared = new ArrayList<>();
    for (Cluster c : clusters) {
      Story story = pipeline.analyse(c.articles());
      List<String> refs = c.references().stream().map(r -> String.join(" ", r)).toList();
      prepared.add(new Prepared(c, story, c.references().stream().map(r -> RougeText.of(r, options)).toList(),
          new ConceptModel.Labelled(story.origins(), refs)));
    }
    List<Result> out = new ArrayList<>();
    for (Tunable m : methods) {
      MdsRun.Row[] heldOut = new MdsRun.Row[prepared.size()];
      List<Choice> choices = new ArrayList<>();
      for (int f = 0; f < folds; f++) {
        List<Prepared> training = new ArrayList<>(), test = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) (i % folds == f ? test : training).add(prepared.get(i));
        List<ConceptModel.Labelled> labelled = training.stream().map(Prepared::labelled).toList();
        Choice best = null;
        Summarizer bestSummarizer = null;
        for (String setting : m.grid()) {
          Summarizer s = m.summarizer(setting, labelled);
          List<MdsRun.Row> rows = training.stream().map(p -> row(m.name(), s, p, words, options)).toList();
          Choice c = new Choice(f, setting, MdsReport.meanRecall(rows, "R1"), MdsReport.meanRecall(rows, "R2"));
          if (best == null || c.trainingR1() + c.trainingR2() > best.trainingR1() + best.trainingR2()) {
            best = c;
            bestSummarizer = s;
          }
        }
        choices.add(best);
        for (int i = 0; i < prepared.size(); i++) {
          if (i % folds == f) heldOut[i] = row(m.name(), bestSummarizer, prepared.get(i), words, options);
        }
      }
      out.add(new Result(m.name(), List.of(heldOut), choices));
    }
    return out;
  }

  private static MdsRun.Row row(String method, Summarizer s, Prepared p, int words, RougeOptions options) {
    long t = System.nanoTime();
    List<String> summary = new Pipeline(s).summarize(p.story(), words).stream().map(Sentence::text).toList();
    double ms = (System.nanoTime() - t) / 1e6;
    RougeScores scores = p.references().isEmpty() ? null : Rouge.score(RougeText.of(summary, options), p.references());
    return new MdsRun.Row(method, p.cluster().id(), summary, scores, ms);
  }
}
