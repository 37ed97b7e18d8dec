package dev.newsbrief.eval.voices;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.eval.voices.QuoteLabels.Label;
import dev.newsbrief.eval.voices.QuoteLabels.Report;
import dev.newsbrief.figures.FigureExtractor;
import dev.newsbrief.model.Figure;
import dev.newsbrief.model.Quote;
import dev.newsbrief.voices.ActorResolver;
import dev.newsbrief.voices.QuoteExtractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores quote detection, speaker attribution and figure extraction against hand labels. A quote is
 * found when a predicted quote of the same kind overlaps the labelled one; its speaker is right when
 * one of the label's keys occurs in the speaker as the Voices section shows it (the resolved actor's
 * name and role: "he" shown as "John Kerry, US secretary of state") or as the report names it at that
 * place (the JSON's {@code speaker}: "Moscow" for the actor Russia). A quote shown as unattributed is
 * neither right nor wrong: speaker accuracy is over attributed quotes, and coverage says how many those are.
 */
public final class VoicesBenchmark {
  /** Counts for precision, recall and F1. */
  public static final class Score {
    public int tp, predicted, gold;

    public double precision() { return predicted == 0 ? 0 : (double) tp / predicted; }
    public double recall() { return gold == 0 ? 0 : (double) tp / gold; }
    public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
  }

  /** Speaker accuracy over found quotes: right / attributed, and attributed / found. */
  public static final class Accuracy {
    public int right, attributed, found;

    public double accuracy() { return attributed == 0 ? 0 : (double) right / attributed; }
    public double coverage() { return found == 0 ? 0 : (double) attributed / found; }
  }

  /** All measures of one label set. */
  public record Scores(String set, int reports, Score directDetect, Accuracy directSpeaker, Score indirectDetect,
                       Accuracy indirectSpeaker, Score figures) {}

  private VoicesBenchmark() {}

  /** Scores the product's extractors on the labelled reports; {@code log} hears each error (or null). */
  public static Scores score(String set, List<Report> reports, Consumer<String> log) {
    Score directDetect = new Score(), indirectDetect = new Score(), figures = new Score();
    Accuracy directSpeaker = new Accuracy(), indirectSpeaker = new Accuracy();
    for (Report r : reports) {
      List<Quote> quotes = new ArrayList<>();
      for (Quote q : QuoteExtractor.extract(r.doc())) if (r.kept(q.start())) quotes.add(q);
      java.util.Map<String, String> shown = shownSpeakers(r, quotes);
      for (boolean direct : new boolean[] {true, false}) {
        String kind = direct ? "direct" : "indirect";
        Score detect = direct ? directDetect : indirectDetect;
        Accuracy speaker = direct ? directSpeaker : indirectSpeaker;
        List<Quote> preds = quotes.stream().filter(q -> q.direct() == direct).toList();
        Set<Quote> used = new HashSet<>();
        detect.predicted += preds.size();
        for (Label l : r.labels()) {
          if (!l.kind().equals(kind)) continue;
          detect.gold++;
          Quote match = null;
          for (Quote q : preds) {
            if (!used.contains(q) && q.start() < l.end() && l.start() < q.end()) { match = q; break; }
          }
          if (match == null) {
            if (log != null) log.accept("MISS " + kind + " " + r.file() + " [" + l.anchor() + "] " + l.speaker());
            continue;
          }
          used.add(match);
          detect.tp++;
          if (l.speaker().equals("?")) continue;
          speaker.found++;
          if (!match.attributed()) continue;
          speaker.attributed++;
          if (speakerRight(l.speaker(), match, shown)) speaker.right++;
          else if (log != null) {
            log.accept("WRONG SPEAKER " + kind + " " + r.file() + " [" + l.anchor() + "] " + l.speaker() + " got "
                + shown.getOrDefault(spanKey(match), match.speaker()) + " (as named: " + match.speaker() + ")");
          }
        }
        if (log != null) {
          for (Quote q : preds) if (!used.contains(q)) log.accept("EXTRA " + kind + " " + r.file() + " " + q.speaker() + ": " + q.text());
        }
      }
      scoreFigures(r, figures, log);
    }
    return new Scores(set, reports.size(), directDetect, directSpeaker, indirectDetect, indirectSpeaker, figures);
  }

  private static void scoreFigures(Report r, Score figures, Consumer<String> log) {
    List<Figure> figs = new ArrayList<>();
    for (Figure f : FigureExtractor.extract(r.doc())) if (r.kept(f.start())) figs.add(f);
    List<Label> labels = r.labels().stream().filter(l -> l.kind().equals("figure")).toList();
    if (labels.isEmpty()) return; // sets labelled for quotes only
    Set<Figure> used = new HashSet<>();
    figures.predicted += figs.size();
    for (Label l : labels) {
      figures.gold++;
      Figure match = null;
      for (Figure f : figs) {
        if (!used.contains(f) && f.start() < l.end() && l.start() < f.end()
            && Math.abs(f.value() - l.value()) <= 0.01 * Math.abs(l.value()) + 1e-9) { match = f; break; }
      }
      if (match == null) {
        if (log != null) log.accept("MISS figure " + r.file() + " [" + l.anchor() + "] " + l.value());
        continue;
      }
      used.add(match);
      figures.tp++;
    }
  }

  /** Whether one of the label's keys ({@code |}-separated) occurs in the predicted speaker. */
  public static boolean speakerMatches(String keys, String predicted) {
    if (predicted == null) return false;
    String p = predicted.toLowerCase(Locale.ROOT);
    for (String k : Patterns.split(keys, "\\|")) if (!k.isBlank() && p.contains(k.toLowerCase(Locale.ROOT).trim())) return true;
    return false;
  }

  /** The speaker each quote is shown with in Voices (its actor's name and role), by quote span. */
  static java.util.Map<String, String> shownSpeakers(Report r, List<Quote> quotes) {
    java.util.Map<String, String> shown = new java.util.HashMap<>();
    for (ActorResolver.Actor a : ActorResolver.resolve(List.of(r.doc()), quotes).actors()) {
      for (Quote q : a.quotes()) shown.put(spanKey(q), a.name() + (a.role() == null ? "" : ", " + a.role()));
    }
    return shown;
  }

  /** Whether a label's keys name the quote's speaker as shown or as the report names it. */
  static boolean speakerRight(String keys, Quote q, java.util.Map<String, String> shown) {
    return speakerMatches(keys, shown.getOrDefault(spanKey(q), q.speaker())) || speakerMatches(keys, q.speaker());
  }

  private static String spanKey(Quote q) {
    return q.start() + ":" + q.end();
  }

  /** A fixed-width table of the sets' scores. */
  public static String table(List<Scores> all) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-8s %4s | %-23s | %-17s | %-23s | %-17s | %-11s%n", "set", "rep",
        "direct found P/R/F1", "speaker acc/cov", "indirect found P/R/F1", "speaker acc/cov", "figures F1"));
    for (Scores s : all) {
      b.append(String.format(Locale.ROOT, "%-8s %4d | %-23s | %-17s | %-23s | %-17s | %-11s%n", s.set(), s.reports(),
          prf(s.directDetect()), acc(s.directSpeaker()), prf(s.indirectDetect()), acc(s.indirectSpeaker()),
          s.figures().gold == 0 ? "-" : String.format(Locale.ROOT, "%.3f (%d)", s.figures().f1(), s.figures().gold)));
    }
    return b.toString();
  }

  private static String prf(Score s) {
    return String.format(Locale.ROOT, "%.3f/%.3f/%.3f (%d)", s.precision(), s.recall(), s.f1(), s.gold);
  }

  private static String acc(Accuracy a) {
    return String.format(Locale.ROOT, "%.3f/%.3f (%d)", a.accuracy(), a.coverage(), a.found);
  }
}
