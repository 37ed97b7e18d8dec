package dev.newsbrief.eval.timeline;

import dev.newsbrief.Pipeline;
import dev.newsbrief.cite.Citer;
import dev.newsbrief.eval.tls.Timeline;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.story.Story;
import dev.newsbrief.timeline.TimelineBuilder;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.tls.TimelineDay;
import dev.newsbrief.tls.TimelineSummarizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A way of building a task's timeline from the reports it may see, compared with the others in one run. */
public interface TimelineMethod {
  String name();

  /** The timeline for {@code task}, from {@code documents} (already limited to the task's window). */
  Timeline build(List<Document> documents, TimelineTask task);

  /** A method called {@code name} that builds with {@code build}. */
  static TimelineMethod of(String name, java.util.function.BiFunction<List<Document>, TimelineTask, Timeline> build) {
    return new TimelineMethod() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Timeline build(List<Document> documents, TimelineTask task) {
        return build.apply(documents, task);
      }
    };
  }

  /** newsbrief's {@link TimelineSummarizer}, asked for l dates of at most k sentences within the reference span. */
  static TimelineMethod newsbrief(TimelineSummarizer summarizer) {
    return of("newsbrief", (documents, task) -> {
      Map<LocalDate, List<String>> entries = new TreeMap<>();
      for (TimelineDay day : summarizer.summarize(documents, task.request())) {
        entries.put(day.date(), day.sentences().stream().map(Sentence::text).toList());
      }
      return Timeline.of(entries);
    });
  }

  /**
   * The briefing's timeline ({@link TimelineBuilder}: the same engine over the briefing's event
   * dates and trust rules), over the reports cleaned and analysed as the briefing reads them;
   * entries shown as reported on their report's day count on that day.
   */
  static TimelineMethod briefing() {
    return of("briefing", (documents, task) -> {
      Story story = new Pipeline().analyse(documents.stream().map(Document::article).toList());
      Map<LocalDate, List<String>> entries = new TreeMap<>();
      for (TimelineEntry e : TimelineBuilder.build(story, Citer.of(story), task.request())) {
        if (e.date().granularity() == Granularity.DAY) {
          entries.computeIfAbsent(e.date().date(), x -> new ArrayList<>()).add(e.sentence().text());
        }
      }
      return Timeline.of(entries);
    });
  }

  /**
   * The tls-check "firstsent" baseline: the l publication dates with the most reports (the
   * earlier date on a tie), each with the first sentence of its first non-empty report.
   */
  static TimelineMethod firstSentence() {
    return of("firstsent", (documents, task) -> {
      Map<LocalDate, List<Document>> byDate = new TreeMap<>();
      for (Document d : documents) byDate.computeIfAbsent(d.article().published(), x -> new ArrayList<>()).add(d);
      List<LocalDate> dates = new ArrayList<>(byDate.keySet());
      dates.sort(Comparator.comparing((LocalDate d) -> -byDate.get(d).size()).thenComparing(d -> d));
      Map<LocalDate, List<String>> entries = new TreeMap<>();
      for (LocalDate d : dates.subList(0, Math.min(task.dates(), dates.size()))) {
        byDate.get(d).stream().filter(doc -> !doc.sentences().isEmpty()).findFirst()
            .ifPresent(doc -> entries.put(d, List.of(doc.sentences().get(0).text())));
      }
      return Timeline.of(entries);
    });
  }
}
