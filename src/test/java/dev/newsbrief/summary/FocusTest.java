package dev.newsbrief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class FocusTest {
  private static final String FLOOD = "Floods forced the evacuation of three villages near the river on Sunday, officials said. ";
  private static final String DAM = "Engineers said the old dam above the villages held through the night despite the rain. ";
  private static final String VOTE = "The council postponed its vote on the new budget until the floods recede, the mayor said. ";
  private static final String TAX = "The budget would raise the local property tax by two percent to pay for the schools. ";

  private static Story story() {
    return Fixtures.story(FLOOD + DAM + VOTE + TAX, DAM + FLOOD, FLOOD + VOTE + DAM, FLOOD + DAM + TAX);
  }

  @Test
  void aQuestionKeepsItsSubjectWordsNotItsAskingWords() {
    Focus f = Focus.of("Describe what is known about the budget and the property tax. Include any information on schools.");
    assertThat(f.stems()).contains("budget", "properti", "tax", "school").doesNotContain("describ", "includ", "inform", "known");
    assertThat(Focus.of("What happened?").isEmpty()).isTrue();
  }

  @Test
  void theFocusedSummaryAnswersTheQuestionWhereThePlainOneTellsTheWholeStory() {
    Story story = story();
    Focus f = Focus.of("budget and property tax");
    List<Sentence> plain = new ConceptSummarizer().summarize(story, 32);
    List<Sentence> focused = new ConceptSummarizer(f.weighting(1.0), ConceptSummarizer.Settings.DEFAULT).summarize(story, 32);
    assertThat(plain).anyMatch(s -> !f.matches(s));
    assertThat(focused).isNotEmpty().allMatch(f::matches);
    assertThat(focused).extracting(Sentence::text).anyMatch(t -> t.contains("property tax"));
  }
}
