package dev.newsbrief.stories;

import java.time.LocalDate;
import java.util.List;

/**
 * One storyline found in a stream.
 *
 * @param id       stable id ("s12"): a storyline keeps it as it grows
 * @param headline the headline of the report most like the storyline
 * @param reports  each report with why it joined, in the order they came
 * @param events   the storyline's events, each a list of report ids
 * @param first    its first dated report's date, or null
 * @param last     its last dated report's date, or null
 */
public record Storyline(String id, String headline, List<StoryDetector.Placement> reports, List<List<String>> events,
                        LocalDate first, LocalDate last) {
  public Storyline {
    reports = List.copyOf(reports);
    events = List.copyOf(events);
  }

  /** Biggest first, then the most recent. */
  public static final java.util.Comparator<Storyline> BIGGEST_AND_MOST_RECENT_FIRST =
      java.util.Comparator.comparingInt((Storyline s) -> -s.reports().size())
          .thenComparing(Storyline::last, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()));

  /** The ids of its reports. */
  public List<String> reportIds() {
    return reports.stream().map(StoryDetector.Placement::reportId).toList();
  }
}
