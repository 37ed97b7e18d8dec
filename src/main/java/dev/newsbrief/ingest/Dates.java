package dev.newsbrief.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as inputs write them: ISO dates and timestamps (the local date of the
 * timestamp's own offset is the publication date), RFC 1123, US numeric (10/17/1998), compact
 * (19981017), and "October 17, 1998" / "17 Oct 1998".
 */
final class Dates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern US = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b([A-Za-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\\.?,? (\\d{4})\\b");

  private Dates() {}

  /** A day written as whole segments of a path or URL ("/2016/10/12/", ".../2010-05-03/"). */
  private static final Pattern FILED_UNDER = Pattern.compile("(?:^|/)((?:19|20)\\d\\d)[-/](\\d{1,2})[-/](\\d{1,2})(?=/)");

  /**
   * The day a report is filed under in its path or URL (crawls and archives file reports by day:
   * ".../2010-05-03/436.htm.txt", "https://…/2016/10/12/story"), the deepest one; or {@code null}.
   */
  static LocalDate filedUnder(String pathOrUrl) {
    if (pathOrUrl == null) return null;
    Matcher m = FILED_UNDER.matcher(pathOrUrl.replace('\\', '/'));
    LocalDate found = null;
    while (m.find()) {
      LocalDate d = parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
      if (d != null) found = d;
    }
    return found;
  }

  /** The date a string names, or {@code null}. */
  static LocalDate parse(String s) {
    LocalDate d = parseAny(s);
    return d == null || !dev.newsbrief.model.Article.datable(d) ? null : d;
  }

  private static LocalDate parseAny(String s) {
    if (s == null) return null;
    s = s.strip();
    if (s.isEmpty()) return null;
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeException ignored) {
      // not a full ISO timestamp with offset; try the looser forms below
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeException ignored) {
      // not RFC 1123
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = COMPACT.matcher(s);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = US.matcher(s);
    if (m.find()) return date(m.group(3), m.group(1), m.group(2));
    m = MONTH_FIRST.matcher(s);
    if (m.find()) {
      Month month = month(m.group(1));
      if (month != null) return date(m.group(3), String.valueOf(month.getValue()), m.group(2));
    }
    m = DAY_FIRST.matcher(s);
    if (m.find()) {
      Month month = month(m.group(2));
      if (month != null) return date(m.group(3), String.valueOf(month.getValue()), m.group(1));
    }
    return null;
  }

  private static LocalDate date(String y, String mo, String d) {
    try {
      int year = Integer.parseInt(y);
      return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.length() < 3) return null;
    for (Month m : Month.values()) {
      String full = m.name().toLowerCase(Locale.ROOT);
      if (full.startsWith(n) && (n.length() == 3 || n.length() == full.length() || n.equals("sept"))) return m;
    }
    return n.equals("sept") ? Month.SEPTEMBER : null;
  }
}
