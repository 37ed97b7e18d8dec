package dev.newsbrief.tls;

import dev.newsbrief.model.Sentence;
import java.time.LocalDate;
import java.util.List;

/** One date of a summarised timeline and the report sentences that tell what happened that day. */
public record TimelineDay(LocalDate date, List<Sentence> sentences) {
  public TimelineDay {
    sentences = List.copyOf(sentences);
  }
}
