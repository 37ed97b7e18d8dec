package dev.newsbrief.eval.timeline;

import dev.newsbrief.eval.tls.Timeline;
import dev.newsbrief.eval.tls.TimelineMetrics;
import dev.newsbrief.eval.tls.TimelineScores;
import dev.newsbrief.model.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Runs every method on every task in one process, so all comparisons come from the same machine
 * and run, and scores each timeline with tilse's metrics as news-tls calls them.
 */
public final class TimelineRun {
  /** One method's timeline for one task, its scores and the time building it took. */
  public record Row(String method, TimelineTask task, Timeline timeline, TimelineScores scores, double millis) {}

  private TimelineRun() {}

  /**
   * @param progress called after each topic with (topics done, topic name)
   * @return rows grouped by method, tasks in input order
   */
  public static Map<String, List<Row>> run(List<TimelineTopic> topics, List<TimelineMethod> methods,
                                           BiConsumer<Integer, String> progress) {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (TimelineMethod m : methods) out.put(m.name(), new ArrayList<>());
    int done = 0;
    for (TimelineTopic topic : topics) {
      for (TimelineTask task : topic.tasks()) {
        List<Document> visible = task.window(topic.documents());
        for (TimelineMethod m : methods) {
          long t = System.nanoTime();
          Timeline timeline = m.build(visible, task);
          double ms = (System.nanoTime() - t) / 1e6;
          out.get(m.name()).add(new Row(m.name(), task, timeline, TimelineMetrics.evaluate(timeline, task.reference()), ms));
        }
      }
      progress.accept(++done, topic.name());
    }
    return out;
  }

  /** news-tls's average over a method's tasks. */
  public static TimelineScores mean(List<Row> rows) {
    return TimelineScores.mean(rows.stream().map(Row::scores).toList());
  }
}
