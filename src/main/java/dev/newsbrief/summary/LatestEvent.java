package dev.newsbrief.summary;

import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The most recent event of a storyline and what it adds. A story is a storyline when its reports
 * dated to the day span more than two weeks; its latest event is told by the reports dated within
 * two days of the newest; what they add to everything before is an update brief of them.
 */
public final class LatestEvent {
  static final int STORYLINE_DAYS = 14;
  static final int EVENT_DAYS = 2;
  /** Words the latest event is told in: a sentence or two, before the summary as background. */
  public static final int WORDS = 50;

  private LatestEvent() {}

  /** The day of the story's most recent event, or {@code null} when the story is no storyline. */
  public static LocalDate day(Story story) {
    LocalDate first = null, last = null;
    for (Document d : story.documents()) {
      LocalDate day = dayOf(story, d);
      if (day == null) continue;
      if (first == null || day.isBefore(first)) first = day;
      if (last == null || day.isAfter(last)) last = day;
    }
    return first != null && ChronoUnit.DAYS.between(first, last) > STORYLINE_DAYS ? last : null;
  }

  /**
   * The sentences that tell what the latest event adds, in reading order (none for a story that is
   * no storyline): an update brief ({@link UpdateSummarizer}) of the event's reports for a reader of
   * everything before, generous, of which what the reports put first (the news of the day leads a
   * report; background comes further down), within {@link #WORDS}.
   */
  public static List<Sentence> sentences(Story story) {
    LocalDate day = day(story);
    if (day == null) return List.of();
    // copies count too: a report that repeats an earlier one and adds the news is still today's
    Set<String> latest = new HashSet<>();
    for (Document d : story.documents()) {
      LocalDate own = dayOf(story, d);
      if (own != null && ChronoUnit.DAYS.between(own, day) <= EVENT_DAYS) latest.add(d.id());
    }
    List<Sentence> chosen = new ArrayList<>(new UpdateSummarizer(latest).summarize(story, 3 * WORDS));
    chosen.removeIf(s -> s.index() >= TOP);
    chosen.sort(java.util.Comparator.comparingInt(Sentence::index));
    List<Sentence> out = new ArrayList<>();
    int words = 0;
    for (Sentence s : chosen) {
      int w = Summarizer.words(s.text());
      if (words + w > WORDS && !out.isEmpty()) continue;
      out.add(s);
      words += w;
    }
    return out;
  }

  /** Sentences of a report this far down are background more often than the day's news. */
  static final int TOP = 5;

  private static LocalDate dayOf(Story story, Document d) {
    DatedValue v = story.date(d.id());
    return v.isKnown() && v.granularity() == Granularity.DAY ? v.date() : null;
  }
}
