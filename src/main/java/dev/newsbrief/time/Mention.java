package dev.newsbrief.time;

import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.TimeExpression;
import dev.newsbrief.model.TimeExpression.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A temporal expression as found, before it is placed on the calendar: what the words say
 * ("Saturday", "last month", "December 2") and which way the sentence leans. {@link #resolve}
 * places it relative to a report date, so the same mention can be tried against several candidate
 * dates (see {@link ReportDater}).
 *
 * @param year  a written year, or 0; for DECADE the first year of the decade
 * @param month 1..12 for dates, 1..4 for QUARTER and SEASON (spring..winter), or 0
 * @param day   1..31, or 0
 * @param dow   1..7 (Monday..Sunday) for a weekday, also when written beside a date, or 0
 * @param shift for RELATIVE the signed count of units from the report date; for WEEKDAY, SEASON,
 *              QUARTER and month names -1/0/+1 for last/this/next, or {@link #BARE}
 * @param fixed the value of a DURATION, SET or REF, which needs no anchor
 * @param dayMonthAmbiguous a numeric date like 04/05/2016 that reads either way
 */
record Mention(int start, int end, String text, Type type, int year, int month, int day, int dow,
               int shift, Unit unit, String fixed, Tense tense, boolean dayMonthAmbiguous) {

  /** NARRATIVE: counted from the day the story last named ("a day later"); RELATIVE: from the report date. */
  enum Type { DATE, WEEKDAY, RELATIVE, NARRATIVE, SEASON, QUARTER, DECADE, DURATION, SET, REF }

  enum Unit { DAY, WEEK, WEEKEND, MONTH, YEAR }

  /** No last/this/next: the tense decides. */
  static final int BARE = Integer.MIN_VALUE;

  private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

  Mention withYear(int y) {
    return new Mention(start, end, text, type, y, month, day, dow, shift, unit, fixed, tense, dayMonthAmbiguous);
  }

  TimeExpression resolve(LocalDate anchor) {
    return switch (type) {
      case DURATION -> expression(fixed, null, null, Kind.DURATION);
      case SET -> expression(fixed, null, null, Kind.SET);
      case REF -> expression(fixed, null, null, Kind.REFERENCE);
      case DECADE -> expression(Integer.toString(year / 10), LocalDate.of(year, 1, 1), Granularity.YEAR, Kind.DATE);
      case DATE -> date(anchor);
      case WEEKDAY -> anchor == null ? unresolved("XXXX-WXX-" + dow, Granularity.DAY) : day(weekday(anchor));
      case RELATIVE, NARRATIVE -> relative(anchor);
      case SEASON -> season(anchor);
      case QUARTER -> quarter(anchor);
    };
  }

  private TimeExpression date(LocalDate anchor) {
    if (year != 0) {
      if (day != 0) return day(dayMonthAmbiguous && anchor != null ? dayNear(anchor) : LocalDate.of(year, month, day));
      if (month != 0) return month(LocalDate.of(year, month, 1));
      return year(year);
    }
    if (anchor == null) {
      String v = day != 0 ? String.format("XXXX-%02d-%02d", month, day) : String.format("XXXX-%02d", month);
      return unresolved(v, day != 0 ? Granularity.DAY : Granularity.MONTH);
    }
    if (day == 0) return month(monthNear(anchor));
    return day(dayNear(anchor));
  }

  /** The occurrence of month/day nearest the anchor, leaning the way the tense points. */
  private LocalDate dayNear(LocalDate anchor) {
    LocalDate best = null;
    double bestCost = Double.MAX_VALUE;
    int first = year != 0 ? year : anchor.getYear() - 1, last = year != 0 ? year : anchor.getYear() + 1;
    for (int y = first; y <= last; y++) {
      for (boolean swap : dayMonthAmbiguous ? new boolean[] {false, true} : new boolean[] {false}) {
        int m = swap ? day : month, d = swap ? month : day;
        if (d > LocalDate.of(y, m, 1).lengthOfMonth()) continue;
        LocalDate c = LocalDate.of(y, m, d);
        double cost = lean(c.toEpochDay() - anchor.toEpochDay());
        if (cost < bestCost) { bestCost = cost; best = c; }
      }
    }
    return best;
  }

  private LocalDate monthNear(LocalDate anchor) {
    LocalDate here = anchor.withDayOfMonth(1);
    if (shift == 0) return here.withMonth(month);
    if (shift == -1) { // last July: the most recent July before this month
      LocalDate c = here.withMonth(month);
      return c.isBefore(here) ? c : c.minusYears(1);
    }
    if (shift == 1) {
      LocalDate c = here.withMonth(month);
      return c.isAfter(here) ? c : c.plusYears(1);
    }
    LocalDate best = null;
    double bestCost = Double.MAX_VALUE;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      LocalDate c = LocalDate.of(y, month, 1);
      double cost = lean((c.getYear() - here.getYear()) * 12L + c.getMonthValue() - here.getMonthValue());
      if (cost < bestCost) { bestCost = cost; best = c; }
    }
    return best;
  }

  /** Distance to a candidate, counted three times over against the tense (news leans past). */
  private double lean(long signedDistance) {
    double d = Math.abs(signedDistance);
    if (signedDistance > 0 && tense != Tense.FUTURE) return d * (tense == Tense.PAST ? 3 : 1.5);
    if (signedDistance < 0 && tense == Tense.FUTURE) return d * 3;
    return d;
  }

  LocalDate weekday(LocalDate anchor) {
    DayOfWeek target = DayOfWeek.of(dow);
    return switch (shift) {
      case -1 -> anchor.with(TemporalAdjusters.previous(target));
      case 1 -> anchor.with(TemporalAdjusters.next(target));
      case 0 -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(dow - 1L);
      default -> {
        if (anchor.getDayOfWeek() == target) yield anchor;
        yield tense == Tense.FUTURE ? anchor.with(TemporalAdjusters.next(target))
            : anchor.with(TemporalAdjusters.previous(target));
      }
    };
  }

  private TimeExpression relative(LocalDate anchor) {
    if (anchor == null) {
      return switch (unit) {
        case DAY -> unresolved("XXXX-XX-XX", Granularity.DAY);
        case WEEK, WEEKEND -> unresolved("XXXX-WXX", Granularity.WEEK);
        case MONTH -> unresolved("XXXX-XX", Granularity.MONTH);
        case YEAR -> unresolved("XXXX", Granularity.YEAR);
      };
    }
    return switch (unit) {
      case DAY -> day(anchor.plusDays(shift));
      // "last week" in a Sunday paper is the week that day ends
      case WEEK -> week(shift == -1 && anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? anchor : anchor.plusWeeks(shift));
      case WEEKEND -> weekend(anchor);
      case MONTH -> month(anchor.withDayOfMonth(1).plusMonths(shift));
      case YEAR -> year(anchor.getYear() + shift);
    };
  }

  private TimeExpression weekend(LocalDate anchor) {
    LocalDate saturday;
    if (shift == 0 && tense == Tense.PAST && anchor.getDayOfWeek().getValue() < 6) {
      // "backed away from talks this weekend", written on a Tuesday: the weekend just gone
      saturday = anchor.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
    } else if (shift != BARE) {
      saturday = anchor.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
    } else if (anchor.getDayOfWeek().getValue() >= 6) {
      saturday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    } else {
      saturday = tense == Tense.FUTURE ? anchor.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
          : anchor.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
    }
    String v = weekValue(saturday) + "-WE";
    return expression(v, saturday, Granularity.WEEK, Kind.DATE);
  }

  private TimeExpression season(LocalDate anchor) {
    int y = year;
    if (y == 0) {
      if (anchor == null) return unresolved("XXXX-" + SEASONS[month - 1], Granularity.SEASON);
      y = pickYear(anchor, seasonStart(anchor.getYear(), month), seasonOf(anchor));
    }
    return expression(y + "-" + SEASONS[month - 1], seasonStart(y, month), Granularity.SEASON, Kind.DATE);
  }

  private TimeExpression quarter(LocalDate anchor) {
    int y = year;
    if (y == 0) {
      if (anchor == null) return unresolved("XXXX-Q" + month, Granularity.SEASON);
      int current = (anchor.getMonthValue() - 1) / 3 + 1;
      // "the first quarter" in a past sentence is the latest one that has begun
      if (shift == -1) y = month < current ? anchor.getYear() : anchor.getYear() - 1;
      else if (shift == 1 || tense == Tense.FUTURE) y = month > current ? anchor.getYear() : anchor.getYear() + 1;
      else y = month <= current ? anchor.getYear() : anchor.getYear() - 1;
    }
    return expression(y + "-Q" + month, LocalDate.of(y, month * 3 - 2, 1), Granularity.SEASON, Kind.DATE);
  }

  /** For seasons: this/last/next, else the tense, choose among this year's, last year's and next year's. */
  private int pickYear(LocalDate anchor, LocalDate thisYears, int current) {
    int y = anchor.getYear();
    boolean begun = !thisYears.isAfter(anchor);
    if (shift == 0) return y;
    if (shift == -1) return begun && month != current ? y : y - 1;
    if (shift == 1) return begun ? y + 1 : y;
    if (month == current) return thisYears.isAfter(anchor) ? y - 1 : y; // January is in last year's winter
    if (tense == Tense.FUTURE) return begun ? y + 1 : y;
    if (tense == Tense.PAST) return begun ? y : y - 1;
    return y;
  }

  private static LocalDate seasonStart(int year, int season) {
    return LocalDate.of(year, season * 3, 1);
  }

  private static int seasonOf(LocalDate d) {
    int m = d.getMonthValue();
    return m == 12 || m <= 2 ? 4 : m / 3;
  }

  static String weekValue(LocalDate d) {
    return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private TimeExpression day(LocalDate d) {
    return expression(d.toString(), d, Granularity.DAY, Kind.DATE);
  }

  private TimeExpression week(LocalDate d) {
    return expression(weekValue(d), d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), Granularity.WEEK, Kind.DATE);
  }

  private TimeExpression month(LocalDate first) {
    return expression(String.format("%d-%02d", first.getYear(), first.getMonthValue()), first, Granularity.MONTH, Kind.DATE);
  }

  private TimeExpression year(int y) {
    return expression(Integer.toString(y), LocalDate.of(y, 1, 1), Granularity.YEAR, Kind.DATE);
  }

  private TimeExpression unresolved(String value, Granularity g) {
    return expression(value, null, g, Kind.DATE);
  }

  private TimeExpression expression(String value, LocalDate date, Granularity g, Kind kind) {
    return new TimeExpression(text, start, end, value, g == null ? Granularity.UNKNOWN : g, date, kind);
  }
}
