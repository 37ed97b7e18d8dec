package dev.newsbrief.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a storyline stands now: what the reports of its most recent event add to everything
 * reported before, opening the briefing of a story told over more than two weeks.
 *
 * @param date    the day of the most recent event (its newest report's), or {@code null} when the
 *                story is no storyline (then {@code summary} is empty)
 * @param summary sentences of that event's reports that no earlier report states, each cited
 */
public record Latest(LocalDate date, List<CitedSentence> summary) {
  public static final Latest NONE = new Latest(null, List.of());

  public Latest {
    summary = List.copyOf(summary);
  }

  public boolean isEmpty() {
    return summary.isEmpty();
  }
}
