package dev.newsbrief.tls;

import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Timeline summarisation by dates first, in the manner of DATEWISE (Gholipour Ghalandari and
 * Ifrim 2020), without training:
 *
 * <ol>
 *   <li><b>Dates.</b> Every temporal expression that names a day is resolved against its report's
 *   publication date ("on Monday", "20 April", "yesterday"). A day's importance is the number of
 *   reports that name it, plus a fraction of the number published on it to break ties: events
 *   that matter are the ones later reports keep pointing back to. A report naming a day still to
 *   come counts less (plans slip; a day looked back on is one that happened), and the sum is
 *   damped by the number of reports published in the week around the day, so a day that stands
 *   out in quiet coverage is not drowned by every day of a busy week. The most important days
 *   within the requested span are taken.</li>
 *   <li><b>Sentences.</b> A day's candidates are the sentences near the top of a report that name
 *   it as the time of what they report (not as a bound: "since 20 April"), and the undated
 *   sentences of reports published that day. They are scored by cosine similarity to the day's
 *   centroid plus, weighted, to the whole story's centroid, so a sentence about the day's event
 *   in the story's terms wins over a side remark. The day centroid keeps only the words that
 *   both the sentences naming the day and those published on it use (DATEWISE's PM-mean), which
 *   filters out what only one side talks about. To that is added the weight of the content
 *   bigrams the sentence shares with several of the day's reports and that the day's summary
 *   does not cover yet ({@link SharedBigrams}); sentences are taken greedily, so the day's
 *   summary covers the agreed wording rather than repeating its centre.</li>
 *   <li><b>Redundancy.</b> A sentence too similar to one already in the timeline, on any day, is
 *   skipped; a day with no usable sentence gives its place to the next date.</li>
 * </ol>
 *
 * <p>Where reports and sentences lie in time comes from a {@link Dating}: the days written in
 * them by default, the briefing's event dates when the briefing's timeline is built with this
 * engine. Reports without a day are ignored. Thread-safe.
 */
public final class TimelineSummarizer {
  /**
   * Settings, kept few on purpose: each is a chance to overfit the development set.
   *
   * @param leadSentences     how many leading sentences of each report may be quoted
   * @param minWords          the shortest sentence quoted, in words
   * @param maxWords          the longest sentence quoted, in words: long lines are often a
   *                          headline, caption and lead run together, and cost precision
   * @param topicWeight       weight of similarity to the whole story against similarity to the day
   * @param redundancy        cosine above which a sentence repeats one already chosen
   * @param publicationWeight what one report published on a day adds to its importance, against 1
   *                          for one report naming it
   * @param anticipationWeight what one report naming a day before it comes adds, against 1 for
   *                          one naming it on the day or after
   * @param busyWeekExponent  a day's importance is divided by (1 + the reports published within
   *                          three days of it) to this power; 0 to disable
   * @param coverageWeight    weight of the shared-bigram gain, relative to the day's best first
   *                          gain, against the similarities
   * @param sharedBigramReports the fewest of a day's reports that must use a bigram for it to count
   * @param datedAnywhere     a sentence with a day of its own may be quoted wherever it stands and up to
   *                          twice {@code maxWords} long (lead and length bound the day's news only)
   */
  public record Settings(int leadSentences, int minWords, int maxWords, double topicWeight, double redundancy,
                         double publicationWeight, double anticipationWeight, double busyWeekExponent,
                         double coverageWeight, int sharedBigramReports, boolean datedAnywhere) {
    /**
     * Chosen on the Timeline17 dev topics; leave-one-topic-out over a grid of anticipationWeight,
     * busyWeekExponent, coverageWeight and sharedBigramReports picks the same values on every fold.
     */
    public static final Settings DEFAULT = new Settings(15, 5, 40, 2.0, 0.5, 0.1, 0.5, 0.5, 2.0, 3, false);

    /**
     * For the briefing's dating, where a sentence's day is the event its main clause reports: such
     * a sentence counts wherever it stands (a small story tells its dated events deep in its
     * reports). (Preferring a day written in the sentence to its report's day, tried, cost 0.01 AR-1
     * on the Timeline17 dev topics and changed no labelled date.)
     */
    public static final Settings BRIEFING = new Settings(15, 5, 40, 2.0, 0.5, 0.1, 0.5, 0.5, 2.0, 3, true);
  }

  private final Settings settings;

  public TimelineSummarizer() {
    this(Settings.DEFAULT);
  }

  public TimelineSummarizer(Settings settings) {
    this.settings = settings;
  }

  /**
   * A timeline of at most {@code request.dates()} days, each with 1 to {@code
   * request.sentencesPerDate()} sentences, in date order.
   */
  public List<TimelineDay> summarize(List<Document> documents, TimelineRequest request) {
    return summarize(DatedSentences.of(documents), request);
  }

  /**
   * The same, with reports and sentences placed in time by {@code dating}, and a sentence also
   * skipped when {@code repeats} says it tells again what a sentence already chosen told.
   */
  public List<TimelineDay> summarize(List<Document> documents, Dating dating, TimelineRequest request,
                                     java.util.function.BiPredicate<Sentence, List<Sentence>> repeats) {
    return summarize(DatedSentences.of(documents, dating), request, repeats);
  }

  List<TimelineDay> summarize(DatedSentences story, TimelineRequest request) {
    return summarize(story, request, (s, chosen) -> false);
  }

  private List<TimelineDay> summarize(DatedSentences story, TimelineRequest request,
                                      java.util.function.BiPredicate<Sentence, List<Sentence>> repeats) {
    if (story.items.isEmpty() || request.dates() == 0) return List.of();
    LocalDate from = request.from() != null ? request.from() : story.firstPublished();
    LocalDate to = request.to() != null ? request.to() : story.lastPublished();
    Centroid topic = Centroid.of(story.terms, story.items);
    List<TimelineDay> out = new ArrayList<>();
    List<TermVector> chosen = new ArrayList<>();
    List<Sentence> chosenSentences = new ArrayList<>();
    for (LocalDate d : rankDates(story, from, to)) {
      if (out.size() >= request.dates()) break;
      List<Sentence> day = summarizeDay(story, d, request.sentencesPerDate(), topic, chosen, chosenSentences, repeats);
      if (!day.isEmpty()) out.add(new TimelineDay(d, day));
    }
    out.sort(Comparator.comparing(TimelineDay::date));
    return out;
  }

  /** The days within [from, to] by importance, most important first; the earlier day on a tie. */
  List<LocalDate> rankDates(DatedSentences story, LocalDate from, LocalDate to) {
    Map<LocalDate, Double> score = dateScores(story, from, to);
    List<LocalDate> dates = new ArrayList<>(score.keySet());
    dates.sort(Comparator.comparing((LocalDate d) -> -score.get(d)).thenComparing(d -> d));
    return dates;
  }

  /**
   * Reports naming each day (once per report, so one report's repetition does not count; less for
   * a report published before the day) plus published ones, damped by the week's volume.
   */
  Map<LocalDate, Double> dateScores(DatedSentences story, LocalDate from, LocalDate to) {
    Map<LocalDate, Double> score = new HashMap<>();
    Set<String> counted = new HashSet<>();
    for (DatedSentences.Item it : story.items) {
      for (LocalDate d : it.mentions()) {
        if (!d.isBefore(from) && !d.isAfter(to) && counted.add(it.articleId() + '\n' + d)) {
          score.merge(d, it.published().isBefore(d) ? settings.anticipationWeight() : 1.0, Double::sum);
        }
      }
    }
    story.published.forEach((d, n) -> {
      if (!d.isBefore(from) && !d.isAfter(to)) score.merge(d, settings.publicationWeight() * n, Double::sum);
    });
    if (settings.busyWeekExponent() != 0) {
      score.replaceAll((d, v) -> v / Math.pow(1 + story.publishedWithin(d, 3), settings.busyWeekExponent()));
    }
    return score;
  }

  private List<Sentence> summarizeDay(DatedSentences story, LocalDate d, int k, Centroid topic, List<TermVector> chosen,
                                      List<Sentence> chosenSentences,
                                      java.util.function.BiPredicate<Sentence, List<Sentence>> repeats) {
    List<DatedSentences.Item> candidates = new ArrayList<>();
    for (DatedSentences.Item it : story.items) {
      boolean anywhere = settings.datedAnywhere() && !it.dayNews();
      if (it.quotable() && (anywhere || it.position() < settings.leadSentences()) && it.words() >= settings.minWords()
          && it.words() <= (anywhere ? 2 * settings.maxWords() : settings.maxWords())
          && (it.events().contains(d) || undatedOf(it, d))) candidates.add(it);
    }
    if (candidates.isEmpty()) return List.of();
    Centroid day = dayCentroid(story, d);
    Map<DatedSentences.Item, Double> similarity = new HashMap<>();
    for (DatedSentences.Item it : candidates) {
      similarity.put(it, day.cosine(it.vector()) + settings.topicWeight() * topic.cosine(it.vector()));
    }
    SharedBigrams shared = new SharedBigrams(candidates, settings.sharedBigramReports());
    double bestGain = candidates.stream().mapToDouble(shared::gain).max().orElse(0);
    double gainScale = bestGain > 0 ? settings.coverageWeight() / bestGain : 0;
    List<Sentence> out = new ArrayList<>();
    List<DatedSentences.Item> left = new ArrayList<>(candidates);
    while (out.size() < k && !left.isEmpty()) {
      DatedSentences.Item best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (DatedSentences.Item it : left) {
        double v = similarity.get(it) + gainScale * shared.gain(it);
        if (v > bestScore) {
          bestScore = v;
          best = it;
        }
      }
      left.remove(best);
      // checked only for the winner, and for good: the chosen set only grows
      TermVector v = best.vector();
      if (chosen.stream().anyMatch(c -> c.cosine(v) > settings.redundancy())) continue;
      if (repeats.test(best.sentence(), chosenSentences)) continue;
      out.add(best.sentence());
      chosen.add(v);
      chosenSentences.add(best.sentence());
      shared.cover(best);
    }
    return out;
  }

  /** A sentence that names no day, in a report published on {@code d}: that day's news. */
  private static boolean undatedOf(DatedSentences.Item it, LocalDate d) {
    return it.dayNews() && it.published().equals(d);
  }

  /**
   * DATEWISE's PM-mean: the mean of the sentences naming the day plus the mean of the undated
   * sentences published on it, over the words both groups use; when one group is empty, the other.
   */
  private static Centroid dayCentroid(DatedSentences story, LocalDate d) {
    double[] named = new double[story.terms], published = new double[story.terms];
    int n = 0, p = 0;
    for (DatedSentences.Item it : story.items) {
      if (it.events().contains(d)) {
        it.vector().addTo(named, 1);
        n++;
      } else if (undatedOf(it, d)) {
        it.vector().addTo(published, 1);
        p++;
      }
    }
    double[] c = new double[story.terms];
    for (int i = 0; i < c.length; i++) {
      if (n == 0 || p == 0) c[i] = named[i] + published[i];
      else if (named[i] > 0 && published[i] > 0) c[i] = named[i] / n + published[i] / p;
    }
    return new Centroid(c);
  }

  /** A dense vector with its length, for cosines against many sparse sentence vectors. */
  private record Centroid(double[] values, double norm) {
    Centroid(double[] values) {
      this(values, length(values));
    }

    static Centroid of(int terms, List<DatedSentences.Item> items) {
      double[] c = new double[terms];
      for (DatedSentences.Item it : items) it.vector().addTo(c, 1);
      return new Centroid(c);
    }

    double cosine(TermVector v) {
      return v.cosine(values, norm);
    }

    private static double length(double[] v) {
      double s = 0;
      for (double x : v) s += x * x;
      return Math.sqrt(s);
    }
  }
}
