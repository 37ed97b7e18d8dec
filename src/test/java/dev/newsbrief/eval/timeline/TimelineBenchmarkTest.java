package dev.newsbrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.eval.tls.Timeline;
import dev.newsbrief.eval.tls.TimelineReader;
import dev.newsbrief.eval.tls.TimelineScores;
import dev.newsbrief.model.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On real Timeline17 dev topics (../shared/data, skipped when absent). */
class TimelineBenchmarkTest {

  @Test
  void readsOneSentencePerLineWithPublicationDates() throws IOException {
    Path topic = Fixtures.shared("timeline17-dev").resolve("H1N1_guardian");
    TimelineTopic t = TimelineBenchmark.readTopic(topic);
    assertThat(t.name()).isEqualTo("H1N1_guardian");
    assertThat(t.documents()).hasSize(76);
    assertThat(t.documents()).allSatisfy(d -> assertThat(d.article().published()).isNotNull());
    Document first = t.documents().stream().filter(d -> !d.sentences().isEmpty()).findFirst().orElseThrow();
    assertThat(first.sentences()).allSatisfy(s -> assertThat(s.text()).doesNotContain("\n").isEqualTo(s.text().strip()));
    assertThat(t.references()).containsOnlyKeys("swine_flu_guardian.txt");
  }

  /** The baseline, given every report (no span limit), is exactly tls-check's firstsent prediction. */
  @Test
  void firstSentenceBaselineMatchesTheTlsCheckPrediction() throws IOException {
    Path data = Fixtures.shared("timeline17-dev");
    Path predictions = Fixtures.shared("tls-check").resolve("predictions");
    for (String name : List.of("H1N1_bbc", "haiti_bbc")) {
      TimelineTopic topic = TimelineBenchmark.readTopic(data.resolve(name));
      TimelineTask task = topic.tasks().get(0);
      Timeline built = TimelineMethod.firstSentence().build(topic.documents(), task);
      Timeline expected = TimelineReader.read(predictions.resolve(name + ".firstsent.txt"));
      assertThat(built.dates()).as(name).isEqualTo(expected.dates());
      for (LocalDate d : expected.dates()) {
        assertThat(built.sentences(d)).as(name + " " + d).containsExactlyElementsOf(
            expected.sentences(d).stream().map(String::strip).toList());
      }
    }
  }

  @Test
  void newsbriefBeatsTheBaselineOnTwoSmallTopics() throws IOException {
    Path data = Fixtures.shared("timeline17-dev");
    List<TimelineTopic> topics = new ArrayList<>();
    for (String name : List.of("H1N1_guardian", "H1N1_bbc")) topics.add(TimelineBenchmark.readTopic(data.resolve(name)));
    Map<String, List<TimelineRun.Row>> run = TimelineRun.run(topics,
        List.of(TimelineMethod.newsbrief(new dev.newsbrief.tls.TimelineSummarizer()), TimelineMethod.firstSentence()),
        (i, n) -> { });
    TimelineScores ours = TimelineRun.mean(run.get("newsbrief"));
    TimelineScores baseline = TimelineRun.mean(run.get("firstsent"));
    assertThat(ours.alignManyToOne().rouge1().f1()).isGreaterThan(baseline.alignManyToOne().rouge1().f1());
    assertThat(ours.alignManyToOne().rouge2().f1()).isGreaterThan(baseline.alignManyToOne().rouge2().f1());
    assertThat(ours.date().f1()).isGreaterThan(baseline.date().f1());
    for (TimelineRun.Row r : run.get("newsbrief")) {
      assertThat(r.timeline().dates()).hasSizeLessThanOrEqualTo(r.task().dates())
          .allSatisfy(d -> assertThat(d).isBetween(r.task().from(), r.task().to()));
      for (LocalDate d : r.timeline().dates()) {
        assertThat(r.timeline().sentences(d)).hasSizeBetween(1, r.task().sentencesPerDate());
      }
    }
  }
}
