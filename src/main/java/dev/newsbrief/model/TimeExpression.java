package dev.newsbrief.model;

import java.time.LocalDate;

/**
 * A temporal expression found in text and resolved to the calendar.
 *
 * @param text        as written ("on Wednesday", "last month", "Feb. 4")
 * @param start       offset into the article text
 * @param end         offset after it
 * @param value       normalised value in TIMEX3 style: {@code 2016-10-12}, {@code 2016-W41},
 *                    {@code 2016-10}, {@code 2016-SU}, {@code 2016}, {@code P5Y} for durations,
 *                    {@code PAST_REF}/{@code PRESENT_REF}/{@code FUTURE_REF} for vague references
 * @param granularity how precise {@code value} is
 * @param date        first day of the period {@code value} names, or {@code null} for durations and
 *                    vague references
 * @param kind        DATE, DURATION, SET or REFERENCE
 */
public record TimeExpression(String text, int start, int end, String value, Granularity granularity,
                             LocalDate date, Kind kind) {
  public enum Kind { DATE, DURATION, SET, REFERENCE }
}
