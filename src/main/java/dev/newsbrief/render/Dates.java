package dev.newsbrief.render;

import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Granularity;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Shows a date at the precision it is known, marking inferred ones. */
final class Dates {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private Dates() {}

  /** A day as the briefing writes it: "7 Dec 2016". */
  static String day(java.time.LocalDate d) {
    return DAY.format(d);
  }

  /**
   * A timeline entry's date as shown: "reported 3 Mar 2026" when no day is written for the event and
   * the day is the one its report was published (it happened then or before).
   */
  static String show(dev.newsbrief.model.TimelineEntry e) {
    return (e.reported() ? "reported " : "") + show(e.date());
  }

  static String show(DatedValue d) {
    if (d == null || !d.isKnown()) return "undated";
    String s = plain(d);
    return d.source() == DatedValue.Source.INFERRED ? s + " (inferred)" : s;
  }

  static String plain(DatedValue d) {
    if (d == null || !d.isKnown()) return "undated";
    return switch (d.granularity()) {
      case DAY -> DAY.format(d.date());
      case WEEK -> "week of " + DAY.format(d.date());
      case MONTH -> MONTH.format(d.date());
      case SEASON -> seasonOf(d) + " " + d.date().getYear();
      case YEAR -> String.valueOf(d.date().getYear());
      case UNKNOWN -> "undated";
    };
  }

  /** ISO-like value at its granularity: 2016-10-12, 2016-W41, 2016-10, 2016. */
  static String iso(DatedValue d) {
    if (d == null || !d.isKnown()) return null;
    return switch (d.granularity()) {
      case DAY -> d.date().toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d", d.date().get(IsoFields.WEEK_BASED_YEAR),
          d.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH, SEASON -> d.date().toString().substring(0, 7);
      case YEAR -> String.valueOf(d.date().getYear());
      case UNKNOWN -> null;
    };
  }

  private static String seasonOf(DatedValue d) {
    int m = d.date().getMonthValue();
    return m <= 2 || m == 12 ? "winter" : m <= 5 ? "spring" : m <= 8 ? "summer" : "autumn";
  }

  static boolean known(DatedValue d) {
    return d != null && d.isKnown() && d.granularity() != Granularity.UNKNOWN;
  }
}
