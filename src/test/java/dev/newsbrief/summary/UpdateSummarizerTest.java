package dev.newsbrief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.eval.update.UpdateBenchmark;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdateSummarizerTest {
  private static final String SPILL = "The dam at Marrow Ford spilled over on Monday and about 1,200 residents left their homes,"
      + " county officials said. Engineers said the spillway had held through the night despite the heavy rain. ";
  private static final String REPAIR = "The county approved repairs to the Marrow Ford spillway costing 4 million dollars,"
      + " and work will start in the spring, officials said. ";

  @Test
  void onlyTheNewReportsAreDrawnOnAndNothingTheReaderHasReadIsRepeated() {
    Story story = Fixtures.story(SPILL, SPILL.replace("Monday", "Monday night"), SPILL + REPAIR, REPAIR + SPILL);
    List<Sentence> update = new UpdateSummarizer(Set.of("r3", "r4")).summarize(story, 60);
    assertThat(update).isNotEmpty().allMatch(s -> s.articleId().equals("r3") || s.articleId().equals("r4"));
    assertThat(update).extracting(Sentence::text).allMatch(t -> t.contains("repairs")).noneMatch(t -> t.contains("spilled over"));
    // a reader who has read nothing gets the story's main facts
    List<Sentence> all = new UpdateSummarizer(Set.of("r1", "r2", "r3", "r4")).summarize(story, 60);
    assertThat(all).extracting(Sentence::text).anyMatch(t -> t.contains("spilled over"));
  }

  @Test
  void theDuc2007UpdateLayoutReadsThreeSetsATopicEachWithWhatWasReadBefore() throws Exception {
    var sets = UpdateBenchmark.read(Fixtures.shared("duc2007-update-dev"));
    assertThat(sets).hasSize(15);
    assertThat(sets.get(0).id()).isEqualTo("D0703A-A");
    assertThat(sets.get(0).read()).isEmpty();
    assertThat(sets.get(2).read()).hasSize(sets.get(0).reports().size() + sets.get(1).reports().size());
    assertThat(sets).allSatisfy(s -> {
      assertThat(s.references()).hasSize(4);
      assertThat(s.question()).isNotBlank();
    });
  }
}
