package dev.newsbrief.eval.timeline;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.eval.tls.Timeline;
import java.time.LocalDate;
import java.util.List;

/** Writes a timeline in the Timeline17 format: a date line, its sentences, a line of 32 hyphens. */
public final class TimelineWriter {
  private TimelineWriter() {}

  public static String format(Timeline timeline) {
    StringBuilder b = new StringBuilder();
    for (LocalDate d : timeline.dates()) {
      b.append(d).append('\n');
      List<String> sentences = timeline.sentences(d);
      for (String s : sentences) b.append(Patterns.replaceAll(s, "\\s+", " ").strip()).append('\n');
      b.append("-".repeat(32)).append('\n');
    }
    return b.toString();
  }
}
