package dev.newsbrief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConceptSummarizerTest {
  private static final Story FLOOD = Fixtures.story(
      "Floods forced the evacuation of the river town of Marrow Ford on Sunday night after the dam spillway opened. "
          + "The local bakery on Mill Lane reopened for business in the afternoon with fresh bread and cakes.",
      "The dam spillway opened on Sunday night and floods forced the evacuation of Marrow Ford residents. "
          + "A music festival in the capital drew record crowds over the weekend despite the heavy rain.",
      "Residents of Marrow Ford were forced into evacuation by floods after the dam spillway opened on Sunday. "
          + "The regional football league postponed two matches because the pitches were waterlogged by rain.");

  private final ConceptSummarizer summarizer = new ConceptSummarizer();

  @Test
  void prefersWhatSeveralReportsSayAndDoesNotRepeatIt() {
    List<Sentence> chosen = summarizer.summarize(FLOOD, 25);
    assertThat(chosen).hasSize(1);
    assertThat(chosen.get(0).text()).contains("spillway");
  }

  @Test
  void staysWithinTheBudgetWhateverItIs() {
    Random random = new Random(42);
    for (int i = 0; i < 30; i++) {
      int budget = 10 + random.nextInt(120);
      int words = summarizer.summarize(FLOOD, budget).stream().mapToInt(s -> Summarizer.words(s.text())).sum();
      assertThat(words).as("budget %d", budget).isLessThanOrEqualTo(budget);
    }
  }

  @Test
  void readingOrderFollowsReportsThenPosition() {
    List<Sentence> chosen = summarizer.summarize(FLOOD, 200);
    for (int i = 1; i < chosen.size(); i++) {
      Sentence a = chosen.get(i - 1), b = chosen.get(i);
      int ra = FLOOD.sourceNumber(a.articleId()), rb = FLOOD.sourceNumber(b.articleId());
      assertThat(ra < rb || ra == rb && a.index() < b.index()).isTrue();
    }
  }

  @Test
  void neverPicksTheSameSentenceTwiceOrAnIneligibleOne() {
    List<Sentence> chosen = summarizer.summarize(FLOOD, 500);
    Set<String> seen = new HashSet<>();
    for (Sentence s : chosen) {
      assertThat(seen.add(s.text())).isTrue();
      assertThat(Eligibility.eligible(s)).isTrue();
    }
  }

  @Test
  void emptyStoryGivesEmptySummary() {
    assertThat(summarizer.summarize(Fixtures.story("Too short.", ""), 100)).isEmpty();
  }

  @Test
  void minimumDocumentFrequencyGrowsWithTheCluster() {
    assertThat(ConceptWeighting.minDocumentFrequency(1)).isEqualTo(1);
    assertThat(ConceptWeighting.minDocumentFrequency(5)).isEqualTo(2);
    assertThat(ConceptWeighting.minDocumentFrequency(10)).isEqualTo(3);
    assertThat(ConceptWeighting.minDocumentFrequency(40)).isEqualTo(3);
  }

  @Test
  void aReportsLedeOpensTheSummary() {
    Story story = Fixtures.story(
        "The inquiry into the dam will report in May. The causes of the crash have not been determined.",
        "A Swissair jet crashed off Nova Scotia on Wednesday, killing all 229 people aboard. Divers searched the sea.");
    dev.newsbrief.model.Sentence notLede = story.documents().get(0).sentences().get(1);
    dev.newsbrief.model.Sentence lede = story.documents().get(1).sentences().get(0);
    assertThat(ConceptSummarizer.ledeFirst(java.util.List.of(notLede, lede))).containsExactly(lede, notLede);
    assertThat(ConceptSummarizer.ledeFirst(java.util.List.of(lede, notLede))).containsExactly(lede, notLede);
  }
}
