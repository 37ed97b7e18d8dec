package dev.newsbrief.tls;

import dev.newsbrief.model.Document;
import java.time.LocalDate;
import java.util.List;

/**
 * How a timeline places reports and their sentences in time: each report's day, and for each of
 * its sentences the days it names, the days of what it reports, and whether it may be quoted.
 * {@link #WRITTEN_DAYS} reads written days only; the briefing gives the event dates of its
 * {@link dev.newsbrief.time.EventDater} and its own rules for what a timeline may quote.
 */
public interface Dating {
  /**
   * One sentence placed in time.
   *
   * @param mentions the distinct days it names, in text order
   * @param events   the days of what it reports (a subset of the days it names, or a day another
   *                 report gives the same event)
   * @param dayNews  it reports news of its report's own day (it names no day, and tells no background)
   * @param quotable a timeline may quote it
   */
  record SentenceDates(List<LocalDate> mentions, List<LocalDate> events, boolean dayNews, boolean quotable) {}

  /** The report's day, or null when it is not known to the day (the report is then left out). */
  LocalDate published(Document report);

  /** One entry per sentence of {@code report}, in order; {@code published} is {@link #published}'s. */
  List<SentenceDates> sentences(Document report, LocalDate published);

  /** Publication dates as given, the days each sentence writes, every sentence quotable. */
  Dating WRITTEN_DAYS = new Dating() {
    @Override
    public LocalDate published(Document report) {
      return report.article().published();
    }

    @Override
    public List<SentenceDates> sentences(Document report, LocalDate published) {
      return DatedSentences.writtenDays(report, published);
    }
  };
}
