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
}
