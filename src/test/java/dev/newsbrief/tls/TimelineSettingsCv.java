package dev.newsbrief.tls;

import dev.newsbrief.eval.timeline.TimelineBenchmark;
import dev.newsbrief.eval.timeline.TimelineTask;
import dev.newsbrief.eval.timeline.TimelineTopic;
import dev.newsbrief.eval.tls.Timeline;
import dev.newsbrief.eval.tls.TimelineMetrics;
import dev.newsbrief.eval.tls.TimelineScores;
import dev.newsbrief.model.Sentence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Leave-one-topic-out cross-validation of the {@link TimelineSummarizer.Settings} grid that picked
 * the defaults (a tool, not a test): for each topic, the setting with the best AR-2 on the other
 * topics builds that topic's timelines; the held-out scores are averaged the news-tls way.
 * Run after {@code mvn -q -B -DskipTests test-compile}:
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dev.newsbrief.tls.TimelineSettingsCv ../shared/data/timeline17-dev</pre>
 * with {@code cp.txt} from {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class TimelineSettingsCv {
  private TimelineSettingsCv() {}

  /** The grid: the four settings added for dates and shared bigrams; the others stay at their defaults. */
  static List<TimelineSummarizer.Settings> grid() {
    TimelineSummarizer.Settings d = TimelineSummarizer.Settings.DEFAULT;
    List<TimelineSummarizer.Settings> out = new ArrayList<>();
    for (double anticipation : new double[] {0.25, 0.5, 0.75, 1}) {
      for (double busy : new double[] {0, 0.25, 0.5, 0.75}) {
        for (double coverage : new double[] {0.5, 1, 2}) {
          for (int reports : new int[] {2, 3, 4}) {
            out.add(new TimelineSummarizer.Settings(d.leadSentences(), d.minWords(), d.maxWords(), d.topicWeight(),
                d.redundancy(), d.publicationWeight(), anticipation, busy, coverage, reports, d.datedAnywhere()));
          }
        }
      }
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    List<TimelineTopic> topics = TimelineBenchmark.read(Path.of(args[0]));
    List<TimelineTask> tasks = new ArrayList<>();
    List<DatedSentences> stories = new ArrayList<>();
    for (TimelineTopic t : topics) {
      for (TimelineTask task : t.tasks()) {
        tasks.add(task);
        stories.add(DatedSentences.of(task.window(t.documents())));
      }
    }
    Map<TimelineSummarizer.Settings, List<TimelineScores>> scores = new LinkedHashMap<>();
    for (TimelineSummarizer.Settings s : grid()) {
      TimelineSummarizer summarizer = new TimelineSummarizer(s);
      List<TimelineScores> row = new ArrayList<>();
      for (int i = 0; i < tasks.size(); i++) row.add(score(summarizer, stories.get(i), tasks.get(i)));
      scores.put(s, row);
    }
    List<TimelineScores> heldOut = new ArrayList<>();
    for (TimelineTopic held : topics) {
      TimelineSummarizer.Settings pick = best(scores, tasks, held.name());
      System.out.println("without " + held.name() + ": " + pick);
      for (int i = 0; i < tasks.size(); i++) {
        if (tasks.get(i).topic().equals(held.name())) heldOut.add(scores.get(pick).get(i));
      }
    }
    TimelineSummarizer.Settings all = best(scores, tasks, null);
    print("all topics, best " + all, TimelineScores.mean(scores.get(all)));
    print("defaults", TimelineScores.mean(scores.get(TimelineSummarizer.Settings.DEFAULT)));
    print("leave-one-topic-out", TimelineScores.mean(heldOut));
  }

  /** The setting with the best mean AR-2 F1 over the tasks not of topic {@code without}; the first on a tie. */
  private static TimelineSummarizer.Settings best(Map<TimelineSummarizer.Settings, List<TimelineScores>> scores,
                                                  List<TimelineTask> tasks, String without) {
    TimelineSummarizer.Settings best = null;
    double bestF = -1;
    for (Map.Entry<TimelineSummarizer.Settings, List<TimelineScores>> e : scores.entrySet()) {
      List<TimelineScores> train = new ArrayList<>();
      for (int i = 0; i < tasks.size(); i++) {
        if (!tasks.get(i).topic().equals(without)) train.add(e.getValue().get(i));
      }
      double f = TimelineScores.mean(train).alignManyToOne().rouge2().f1();
      if (f > bestF) {
        bestF = f;
        best = e.getKey();
      }
    }
    return best;
  }

  private static TimelineScores score(TimelineSummarizer summarizer, DatedSentences story, TimelineTask task) {
    TimelineRequest r = new TimelineRequest(task.dates(), task.sentencesPerDate(), task.from(), task.to());
    Map<LocalDate, List<String>> entries = new TreeMap<>();
    for (TimelineDay d : summarizer.summarize(story, r)) entries.put(d.date(), d.sentences().stream().map(Sentence::text).toList());
    return TimelineMetrics.evaluate(Timeline.of(entries), task.reference());
  }

  private static void print(String what, TimelineScores s) {
    System.out.printf(Locale.ROOT, "%-100s AR-1 %.4f  AR-2 %.4f  Date-F %.4f%n", what, s.alignManyToOne().rouge1().f1(),
        s.alignManyToOne().rouge2().f1(), s.date().f1());
  }
}
