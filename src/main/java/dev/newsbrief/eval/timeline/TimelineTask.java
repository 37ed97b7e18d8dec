package dev.newsbrief.eval.timeline;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.eval.tls.Timeline;
import dev.newsbrief.model.Document;
import dev.newsbrief.tls.TimelineRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * One news-tls task: a topic scored against one of its reference timelines. The system is told
 * the number of reference dates and the mean number of sentences per reference date (rounded as
 * Python rounds, half to even), and sees only the reports published within the reference's span.
 *
 * @param topic            the topic folder name
 * @param name             the reference file name without {@code .txt}
 * @param reference        the reference timeline
 * @param dates            l: the number of reference dates
 * @param sentencesPerDate k: round(mean sentences per reference date), at least 1
 * @param from             the reference's first date
 * @param to               the reference's last date
 */
public record TimelineTask(String topic, String name, Timeline reference, int dates, int sentencesPerDate,
                           LocalDate from, LocalDate to) {

  public static TimelineTask of(String topic, String file, Timeline reference) {
    List<LocalDate> days = reference.dates();
    if (days.isEmpty()) throw new IllegalArgumentException("reference " + topic + "/" + file + " has no dates");
    int sentences = reference.allSentences().size();
    int k = (int) Math.max(1, roundHalfEven((double) sentences / days.size()));
    return new TimelineTask(topic, Patterns.replaceFirst(file, "\\.txt$", ""), reference, days.size(), k,
        days.get(0), days.get(days.size() - 1));
  }

  /** Python 3's round(): halves go to the even neighbour, so 2.5 gives 2 and 3.5 gives 4. */
  static long roundHalfEven(double x) {
    return (long) Math.rint(x);
  }

  /** What a system is asked for: l dates of at most k sentences within the reference's span. */
  public TimelineRequest request() {
    return new TimelineRequest(dates, sentencesPerDate, from, to);
  }

  public String id() {
    return topic + "/" + name;
  }

  /** The reports published within the reference's span, ends included. */
  public List<Document> window(List<Document> documents) {
    return documents.stream().filter(d -> {
      LocalDate p = d.article().published();
      return p != null && !p.isBefore(from) && !p.isAfter(to);
    }).toList();
  }
}
