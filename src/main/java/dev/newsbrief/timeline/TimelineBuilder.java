package dev.newsbrief.timeline;

import dev.newsbrief.cite.Citer;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.story.Story;
import dev.newsbrief.summary.Concepts;
import dev.newsbrief.summary.Eligibility;
import dev.newsbrief.summary.Summarizer;
import dev.newsbrief.time.EventDater;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the timeline from dated sentences. Each sentence of an independent report is dated by
 * {@link EventDater}; sentences known to the day, week or month are candidates. A candidate's
 * salience is the weight of the story concepts it covers (concepts several reports share, as in
 * the summary), per word. Dates are ranked by the salience of what is said about them, summed
 * over the reports that speak of them; each chosen date shows its most salient sentence, and a
 * sentence that states what an earlier entry already says is skipped.
 */
public final class TimelineBuilder {
  private TimelineBuilder() {}

  private record Candidate(Sentence sentence, DatedValue date, double salience) {}

  /** @param maxEntries how many dated events to show at most */
  public static List<TimelineEntry> build(Story story, Citer citer, int maxEntries) {
    if (maxEntries <= 0) return List.of();
    List<Document> origins = story.origins();
    Map<String, Double> weights = Concepts.weights(origins, 0, 0, true);
    double minDf = origins.size() <= 2 ? 1 : 2;

    Map<String, List<Candidate>> byDate = new LinkedHashMap<>();
    Map<String, List<Candidate>> coarseByReport = new LinkedHashMap<>();
    for (Document d : origins) {
      DatedValue reportDate = story.date(d.id());
      List<DatedValue> dates = EventDater.date(d, reportDate);
      for (int i = 0; i < d.sentences().size(); i++) {
        Sentence s = d.sentences().get(i);
        DatedValue date = dates.get(i);
        if (!date.isKnown() || !Eligibility.eligible(s)) continue;
        boolean coarse = date.granularity().compareTo(Granularity.MONTH) > 0;
        // an event only known to the year is shown only when its report is too: then it is the
        // best the reports allow ("on Saturday" in a report dated to 2016), not background
        if (coarse && (!reportDate.isKnown() || reportDate.granularity().compareTo(Granularity.MONTH) <= 0)) continue;
        double covered = 0;
        for (String c : Concepts.of(s, true)) {
          double w = weights.getOrDefault(c, 0.0);
          if (w >= minDf) covered += w;
        }
        if (covered == 0) continue;
        double salience = covered / Math.sqrt(Summarizer.words(s.text()));
        Candidate c = new Candidate(s, date, salience);
        if (coarse) coarseByReport.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(c);
        else byDate.computeIfAbsent(key(date), k -> new ArrayList<>()).add(c);
      }
    }

    // A date matters by how much the reports say about it, from how many reports.
    List<Map.Entry<String, List<Candidate>>> dates = new ArrayList<>(byDate.entrySet());
    Map<String, Double> dateScore = new HashMap<>();
    for (var e : dates) {
      Set<String> reports = new HashSet<>();
      double best = 0;
      for (Candidate c : e.getValue()) {
        reports.add(c.sentence().articleId());
        best = Math.max(best, c.salience());
      }
      dateScore.put(e.getKey(), best * (1 + Math.log(reports.size())) * (1 + 0.1 * Math.log(e.getValue().size())));
    }
    dates.sort(Comparator.comparingDouble(e -> -dateScore.get(e.getKey())));

    List<TimelineEntry> out = new ArrayList<>();
    List<Sentence> shown = new ArrayList<>();
    for (var e : dates) {
      if (out.size() >= maxEntries) break;
      List<Candidate> cands = new ArrayList<>(e.getValue());
      cands.sort(Comparator.comparingDouble(c -> -c.salience()));
      for (Candidate c : cands) {
        if (citer.sameFactAsAny(c.sentence(), shown)) continue;
        CitedSentence cited = citer.cite(c.sentence());
        out.add(new TimelineEntry(merged(c.date(), cands), cited));
        shown.add(c.sentence());
        break;
      }
    }
    // Then, for reports dated only to a season or year, their lead event (news tells its main
    // event first), marked with the coarse date it has.
    int coarseLeft = Math.max(1, maxEntries / 3);
    for (List<Candidate> cands : coarseByReport.values()) {
      if (coarseLeft == 0) break;
      cands.sort(Comparator.comparingInt(c -> c.sentence().index()));
      for (Candidate c : cands) {
        if (citer.sameFactAsAny(c.sentence(), shown)) continue;
        out.add(new TimelineEntry(c.date(), citer.cite(c.sentence())));
        shown.add(c.sentence());
        coarseLeft--;
        break;
      }
    }
    out.sort(Comparator.comparing((TimelineEntry t) -> t.date().sortKey()).thenComparing(t -> t.date().granularity())
        .thenComparing(t -> story.sourceNumber(t.sentence().quoted().articleId())));
    return out;
  }

  /** Dates are grouped at their own precision: 12 Oct 2016 and Oct 2016 are different entries. */
  private static String key(DatedValue d) {
    LocalDate date = d.date();
    return switch (d.granularity()) {
      case DAY -> date.toString();
      case WEEK -> date + "/W";
      default -> date.getYear() + "-" + date.getMonthValue() + "/" + d.granularity();
    };
  }

  /** The entry's date is given when any report dates the event from a given date, else inferred. */
  private static DatedValue merged(DatedValue chosen, List<Candidate> all) {
    for (Candidate c : all) if (c.date().source() == DatedValue.Source.GIVEN) return c.date();
    return chosen;
  }
}
