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
  private static final String VOTE = "The council postponed its vote on the new budget until the floods recede, Mayor Ann Holt said. ";
  // (the council's budget: "The budget would ..." after "the new budget" would point back at the sentence before)
  private static final String TAX = "The council's budget would raise the property tax by two percent for the schools. ";

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

  @Test
  void whatSpeaksOfTheQuestionComesFirstEachPartInItsOrder() {
    Focus f = Focus.of("Who pays the property tax?");
    List<String> items = List.of(FLOOD, TAX, DAM, "Property owners will pay it from January. ", VOTE);
    assertThat(f.first(items, t -> t)).containsExactly(TAX, "Property owners will pay it from January. ", FLOOD, DAM, VOTE);
    assertThat(f.matches(DAM)).isFalse();
  }

  private static dev.newsbrief.model.Article article(String id, String text) {
    int nl = text.indexOf('\n');
    return new dev.newsbrief.model.Article(id, text.substring(0, nl), text.substring(nl + 1), "Outlet " + id, null,
        java.time.LocalDate.of(2026, 3, 6), null);
  }

  @Test
  void aFocusedBriefingLeadsItsTimelineAndVoicesWithWhatMatches() {
    String a = "Dam inquiry ordered\nThe governor ordered an inquiry into the dam release on Thursday, March 5, 2026. "
        + "Floods reached the town on Sunday, March 1, 2026, the fire service said. "
        + "\"Nobody will be spared scrutiny,\" said governor Paul Osei about the inquiry. "
        + "\"The water rose in minutes,\" said Ana Ruiz, the mayor.";
    String b = "Town flooded\nFloods reached the town on Sunday, March 1, 2026, forcing 1,200 people out. "
        + "The governor ordered an inquiry into the release on Thursday, March 5, 2026. "
        + "\"The water rose in minutes,\" said Ana Ruiz, the mayor of the town.";
    var articles = List.of(article("a", a), article("b", b));
    var plain = new dev.newsbrief.Pipeline().brief(articles, dev.newsbrief.Pipeline.Options.DEFAULT);
    var focused = new dev.newsbrief.Pipeline(Focus.of("the inquiry")).brief(articles, dev.newsbrief.Pipeline.Options.DEFAULT);
    Focus f = Focus.of("the inquiry");
    assertThat(plain.timeline()).hasSizeGreaterThan(1);
    assertThat(f.matches(plain.timeline().get(0).sentence().text())).isFalse(); // chronological: the flood first
    assertThat(f.matches(focused.timeline().get(0).sentence().text())).isTrue();
    assertThat(focused.timeline()).hasSameSizeAs(plain.timeline());
    assertThat(focused.notes().get(0)).contains("The summary answers: \"the inquiry\"").contains("come first");
  }
}
