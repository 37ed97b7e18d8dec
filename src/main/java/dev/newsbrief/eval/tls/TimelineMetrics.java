package dev.newsbrief.eval.tls;

import dev.newsbrief.eval.rouge.Rouge;
import dev.newsbrief.eval.rouge.RougeOptions;
import dev.newsbrief.eval.rouge.RougeScore;
import dev.newsbrief.eval.rouge.RougeText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The timeline-summarization metrics of tilse (Martschat and Markert 2017, 2018) called the way
 * news-tls calls it: ROUGE-1.5.5 raw counts with {@code -n 2 -m -s} on the sentences of a day
 * joined into one text (so bigrams cross sentence boundaries), for concat, agreement and align+
 * m:1 (news-tls's AR-1/AR-2), plus exact-day date precision/recall/F1. One reference per call; a
 * topic with several reference timelines is several tasks, averaged with {@link
 * TimelineScores#mean}.
 */
public final class TimelineMetrics {
  private static final RougeOptions TILSE_ROUGE = RougeOptions.stemmedWithoutStopwords();
  private static final RougeText EMPTY = RougeText.of(List.of(), TILSE_ROUGE);

  private TimelineMetrics() {}

  public static TimelineScores evaluate(Timeline predicted, Timeline reference) {
    Days pred = new Days(predicted);
    Days ref = new Days(reference);
    return new TimelineScores(
        concat(predicted, reference), agreement(pred, ref), alignManyToOne(pred, ref),
        dates(predicted, reference));
  }

  /** The dates and day summaries of a timeline, prepared once for ROUGE and for the cost. */
  private static final class Days {
    final List<LocalDate> dates;
    final Map<LocalDate, RougeText> rouge;
    final Map<LocalDate, Map<String, Integer>> cheap;

    Days(Timeline timeline) {
      dates = timeline.dates();
      rouge = timeline.entries().entrySet().stream().collect(Collectors.toMap(
          Map.Entry::getKey, e -> rougeText(e.getValue())));
      cheap = timeline.entries().entrySet().stream().collect(Collectors.toMap(
          Map.Entry::getKey, e -> TimelineText.cheapTokenCounts(e.getValue())));
    }

    RougeText day(LocalDate date) {
      return rouge.getOrDefault(date, EMPTY);
    }
  }

  static RougeText rougeText(List<String> sentences) {
    return RougeText.of(
        sentences.stream().map(TimelineText::asRougeInput).filter(s -> !s.isEmpty()).toList(),
        TILSE_ROUGE);
  }

  /** hit, P_count and M_count of one predicted day summary against one reference day summary. */
  static RougeScore counts(RougeText predicted, RougeText reference, int n) {
    return Rouge.ngrams(predicted, List.of(reference), n);
  }

  static TimelineRouge concat(Timeline predicted, Timeline reference) {
    RougeText p = rougeText(predicted.allSentences());
    RougeText r = rougeText(reference.allSentences());
    return new TimelineRouge(prf(counts(p, r, 1)), prf(counts(p, r, 2)));
  }

  private static Prf prf(RougeScore c) {
    return Prf.ofCounts(c.hits(), c.peerCount(), c.hits(), c.modelCount());
  }

  private static TimelineRouge agreement(Days pred, Days ref) {
    Set<LocalDate> all = new HashSet<>(pred.dates);
    all.addAll(ref.dates);
    Prf[] byN = new Prf[2];
    for (int n = 1; n <= 2; n++) {
      long precNum = 0, precDenom = 0, recNum = 0, recDenom = 0;
      for (LocalDate date : all) {
        RougeScore c = counts(pred.day(date), ref.day(date), n);
        if (pred.rouge.containsKey(date)) {
          precNum += c.hits();
          precDenom += c.peerCount();
        }
        if (ref.rouge.containsKey(date)) {
          recNum += c.hits();
          recDenom += c.modelCount();
        }
      }
      byN[n - 1] = Prf.ofCounts(precNum, precDenom, recNum, recDenom);
    }
    return new TimelineRouge(byN[0], byN[1]);
  }

  /**
   * tilse's align+ m:1: every predicted date goes to its cheapest reference date (for precision)
   * and every reference date to its cheapest predicted date (for recall); ties go to the earliest
   * date. Hits are weighted by 1/(days apart + 1); the denominators do not depend on the alignment.
   */
  private static TimelineRouge alignManyToOne(Days pred, Days ref) {
    int np = pred.dates.size();
    int nr = ref.dates.size();
    double[][] cost = new double[np][nr];
    for (int i = 0; i < np; i++) {
      for (int j = 0; j < nr; j++) {
        cost[i][j] = cost(pred.dates.get(i), pred.cheap.get(pred.dates.get(i)),
            ref.dates.get(j), ref.cheap.get(ref.dates.get(j)));
      }
    }
    int[] refOfPred = new int[np];
    for (int i = 0; i < np; i++) {
      double[] row = cost[i];
      refOfPred[i] = firstMinimum(nr, j -> row[j]);
    }
    int[] predOfRef = new int[nr];
    for (int j = 0; j < nr; j++) {
      int column = j;
      predOfRef[j] = firstMinimum(np, i -> cost[i][column]);
    }

    Prf[] byN = new Prf[2];
    for (int n = 1; n <= 2; n++) {
      double precNum = 0, recNum = 0;
      long precDenom = 0, recDenom = 0;
      for (int i = 0; i < np; i++) {
        LocalDate p = pred.dates.get(i);
        LocalDate r = nr == 0 ? null : ref.dates.get(refOfPred[i]); // null: nothing to align to
        RougeScore c = counts(pred.day(p), r == null ? EMPTY : ref.day(r), n);
        precNum += r == null ? 0 : weight(p, r) * c.hits();
        precDenom += c.peerCount();
      }
      for (int j = 0; j < nr; j++) {
        LocalDate r = ref.dates.get(j);
        LocalDate p = np == 0 ? null : pred.dates.get(predOfRef[j]);
        RougeScore c = counts(p == null ? EMPTY : pred.day(p), ref.day(r), n);
        recNum += p == null ? 0 : weight(p, r) * c.hits();
        recDenom += c.modelCount();
      }
      byN[n - 1] = Prf.ofCounts(precNum, precDenom, recNum, recDenom);
    }
    return new TimelineRouge(byN[0], byN[1]);
  }

  /** numpy's argmin: the index of the first minimum, i.e. the earliest date on a tie. */
  private static int firstMinimum(int size, IntToDoubleFunction value) {
    int best = 0;
    for (int k = 1; k < size; k++) {
      if (value.applyAsDouble(k) < value.applyAsDouble(best)) best = k;
    }
    return best;
  }

  /**
   * tilse's alignment cost, in its order of operations: (1 - 1/(days+1)) * (1 - A), where A is
   * the cheap ROUGE-1 F1 of the two day summaries.
   */
  static double cost(LocalDate p, Map<String, Integer> predTokens, LocalDate r, Map<String, Integer> refTokens) {
    double dateFactor = 1 - 1.0 / (Math.abs(ChronoUnit.DAYS.between(p, r)) + 1);
    return dateFactor * (1 - cheapRouge1F1(predTokens, refTokens));
  }

  /** tilse's compute_rouge_approximation with one reference. */
  static double cheapRouge1F1(Map<String, Integer> pred, Map<String, Integer> ref) {
    long match = 0;
    long predTotal = 0;
    long refTotal = 0;
    for (Map.Entry<String, Integer> e : pred.entrySet()) {
      match += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
      predTotal += e.getValue();
    }
    for (int count : ref.values()) refTotal += count;
    double precision = predTotal == 0 ? 0 : (double) match / predTotal;
    double recall = refTotal == 0 ? 0 : (double) match / refTotal;
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static double weight(LocalDate p, LocalDate r) {
    return 1.0 / (Math.abs(ChronoUnit.DAYS.between(p, r)) + 1);
  }

  /** news-tls's Date-F1: dates matched exactly to the day. */
  static Prf dates(Timeline predicted, Timeline reference) {
    Set<LocalDate> shared = new HashSet<>(predicted.entries().keySet());
    shared.retainAll(reference.entries().keySet());
    return Prf.ofCounts(shared.size(), predicted.entries().size(), shared.size(), reference.entries().size());
  }
}
