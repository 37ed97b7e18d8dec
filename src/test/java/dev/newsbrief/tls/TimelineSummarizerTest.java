package dev.newsbrief.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.text.Analyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineSummarizerTest {
  private static final LocalDate MARCH_3 = LocalDate.of(2015, 3, 3);
  private static final LocalDate MARCH_4 = LocalDate.of(2015, 3, 4);
  private static final LocalDate MARCH_5 = LocalDate.of(2015, 3, 5);
  private static final LocalDate MARCH_9 = LocalDate.of(2015, 3, 9);

  private static int ids;

  private static Document report(LocalDate published, String... sentences) {
    String text = String.join("\n\n", sentences);
    return Analyzer.analyze(new Article("a" + (++ids), "", text, null, null, published, "test"));
  }

  /**
   * A made-up dam story: March 3 (the dam breach) is named by five reports, March 5 (the
   * evacuation order) by three, March 4 by one; nothing is published on those days with more
   * weight than the mentions.
   */
  private static List<Document> damStory() {
    List<Document> docs = new ArrayList<>();
    docs.add(report(MARCH_3, "The Karsa dam breached on Tuesday, flooding the valley below the reservoir.",
        "Rescue teams reached the flooded villages near the Karsa dam by boat."));
    docs.add(report(MARCH_4, "Officials said the Karsa dam breach on Tuesday flooded twelve villages in the valley.",
        "Engineers on Wednesday inspected the cracked wall of the dam."));
    docs.add(report(MARCH_5, "The government on Thursday ordered the evacuation of every village below the Karsa dam.",
        "The dam breach on March 3 flooded twelve villages, officials said."));
    docs.add(report(MARCH_9, "The Karsa dam breached on March 3 after days of heavy rain over the reservoir.",
        "An evacuation of the valley villages was ordered on March 5 as the water kept rising."));
    docs.add(report(MARCH_9, "Since March 3 more than two thousand people have slept in tents outside the valley.",
        "The evacuation of the villages below the dam, ordered on March 5, is still in force."));
    docs.add(report(MARCH_9, "Investigators are studying why the Karsa dam breached on March 3 without warning.",
        "Heavy rain had filled the reservoir to the brim in the weeks before the breach."));
    return docs;
  }

  @Test
  void choosesTheMostMentionedDaysInDateOrder() {
    List<TimelineDay> timeline = new TimelineSummarizer().summarize(damStory(), TimelineRequest.of(2, 1));
    assertThat(timeline).extracting(TimelineDay::date).containsExactly(MARCH_3, MARCH_5);
  }

  @Test
  void respectsTheNumberOfDatesAndSentencesPerDate() {
    List<TimelineDay> one = new TimelineSummarizer().summarize(damStory(), TimelineRequest.of(1, 1));
    assertThat(one).extracting(TimelineDay::date).containsExactly(MARCH_3);
    assertThat(one.get(0).sentences()).hasSize(1);

    List<TimelineDay> three = new TimelineSummarizer().summarize(damStory(), TimelineRequest.of(3, 2));
    assertThat(three).hasSize(3);
    assertThat(three).allSatisfy(d -> assertThat(d.sentences()).hasSizeBetween(1, 2));
    assertThat(three.get(0).sentences()).hasSize(2); // March 3 has more than two candidates
  }

  @Test
  void aDaysSentencesReportThatDayNotASpanFromIt() {
    List<TimelineDay> timeline = new TimelineSummarizer().summarize(damStory(), TimelineRequest.of(2, 3));
    List<String> march3 = timeline.get(0).sentences().stream().map(Sentence::text).toList();
    assertThat(march3).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotStartWith("Since"));
    assertThat(String.join(" ", march3)).contains("breach");
    List<String> march5 = timeline.get(1).sentences().stream().map(Sentence::text).toList();
    assertThat(march5).allSatisfy(s -> assertThat(s).containsIgnoringCase("evacuation"));
  }

  @Test
  void keepsDatesWithinTheRequestedSpan() {
    List<TimelineDay> timeline = new TimelineSummarizer().summarize(damStory(),
        new TimelineRequest(2, 1, MARCH_4, MARCH_9));
    assertThat(timeline).extracting(TimelineDay::date).doesNotContain(MARCH_3).contains(MARCH_5)
        .allSatisfy(d -> assertThat(d).isBetween(MARCH_4, MARCH_9));
  }

  @Test
  void noSentenceAppearsTwice() {
    List<TimelineDay> timeline = new TimelineSummarizer().summarize(damStory(), TimelineRequest.of(5, 3));
    List<String> all = timeline.stream().flatMap(d -> d.sentences().stream()).map(Sentence::text).toList();
    assertThat(all).doesNotHaveDuplicates();
  }

  private static TimelineSummarizer.Settings dateSettings(double anticipation, double busyWeek) {
    TimelineSummarizer.Settings d = TimelineSummarizer.Settings.DEFAULT;
    return new TimelineSummarizer.Settings(d.leadSentences(), d.minWords(), d.maxWords(), d.topicWeight(), d.redundancy(),
        d.publicationWeight(), anticipation, busyWeek, d.coverageWeight(), d.sharedBigramReports(), d.datedAnywhere());
  }

  @Test
  void aDayNamedBeforeItComesCountsLessThanOneLookedBackOn() {
    LocalDate march1 = LocalDate.of(2015, 3, 1), march20 = LocalDate.of(2015, 3, 20);
    List<Document> docs = List.of(
        report(march1, "The council will vote on the Karsa dam repairs on March 12."),
        report(march1, "A vote on the dam repairs is set for March 12, officials said."),
        report(march20, "The Karsa dam breached on March 3 after heavy rain."),
        report(march20, "Since the breach on March 3 the valley has been flooded."));
    DatedSentences story = DatedSentences.of(docs);
    LocalDate march12 = LocalDate.of(2015, 3, 12);
    Map<LocalDate, Double> even = new TimelineSummarizer(dateSettings(1, 0)).dateScores(story, march1, march20);
    assertThat(even.get(march12)).isEqualTo(even.get(MARCH_3));
    Map<LocalDate, Double> damped = new TimelineSummarizer(dateSettings(0.5, 0)).dateScores(story, march1, march20);
    assertThat(damped.get(march12)).isEqualTo(1.0);
    assertThat(damped.get(MARCH_3)).isEqualTo(2.0);
  }

  @Test
  void aDayNamedInAQuietWeekOutranksOneNamedAsOftenInABusyWeek() {
    List<Document> docs = new ArrayList<>();
    LocalDate april30 = LocalDate.of(2015, 4, 30), april2 = LocalDate.of(2015, 4, 2);
    docs.add(report(april30, "The Karsa dam breached on March 3 after heavy rain."));
    docs.add(report(april30, "The dam breach on March 3 flooded the valley."));
    docs.add(report(april30, "Officials first met the villagers on April 2."));
    docs.add(report(april30, "The meeting with the villagers on April 2 was tense."));
    for (int i = 0; i < 8; i++) docs.add(report(april2.minusDays(i % 3), "Villagers gathered near the reservoir again."));
    DatedSentences story = DatedSentences.of(docs);
    LocalDate from = LocalDate.of(2015, 3, 1);
    Map<LocalDate, Double> flat = new TimelineSummarizer(dateSettings(0.5, 0)).dateScores(story, from, april30);
    assertThat(flat.get(april2)).isGreaterThan(flat.get(MARCH_3)); // the publications on April 2 add to it
    Map<LocalDate, Double> damped = new TimelineSummarizer(dateSettings(0.5, 0.5)).dateScores(story, from, april30);
    assertThat(damped.get(MARCH_3)).isGreaterThan(damped.get(april2));
  }

  @Test
  void reportsWithoutAPublicationDateAreIgnored() {
    List<Document> undated = List.of(report(null, "The Karsa dam breached on March 3, 2015, flooding the valley."));
    assertThat(new TimelineSummarizer().summarize(undated, TimelineRequest.of(3, 1))).isEmpty();
    assertThat(new TimelineSummarizer().summarize(damStory(), TimelineRequest.of(0, 1))).isEmpty();
  }
}
