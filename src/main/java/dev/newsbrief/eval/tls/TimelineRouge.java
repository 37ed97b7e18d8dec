package dev.newsbrief.eval.tls;

import java.util.List;

/** One timeline ROUGE variant at ROUGE-1 and ROUGE-2. */
public record TimelineRouge(Prf rouge1, Prf rouge2) {

  /** news-tls averaging, separately for ROUGE-1 and ROUGE-2. */
  public static TimelineRouge mean(List<TimelineRouge> values) {
    return new TimelineRouge(
        Prf.mean(values.stream().map(TimelineRouge::rouge1).toList()),
        Prf.mean(values.stream().map(TimelineRouge::rouge2).toList()));
  }
}
