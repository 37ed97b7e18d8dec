package dev.newsbrief.eval.dates;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.eval.labels.LabelledStories;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Event dates labelled by reading ({@code labels/event-dates.tsv}): for a sentence, when the event
 * its main clause reports happened, as precisely as its report tells, and whether it is an event at
 * all (event, plan, background, opinion).
 */
public final class DateLabels {
  /** The period a label or a system date names: first and last day, both inclusive. */
  public record Period(LocalDate first, LocalDate last) {
    public boolean contains(Period o) { return !o.first.isBefore(first) && !o.last.isAfter(last); }
    public boolean overlaps(Period o) { return !o.last.isBefore(first) && !o.first.isAfter(last); }

    /** {@code 2016-10-12}, {@code 2016-W41}, {@code 2016-10} or {@code 2016}; null for "?" or anything else. */
    public static Period parse(String v) {
      try {
        if (Patterns.matches(v, "\\d{4}-\\d{2}-\\d{2}")) { LocalDate d = LocalDate.parse(v); return new Period(d, d); }
        if (Patterns.matches(v, "\\d{4}-W\\d{2}")) {
          LocalDate monday = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 4)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6)))
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          return new Period(monday, monday.plusDays(6));
        }
        if (Patterns.matches(v, "\\d{4}-\\d{2}")) { YearMonth m = YearMonth.parse(v); return new Period(m.atDay(1), m.atEndOfMonth()); }
        if (Patterns.matches(v, "\\d{4}")) { int y = Integer.parseInt(v); return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)); }
      } catch (RuntimeException e) {
        return null;
      }
      return null;
    }
  }

  /** One label, located: {@code period} null when the report does not date the event. */
  public record Label(String id, String cluster, String set, Story story, Sentence sentence, Period period,
                      String kind) {
    /** A happening that belongs on a timeline (done or scheduled), not background or opinion. */
    public boolean event() { return kind.equals("event") || kind.equals("plan"); }
  }

  public record Loaded(List<Label> labels, int unlocated) {}

  private DateLabels() {}

  public static Loaded load(LabelledStories stories) throws IOException {
    List<Label> out = new ArrayList<>();
    int unlocated = 0;
    // id, cluster, set, ref, date, kind, anchor (the sentence's first words, to check the split)
    for (String[] r : LabelledStories.rows("event-dates.tsv")) {
      Story story = stories.story(r[1]);
      Sentence s = story == null ? null : LabelledStories.sentence(story, r[3]);
      if (s == null || s.start() != LabelledStories.offset(r[3]) || !s.text().startsWith(r[6])) {
        unlocated++;
        continue;
      }
      out.add(new Label(r[0], r[1], r[2], story, s, Period.parse(r[4]), r[5]));
    }
    return new Loaded(out, unlocated);
  }
}
