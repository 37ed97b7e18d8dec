package dev.newsbrief.eval.timeline;

import dev.newsbrief.eval.tls.Timeline;
import dev.newsbrief.model.Document;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One Timeline17 topic: its reports (ordered by publication date, then numeric file id; empty
 * files kept, as the benchmark counts them) and its reference timelines by file name.
 */
public record TimelineTopic(String name, List<Document> documents, SortedMap<String, Timeline> references) {
  public TimelineTopic {
    documents = List.copyOf(documents);
    references = new TreeMap<>(references);
  }

  public static TimelineTopic of(String name, List<Document> documents, Map<String, Timeline> references) {
    return new TimelineTopic(name, documents, new TreeMap<>(references));
  }

  /** One task per reference timeline, as news-tls evaluates. */
  public List<TimelineTask> tasks() {
    return references.entrySet().stream().map(e -> TimelineTask.of(name, e.getKey(), e.getValue())).toList();
  }
}
