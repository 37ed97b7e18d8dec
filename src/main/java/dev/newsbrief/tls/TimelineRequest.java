package dev.newsbrief.tls;

import java.time.LocalDate;

/**
 * What timeline to build: how many dates, how many sentences per date at most, and the span the
 * dates must fall in.
 *
 * @param dates            the number of dates wanted (fewer only when the reports support fewer)
 * @param sentencesPerDate the most sentences in one day's summary
 * @param from             the earliest date allowed, or {@code null} for the earliest publication date
 * @param to               the latest date allowed, or {@code null} for the latest publication date
 */
public record TimelineRequest(int dates, int sentencesPerDate, LocalDate from, LocalDate to) {
  public TimelineRequest {
    if (dates < 0 || sentencesPerDate < 1) {
      throw new IllegalArgumentException("need dates >= 0 and sentencesPerDate >= 1, got " + dates + ", " + sentencesPerDate);
    }
    if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("span ends before it starts");
  }

  /** {@code dates} dates of at most {@code sentencesPerDate} sentences, anywhere the reports cover. */
  public static TimelineRequest of(int dates, int sentencesPerDate) {
    return new TimelineRequest(dates, sentencesPerDate, null, null);
  }
}
