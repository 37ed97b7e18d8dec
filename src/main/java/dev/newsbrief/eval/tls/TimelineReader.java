package dev.newsbrief.eval.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Timeline17 format (a date line, one sentence per line, a line of 32 hyphens) the way
 * tilse reads it: lines are trimmed; a line that is a valid date sets the block's date; the
 * hyphen line closes the block; every other non-empty line is a sentence. A date seen twice keeps
 * only its later block (blocks are not merged). A block without a valid date (e.g. "2011-04-0") is
 * dropped with its sentences, as news-tls's authors did. Block order does not matter. A last
 * block not closed by the hyphen line is kept.
 */
public final class TimelineReader {
  private static final String SEPARATOR = "-".repeat(32);
  /** What Python's strptime("%Y-%m-%d") accepts: a 4-digit year, 1-2 digit month and day. */
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  private TimelineReader() {}

  public static Timeline read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  public static Timeline parse(String text) {
    TreeMap<LocalDate, List<String>> entries = new TreeMap<>();
    LocalDate date = null;
    List<String> sentences = new ArrayList<>();
    for (String raw : text.split("\\R", -1)) {
      String line = TimelineText.strip(raw);
      if (line.equals(SEPARATOR)) {
        if (date != null) entries.put(date, sentences);
        date = null;
        sentences = new ArrayList<>();
      } else if (!line.isEmpty()) {
        LocalDate parsed = parseDate(line);
        if (parsed != null) date = parsed;
        else sentences.add(line);
      }
    }
    if (date != null) entries.put(date, sentences);
    return new Timeline(entries);
  }

  /** The date a line names, or null when it is not a valid YYYY-MM-DD date. */
  static LocalDate parseDate(String line) {
    Matcher m = DATE.matcher(line);
    if (!m.matches()) return null;
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
