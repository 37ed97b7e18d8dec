package dev.newsbrief.eval.voices;

import dev.newsbrief.eval.voices.QuoteLabels.Label;
import dev.newsbrief.eval.voices.QuoteLabels.Report;
import dev.newsbrief.learn.LogisticRegression;
import dev.newsbrief.model.Quote;
import dev.newsbrief.voices.QuoteExtractor;
import dev.newsbrief.voices.QuoteExtractor.Found;
import dev.newsbrief.voices.SpeakerConfidence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits {@link SpeakerConfidence} on labelled quotes: each found quote whose speaker the label can
 * judge is an example (right or wrong). Ridge and the two thresholds are chosen by cross-validation
 * over reports so that the speakers kept reach the accuracy asked for, keeping as many as possible.
 */
public final class SpeakerTraining {
  /**
   * The accuracy the kept speakers must reach in cross-validation: the goals (0.97 direct, 0.95
   * reported) plus a margin of 0.02, because the rules were tuned on these same reports and the
   * first reading of fresh and fresh2, before their errors informed rules, came out about three
   * points below the cross-validated figure.
   */
  public static final double DIRECT_ACCURACY = 0.99, INDIRECT_ACCURACY = 0.97;
  /**
   * The label sets the model is fitted on: dev, whose errors the rules were tuned away, and the two
   * unseen sets whose errors informed later rules (they carry the kinds of error new text brings);
   * fresh3 stays out, the check on text nothing was tuned on.
   */
  public static final List<String> SETS = List.of("dev", "fresh", "fresh2");
  static final double[] PENALTIES = {0.1, 1, 10};
  static final int FOLDS = 5;

  /** One judged example. */
  record Example(int report, boolean direct, double[] x, boolean right) {}

  /** Cross-validated decisions and the model fitted on all examples. */
  public record Result(SpeakerConfidence model, double penalty, VoicesBenchmark.Accuracy direct,
                       VoicesBenchmark.Accuracy indirect) {
    public String line() {
      return String.format(Locale.ROOT, "speaker confidence (5-fold CV over reports, ridge %.1f): direct %.3f right of %.3f kept,"
          + " indirect %.3f of %.3f kept; thresholds %.3f / %.3f", penalty, direct.accuracy(), direct.coverage(),
          indirect.accuracy(), indirect.coverage(), model.directThreshold(), model.indirectThreshold());
    }
  }

  private SpeakerTraining() {}

  public static Result fit(List<Report> reports) {
    List<Example> examples = examples(reports);
    Result best = null;
    double bestKept = -1;
    for (double penalty : PENALTIES) {
      double[] oof = new double[examples.size()];
      for (int fold = 0; fold < FOLDS; fold++) {
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Example e : examples) if (e.report() % FOLDS != fold) { xs.add(e.x()); ys.add(e.right() ? 1.0 : 0.0); }
        double[] w = LogisticRegression.fit(xs.toArray(double[][]::new), ys.stream().mapToDouble(Double::doubleValue).toArray(), penalty);
        for (int i = 0; i < examples.size(); i++) if (examples.get(i).report() % FOLDS == fold) oof[i] = LogisticRegression.probability(w, examples.get(i).x());
      }
      double td = threshold(examples, oof, true, DIRECT_ACCURACY), ti = threshold(examples, oof, false, INDIRECT_ACCURACY);
      VoicesBenchmark.Accuracy d = accuracy(examples, oof, true, td), in = accuracy(examples, oof, false, ti);
      double kept = d.attributed + in.attributed;
      if (kept > bestKept) {
        bestKept = kept;
        double[] all = LogisticRegression.fit(examples.stream().map(Example::x).toArray(double[][]::new),
            examples.stream().mapToDouble(e -> e.right() ? 1 : 0).toArray(), penalty);
        best = new Result(new SpeakerConfidence(all, td, ti), penalty, d, in);
      }
    }
    return best;
  }

  /** The lowest threshold whose kept speakers reach the accuracy (1.0 keeps none when none does). */
  static double threshold(List<Example> examples, double[] p, boolean direct, double target) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) if (examples.get(i).direct() == direct) idx.add(i);
    idx.sort((a, b) -> Double.compare(p[b], p[a]));
    int right = 0, kept = 0;
    double best = 1.0;
    for (int k = 0; k < idx.size(); k++) {
      kept++;
      if (examples.get(idx.get(k)).right()) right++;
      boolean tie = k + 1 < idx.size() && p[idx.get(k + 1)] == p[idx.get(k)];
      if (!tie && (double) right / kept >= target) best = p[idx.get(k)];
    }
    return best;
  }

  private static VoicesBenchmark.Accuracy accuracy(List<Example> examples, double[] p, boolean direct, double threshold) {
    VoicesBenchmark.Accuracy a = new VoicesBenchmark.Accuracy();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      if (e.direct() != direct) continue;
      a.found++;
      if (p[i] >= threshold) {
        a.attributed++;
        if (e.right()) a.right++;
      }
    }
    return a;
  }

  static List<Example> examples(List<Report> reports) {
    List<Example> out = new ArrayList<>();
    for (int r = 0; r < reports.size(); r++) {
      Report report = reports.get(r);
      List<Found> found = new ArrayList<>();
      for (Found f : QuoteExtractor.find(report.doc())) if (report.kept(f.quote().start())) found.add(f);
      Map<String, String> shown = VoicesBenchmark.shownSpeakers(report, found.stream().map(Found::quote).toList());
      Set<Found> used = new HashSet<>();
      for (Label l : report.labels()) {
        if (l.speaker().equals("?") || !(l.kind().equals("direct") || l.kind().equals("indirect"))) continue;
        boolean direct = l.kind().equals("direct");
        for (Found f : found) {
          Quote q = f.quote();
          if (used.contains(f) || q.direct() != direct || !(q.start() < l.end() && l.start() < q.end())) continue;
          used.add(f);
          if (q.attributed()) {
            out.add(new Example(r, direct, SpeakerConfidence.features(f, report.doc()), VoicesBenchmark.speakerRight(l.speaker(), q, shown)));
          }
          break;
        }
      }
    }
    return out;
  }
}
