package dev.newsbrief.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTest {
  private static Story story(String... titlesAndTexts) {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < titlesAndTexts.length; i += 2) {
      docs.add(Analyzer.analyze(new Article("r" + i, titlesAndTexts[i], titlesAndTexts[i + 1], null, null, null, "test")));
    }
    return Story.of(docs);
  }

  @Test
  void aTitleThatSaysSomethingHeadsTheBriefingOverAWordOrTwo() {
    Story s = story(
        "With Euro", "Bulgaria will fix its lev to the euro on Thursday, the central bank said.",
        "European central bank chief says euro will rival dollar", "The euro will rival the dollar, the central bank chief said.",
        "Euro banknotes to be printed", "Euro banknotes will be printed early next year, the central bank said.");
    assertThat(Headline.of(s)).isEqualTo("European central bank chief says euro will rival dollar");
  }

  @Test
  void aSidebarsTitleIsNoHeadline() {
    Story s = story(
        "TRANSCRIPT FROM EGYPTAIR FLIGHT 990", "Following is a transcript of the cockpit recording of EgyptAir Flight 990.",
        "Safety board releases EgyptAir crash report", "The safety board released its report on the EgyptAir Flight 990 crash.",
        "EgyptAir pilots reject crash findings", "EgyptAir pilots rejected the safety board's findings on the Flight 990 crash.");
    assertThat(Headline.of(s)).doesNotStartWith("TRANSCRIPT");
  }
}
