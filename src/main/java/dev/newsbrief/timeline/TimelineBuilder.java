package dev.newsbrief.timeline;

import dev.newsbrief.cite.Citer;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.TimeExpression;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.model.Token;
import dev.newsbrief.story.Story;
import dev.newsbrief.summary.Concepts;
import dev.newsbrief.summary.Eligibility;
import dev.newsbrief.summary.Summarizer;
import dev.newsbrief.text.QuoteMarks;
import dev.newsbrief.text.Quotation;
import dev.newsbrief.time.EventDater;
import dev.newsbrief.time.EventDater.Basis;
import dev.newsbrief.time.EventDater.EventDate;
import dev.newsbrief.tls.Dating;
import dev.newsbrief.tls.TimelineRequest;
import dev.newsbrief.tls.TimelineSummarizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * {@link EventDater}; a sentence whose own words give no day (past-tense news: "officials said")
 * takes the day another report writes for the same event (its most similar sentence, if it says
 * much the same by the repetition test); news that no report dates is shown, if at all, as
 * <em>reported</em> on its report's day, never as happening on it. Only sentences that stand alone
 * and say something several reports share are candidates.
 *
 * <p>Days are chosen and told by the same engine as the Timeline17 benchmark's timelines ({@link
 * TimelineSummarizer}, after DATEWISE): a day matters by how many reports name it, and its entries
 * are the candidates closest to what the reports say on that day and to the story as a whole. A sentence that states an event already shown,
 * or that the citations of one already shown point to, is skipped. While there is room, events
 * known only to the week or month follow, ranked by the weight of the story concepts they cover,
 * then the lead events of reports known only to a season or year.
 */
public final class TimelineBuilder {
  private TimelineBuilder() {}

  /**
   * A sentence the timeline may show, on the date it would show it with; {@code reported}: no day
   * is written for what it tells, and the date is the day its report was published (the event
   * happened then or shortly before), shown as such.
   */
  public record Candidate(Sentence sentence, DatedValue date, TimelineEntry.Evidence evidence, double salience, boolean reported) {
    Candidate(Sentence sentence, DatedValue date, TimelineEntry.Evidence evidence, double salience) {
      this(sentence, date, evidence, salience, false);
    }
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "my", "me", "myself");

  /**
   * A sentence that speaks in the first person outside a quotation ("My husband developed flu like
   * symptoms on Monday") is a reader's comment, a diary or an opinion piece, not a report of the
   * story's events.
   */
  static boolean firstPerson(Sentence s) {
    for (Token t : Quotation.wordsOutside(s)) {
      // "I" as written: a lower-case "i" is no pronoun in edited text
      if (FIRST_PERSON.contains(t.norm()) && (!t.norm().equals("i") || t.text().equals("I"))) return true;
    }
    return false;
  }

  /** How many sentences of past news without a day are put to the linking test at most. */
  static final int LINKED_AT_MOST = 200;
  /** The leading sentences of a report that may tell its day's news (as the engine reads them). */
  static final int DAY_NEWS_LEAD = TimelineSummarizer.Settings.BRIEFING.leadSentences();
  /** How many days before its report a linked event may lie. */
  static final int LINK_DAYS = 31;

  /** @param maxEntries how many dated events to show at most */
  public static List<TimelineEntry> build(Story story, Citer citer, int maxEntries) {
    return build(story, citer, TimelineRequest.of(maxEntries, 1));
  }

  /**
   * The timeline: days ranked and told by the timeline engine ({@link TimelineSummarizer}, the one
   * that also runs the Timeline17 benchmark) over the briefing's candidates; then, while there is
   * room, events known to the week or month, and the lead events of reports known only to a season
   * or year. The request's span, when given, bounds the dates (null ends: none).
   */
  public static List<TimelineEntry> build(Story story, Citer citer, TimelineRequest request) {
    if (request.dates() == 0) return List.of();
    List<Candidate> candidates = candidates(story, citer);
    List<TimelineEntry> out = new ArrayList<>();
    List<Sentence> shown = new ArrayList<>();
    int dated = 0;
    // days, the finest dates, by the engine: how many reports name a day, and what they say on it
    Map<Sentence, Candidate> bySentence = new java.util.IdentityHashMap<>();
    LocalDate first = null, last = null;
    for (Candidate c : candidates) {
      if (c.date().granularity() != Granularity.DAY || !covers(request, c.date())) continue;
      bySentence.put(c.sentence(), c);
      first = first == null || c.date().date().isBefore(first) ? c.date().date() : first;
      last = last == null || c.date().date().isAfter(last) ? c.date().date() : last;
    }
    if (first != null) {
      Map<Sentence, CitedSentence> cited = new java.util.IdentityHashMap<>();
      var days = new TimelineSummarizer(TimelineSummarizer.Settings.BRIEFING).summarize(story.origins(), dating(story, bySentence),
          new TimelineRequest(request.dates(), request.sentencesPerDate(), first, last), (s, chosen) -> {
            CitedSentence c = showable(bySentence.get(s), citer, chosen);
            if (c == null) return true;
            cited.put(s, c);
            return false;
          });
      for (var day : days) {
        List<Candidate> onDay = day.sentences().stream().map(bySentence::get).toList();
        for (Candidate c : onDay) {
          out.add(new TimelineEntry(c.reported() ? c.date() : merged(c.date(), onDay), cited.get(c.sentence()), c.evidence(),
              c.reported()));
          shown.add(c.sentence());
        }
        dated++;
      }
    }
    Map<String, List<Candidate>> byDate = new LinkedHashMap<>();
    Map<String, List<Candidate>> coarseByReport = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (!covers(request, c.date()) || c.date().granularity() == Granularity.DAY) continue;
      if (c.date().granularity().compareTo(Granularity.MONTH) > 0) {
        coarseByReport.computeIfAbsent(c.sentence().articleId(), k -> new ArrayList<>()).add(c);
      } else {
        byDate.computeIfAbsent(key(c.date()), k -> new ArrayList<>()).add(c);
      }
    }

    // A week or month matters by how much the reports say about it, from how many reports.
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

    for (var e : dates) {
      if (dated >= request.dates()) break;
      List<Candidate> cands = new ArrayList<>(e.getValue());
      cands.sort(Comparator.comparingDouble(c -> -c.salience()));
      int taken = 0;
      for (Candidate c : cands) {
        if (taken >= request.sentencesPerDate()) break;
        CitedSentence cited = showable(c, citer, shown);
        if (cited == null) continue;
        out.add(new TimelineEntry(merged(c.date(), cands), cited, c.evidence()));
        shown.add(c.sentence());
        taken++;
      }
      if (taken > 0) dated++;
    }
    // Then, for reports dated only to a season or year, their lead event (news tells its main
    // event first), marked with the coarse date it has.
    int coarseLeft = Math.max(1, request.dates() / 3);
    for (List<Candidate> cands : coarseByReport.values()) {
      if (coarseLeft == 0) break;
      // the first event the report dates in its own words, else its first statement of the day
      cands.sort(Comparator.comparing((Candidate c) -> c.evidence() == null).thenComparingInt(c -> c.sentence().index()));
      for (Candidate c : cands) {
        CitedSentence cited = showable(c, citer, shown);
        if (cited == null) continue;
        out.add(new TimelineEntry(c.date(), cited, c.evidence()));
        shown.add(c.sentence());
        coarseLeft--;
        break;
      }
    }
    out.sort(Comparator.comparing((TimelineEntry t) -> t.date().sortKey()).thenComparing(t -> t.date().granularity())
        .thenComparing(t -> story.sourceNumber(t.sentence().quoted().articleId())));
    return out;
  }

  /** Whether a date lies within the request's span, in part at least (null ends: no bound). */
  private static boolean covers(TimelineRequest request, DatedValue d) {
    return (request.from() == null || !d.lastDay().isBefore(request.from())) && (request.to() == null || !d.date().isAfter(request.to()));
  }

  /**
   * The timeline's candidates placed in time for the engine: reports on their story dates (when
   * known to the day), a candidate on its day (the event its main clause reports, or the day its
   * report was published when none is written), the days each sentence names counting towards how
   * much a day matters (as the reports that name a day, whatever for), and only candidates quoted.
   */
  private static Dating dating(Story story, Map<Sentence, Candidate> candidates) {
    return new Dating() {
      @Override
      public LocalDate published(Document report) {
        DatedValue d = story.date(report.id());
        return d.isKnown() && d.granularity() == Granularity.DAY ? d.date() : null;
      }

      @Override
      public List<SentenceDates> sentences(Document report, LocalDate published) {
        List<List<LocalDate>> named = EventDater.daysNamed(report, story.date(report.id()));
        List<SentenceDates> out = new ArrayList<>();
        for (Sentence s : report.sentences()) {
          Candidate c = candidates.get(s);
          List<LocalDate> days = c == null || c.reported() ? List.of() : List.of(c.date().date());
          out.add(new SentenceDates(named.get(s.index()), days, c != null && c.reported(), c != null));
        }
        return out;
      }
    };
  }

  /** The sentence cited, or null when it or one of the reports it cites states an event already shown. */
  private static CitedSentence showable(Candidate c, Citer citer, List<Sentence> shown) {
    if (citer.sameFactAsAny(c.sentence(), shown)) return null;
    CitedSentence cited = citer.cite(c.sentence());
    for (Citation x : cited.citations()) {
      for (Sentence s : shown) if (s.articleId().equals(x.articleId()) && s.index() == x.sentence()) return null;
    }
    return cited;
  }

  /**
   * Every sentence of the story's independent reports that the timeline may show, with the date it
   * would show: eligible sentences, dated to a day, week or month (or to the report's own coarse
   * date when that is all there is), that say something the reports share.
   */
  public static List<Candidate> candidates(Story story, Citer citer) {
    List<Document> origins = story.origins();
    Map<String, Double> weights = Concepts.weights(story, origins, 0, 0);
    double minDf = origins.size() <= 2 ? 1 : 2;
    Map<Sentence, EventDate> all = new java.util.IdentityHashMap<>(); // a record hashes all its tokens
    // sentences that write their own day: what past news without one may be dated from
    List<Sentence> datedToDay = new ArrayList<>();
    // each report is dated on its own: in parallel
    List<List<EventDate>> datedReports = origins.parallelStream().map(d -> EventDater.dateEvents(d, story.date(d.id()))).toList();
    for (int r = 0; r < origins.size(); r++) {
      Document d = origins.get(r);
      List<EventDate> dates = datedReports.get(r);
      for (int i = 0; i < d.sentences().size(); i++) {
        all.put(d.sentences().get(i), dates.get(i));
        if (dates.get(i).basis() == Basis.EXPRESSION && dates.get(i).value().granularity() == Granularity.DAY) {
          datedToDay.add(d.sentences().get(i));
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    List<Candidate> toLink = new ArrayList<>();
    for (Document d : origins) {
      DatedValue reportDate = story.date(d.id());
      boolean[] quoted = QuoteMarks.continuedQuotations(d);
      List<List<LocalDate>> named = reportDate.granularity() == Granularity.DAY ? EventDater.daysNamed(d, reportDate) : null;
      for (Sentence s : d.sentences()) {
        EventDate date = all.get(s);
        // what names no day at all, in a report known to the day, is what was reported that day
        // (of its lead only: the engine takes a day's news from there)
        boolean reportsItsDay = named != null && date.basis() == Basis.NONE && s.index() < DAY_NEWS_LEAD
            && named.get(s.index()).isEmpty();
        if (!date.value().isKnown() && !reportsItsDay || !Eligibility.eligibleOnTimeline(story, s) || quoted[s.index()] || firstPerson(s)) continue;
        double covered = 0;
        for (String c : Concepts.of(story, s)) {
          double w = weights.getOrDefault(c, 0.0);
          if (w >= minDf) covered += w;
        }
        if (covered == 0) continue;
        double salience = covered / Math.sqrt(Summarizer.words(s.text()));
        if (reportsItsDay) {
          reportedOn(story, new Candidate(s, reportDate, null, salience)).ifPresent(out::add);
          continue;
        }
        if (date.basis() == Basis.REPORT_MONTH) {
          toLink.add(new Candidate(s, reportDate, null, salience));
          continue;
        }
        DatedValue value = date.value();
        boolean coarse = value.granularity().compareTo(Granularity.MONTH) > 0;
        // an event only known to the year is shown only when its report is too: then it is the
        // best the reports allow ("on Saturday" in a report dated to 2016), not background
        if (coarse && (!reportDate.isKnown() || reportDate.granularity().compareTo(Granularity.MONTH) <= 0)) continue;
        out.add(new Candidate(s, value, evidence(date, s.articleId()), salience));
      }
    }
    // past news without a written day: the most salient take the day of the same event in another
    // report (a bounded number, so that a big story costs no more than linear); the rest are shown,
    // if at all, as reported on their report's day, never as happening on it
    toLink.sort(Comparator.comparingDouble(c -> -c.salience()));
    for (Candidate c : toLink.subList(0, Math.min(LINKED_AT_MOST, toLink.size()))) {
      Linked link = linked(story, citer, c.sentence(), c.date(), datedToDay, all);
      if (link != null) out.add(new Candidate(c.sentence(), link.date().value(), evidence(link.date(), link.articleId()), c.salience()));
      else reportedOn(story, c).ifPresent(out::add);
    }
    for (Candidate c : toLink.subList(Math.min(LINKED_AT_MOST, toLink.size()), toLink.size())) reportedOn(story, c).ifPresent(out::add);
    return out;
  }

  /**
   * News without a written day, on the day its report was published, when that is known: marked
   * reported, since it happened then or some time before.
   */
  private static java.util.Optional<Candidate> reportedOn(Story story, Candidate c) {
    DatedValue r = story.date(c.sentence().articleId());
    if (r.granularity() != Granularity.DAY || c.sentence().index() >= DAY_NEWS_LEAD) return java.util.Optional.empty();
    return java.util.Optional.of(new Candidate(c.sentence(), new DatedValue(r.date(), Granularity.DAY, r.source(),
        round(0.5 * r.confidence()), "reported on " + r.date() + "; the day of the event is not written"), null, c.salience(), true));
  }

  /**
   * The day another report writes for the event {@code s} states without one: the sentence of
   * another report most like {@code s}, if it says much the same ({@link Citer#SAME_FACT}) and
   * writes a day up to {@link #LINK_DAYS} before {@code s}'s report. Null when none does. (The claim
   * matcher's citations were tried first: set for precision, they linked no labelled sentence.)
   */
  private static Linked linked(Story story, Citer citer, Sentence s, DatedValue reportDate, List<Sentence> datedToDay,
                               Map<Sentence, EventDate> all) {
    Sentence best = null;
    double bestSimilarity = Citer.SAME_FACT;
    for (Sentence o : datedToDay) {
      if (o.articleId().equals(s.articleId())) continue;
      long before = ChronoUnit.DAYS.between(all.get(o).value().date(), reportDate.date());
      if (before < 0 || before > LINK_DAYS) continue;
      double similarity = citer.similarity(s, o);
      if (similarity >= bestSimilarity) {
        bestSimilarity = similarity;
        best = o;
      }
    }
    if (best == null) return null;
    EventDate other = all.get(best);
    DatedValue v = other.value();
    TimeExpression t = other.expression();
    return new Linked(new EventDate(new DatedValue(v.date(), Granularity.DAY, v.source(), round(0.8 * v.confidence()),
        "'" + t.text() + "' in report " + story.sourceNumber(best.articleId()) + ", which states the same event"),
        Basis.EXPRESSION, t), best.articleId());
  }

  /** A date taken from the same event in report {@code articleId}. */
  private record Linked(EventDate date, String articleId) {}

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static TimelineEntry.Evidence evidence(EventDate date, String articleId) {
    TimeExpression t = date.expression();
    return t == null ? null : new TimelineEntry.Evidence(t.text(), articleId, t.start(), t.end());
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
    for (Candidate c : all) {
      if (c.date().source() == DatedValue.Source.GIVEN && c.date().granularity() == chosen.granularity()) return c.date();
    }
    return chosen;
  }
}
