package dev.newsbrief.eval.tls;

import java.util.List;

/**
 * The timeline-summarization scores of one predicted timeline against one reference.
 *
 * @param concat concat ROUGE: all sentences of each timeline as one summary
 * @param agreement agreement ROUGE: day summaries compared on the same date only
 * @param alignManyToOne tilse's align+ m:1 ({@code align_date_content_costs_many_to_one}); its F1
 *     values are news-tls's AR-1 and AR-2
 * @param date exact-day date precision, recall and F1 (news-tls's Date-F1)
 */
public record TimelineScores(
    TimelineRouge concat, TimelineRouge agreement, TimelineRouge alignManyToOne, Prf date) {

  /**
   * news-tls's average over tasks (one task per topic and reference timeline): mean P, mean R and
   * F1 of the means, for each metric separately.
   */
  public static TimelineScores mean(List<TimelineScores> tasks) {
    return new TimelineScores(
        TimelineRouge.mean(tasks.stream().map(TimelineScores::concat).toList()),
        TimelineRouge.mean(tasks.stream().map(TimelineScores::agreement).toList()),
        TimelineRouge.mean(tasks.stream().map(TimelineScores::alignManyToOne).toList()),
        Prf.mean(tasks.stream().map(TimelineScores::date).toList()));
  }
}
