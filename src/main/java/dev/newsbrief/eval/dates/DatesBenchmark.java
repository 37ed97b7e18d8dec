package dev.newsbrief.eval.dates;

import dev.newsbrief.cite.Citer;
import dev.newsbrief.eval.dates.DateLabels.Label;
import dev.newsbrief.eval.dates.DateLabels.Period;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.story.Story;
import dev.newsbrief.timeline.TimelineBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Scores the dates the timeline gives sentences against dates labelled by reading. A labelled
 * event the timeline would show is RIGHT on the labelled period, COARSER when its period holds the
 * labelled one (a month for a day), OVER-PRECISE when it names a day the report does not pin, and
 * WRONG otherwise; it is LEFT OUT when the timeline would not show it. Background and opinion the
 * timeline would show are counted apart: they are no events.
 */
public final class DatesBenchmark {
  /** Counts of one label set. */
  public static final class Counts {
    public int events, right, coarser, overPrecise, wrong, leftOut, nonEvents, nonEventsShown;
    /** The same, over the sentences the timeline actually shows (when labelled). */
    public int shownEvents, shownRight, shownNonEvents;
    /** Events shown as reported on their report's day (no day claimed for the event). */
    public int shownReported;

    public int dated() { return right + coarser + overPrecise + wrong; }
    public double share(int n) { return dated() == 0 ? 0 : (double) n / dated(); }
  }

  private DatesBenchmark() {}

  /** Counts per label set ("dev", "aside", "fresh"); {@code log} hears each error (or null). */
  public static Map<String, Counts> score(List<Label> labels, int entries, Consumer<String> log) {
    Map<String, Counts> out = new LinkedHashMap<>();
    out.put("dev", new Counts());
    out.put("aside", new Counts());
    Map<Story, List<Label>> byStory = new IdentityHashMap<>();
    for (Label l : labels) byStory.computeIfAbsent(l.story(), k -> new ArrayList<>()).add(l);
    for (var e : byStory.entrySet()) {
      Story story = e.getKey();
      Citer citer = new Citer(story);
      Map<Sentence, DatedValue> dates = new HashMap<>();
      // what is shown as reported on its report's day claims no day for the event: not scored as a date
      for (TimelineBuilder.Candidate c : TimelineBuilder.candidates(story, citer)) if (!c.reported()) dates.put(c.sentence(), c.date());
      Map<String, TimelineEntry> shown = new HashMap<>();
      for (TimelineEntry t : TimelineBuilder.build(story, citer, entries)) {
        shown.put(t.sentence().quoted().articleId() + "#" + t.sentence().quoted().start(), t);
      }
      for (Label l : e.getValue()) {
        Counts c = out.computeIfAbsent(l.set(), k -> new Counts());
        DatedValue d = dates.get(l.sentence());
        TimelineEntry entry = shown.get(l.sentence().articleId() + "#" + l.sentence().start());
        boolean onTimeline = entry != null;
        if (!l.event()) {
          c.nonEvents++;
          if (d != null) {
            c.nonEventsShown++;
            if (log != null) log.accept(l.set() + " " + "NON-EVENT " + l.kind() + " dated " + describe(d) + ": " + l.sentence().text());
          }
          if (onTimeline) c.shownNonEvents++;
          continue;
        }
        c.events++;
        String verdict = verdict(l.period(), d);
        switch (verdict) {
          case "right" -> c.right++;
          case "coarser" -> c.coarser++;
          case "over-precise" -> c.overPrecise++;
          case "wrong" -> c.wrong++;
          default -> c.leftOut++;
        }
        if (onTimeline && entry.reported()) c.shownReported++;
        else if (onTimeline) {
          c.shownEvents++;
          if (verdict.equals("right")) c.shownRight++;
        }
        if (log != null && !verdict.equals("right") && !verdict.equals("left out")) {
          log.accept(l.set() + " " + verdict.toUpperCase(Locale.ROOT) + " " + l.id() + " label " + label(l.period()) + " got " + describe(d)
              + " [" + d.evidence() + "]: " + l.sentence().text());
        }
      }
    }
    return out;
  }

  /** right, coarser, over-precise, wrong, or left out. */
  static String verdict(Period truth, DatedValue d) {
    if (d == null || !d.isKnown()) return "left out";
    Period got = period(d);
    if (truth == null) return "over-precise";
    if (got.equals(truth)) return "right";
    if (got.contains(truth)) return "coarser";
    if (truth.contains(got)) return "over-precise";
    return "wrong";
  }

  static Period period(DatedValue d) {
    var f = d.date();
    var first = switch (d.granularity()) {
      case WEEK -> f.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
      case DAY, MONTH, SEASON -> f;
      default -> f.withDayOfYear(1);
    };
    return new Period(first, d.lastDay());
  }

  private static String label(Period p) {
    return p == null ? "?" : p.first().equals(p.last()) ? p.first().toString() : p.first() + ".." + p.last();
  }

  private static String describe(DatedValue d) {
    return d == null ? "-" : d.date() + "/" + d.granularity().name().toLowerCase(Locale.ROOT);
  }

  /** The table {@code eval dates} prints. */
  public static String table(Map<String, Counts> counts) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-6s %7s %6s %7s %7s %8s %7s %9s %11s   %s%n", "set", "events", "dated",
        "right", "coarser", "too fine", "wrong", "left out", "non-events", "entries: right/events, non-events, reported"));
    for (var e : counts.entrySet()) {
      Counts c = e.getValue();
      b.append(String.format(Locale.ROOT, "%-6s %7d %6d %7s %7s %8s %7s %9d %5d/%-5d %6d/%d, %d, %d%n", e.getKey(), c.events,
          c.dated(), pct(c.share(c.right)), pct(c.share(c.coarser)), pct(c.share(c.overPrecise)), pct(c.share(c.wrong)),
          c.leftOut, c.nonEventsShown, c.nonEvents, c.shownRight, c.shownEvents, c.shownNonEvents, c.shownReported));
    }
    b.append("right, coarser, too fine (a day the report does not pin) and wrong are shares of the labelled events the\n"
        + "timeline would show (dated); non-events: background or opinion it would show / labelled; shown: right / labelled\n"
        + "events, and the background or opinion, among the entries it does show (12 per cluster); reported: labelled\n"
        + "events shown as reported on their report's day (no day claimed for the event).\n");
    return b.toString();
  }

  private static String pct(double x) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }
}
