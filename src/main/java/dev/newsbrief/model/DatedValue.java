package dev.newsbrief.model;

import java.time.LocalDate;

/**
 * A date with how it is known: given by the input, inferred from evidence, or unknown.
 *
 * @param date        first day of the period, or {@code null} when undated
 * @param granularity precision of {@code date}
 * @param source      GIVEN (the input carried it), INFERRED (from the text) or NONE
 * @param confidence  0..1; 1 for given dates
 * @param evidence    human explanation of an inference, or empty
 */
public record DatedValue(LocalDate date, Granularity granularity, Source source, double confidence,
                         String evidence) {
  public enum Source { GIVEN, INFERRED, NONE }

  public static DatedValue given(LocalDate date) {
    return new DatedValue(date, Granularity.DAY, Source.GIVEN, 1.0, "");
  }

  public static DatedValue undated() {
    return new DatedValue(null, Granularity.UNKNOWN, Source.NONE, 0.0, "");
  }

  public boolean isKnown() { return date != null; }

  /**
   * The day to sort on: the date itself, except that a season or a year sorts at its end, since it
   * may be any day of it (so "2016" comes after "7 Dec 2016"); {@code null} when undated.
   */
  public LocalDate sortKey() {
    return granularity == Granularity.YEAR || granularity == Granularity.SEASON ? lastDay() : date;
  }

  /**
   * The last day the value may be: the day itself, or the end of its ISO week (a weekend is dated by
   * its Saturday), month, season or year; {@code null} when undated.
   */
  public LocalDate lastDay() {
    if (date == null) return null;
    return switch (granularity) {
      case DAY -> date;
      case WEEK -> date.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
      case SEASON -> date.plusMonths(3).minusDays(1);
      default -> date.withDayOfYear(date.lengthOfYear());
    };
  }
}
