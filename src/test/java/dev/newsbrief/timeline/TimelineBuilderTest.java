package dev.newsbrief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.cite.Citer;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.story.Story;
import dev.newsbrief.text.Analyzer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
  private static Document doc(String id, LocalDate published, String text) {
    return Analyzer.analyze(new Article(id, "", text, null, null, published, id));
  }

  @Test
  void firstPersonCommentsAreNoEventsButQuotedFirstPersonIs() {
    Document d = doc("a", LocalDate.of(2009, 5, 21), "My husband developed flu like symptoms on Monday and was poorly. "
        + "\"I was very ill,\" the minister said on Monday about the outbreak in the capital.");
    assertThat(TimelineBuilder.firstPerson(d.sentences().get(0))).isTrue();
    assertThat(TimelineBuilder.firstPerson(d.sentences().get(1))).isFalse();
  }

  @Test
  void entriesCarryTheExpressionTheirDateComesFrom() {
    Document a = doc("a", LocalDate.of(2016, 10, 12),
        "Russia on Saturday vetoed a French resolution on the Syrian city of Aleppo at the United Nations. "
            + "The French resolution on Aleppo demanded an end to air strikes over the Syrian city.");
    Document b = doc("b", LocalDate.of(2016, 10, 12),
        "Russia vetoed the French resolution on Aleppo at the United Nations Security Council on Saturday. "
            + "Air strikes on the Syrian city of Aleppo continued as the resolution failed.");
    Story story = Story.of(List.of(a, b));
    List<TimelineEntry> entries = TimelineBuilder.build(story, new Citer(story), 5);
    assertThat(entries).isNotEmpty();
    TimelineEntry first = entries.get(0);
    assertThat(first.date().date()).isEqualTo(LocalDate.of(2016, 10, 8));
    assertThat(first.evidence()).isNotNull();
    assertThat(first.evidence().text()).containsIgnoringCase("saturday");
    String text = story.document(first.evidence().articleId()).article().text();
    assertThat(text.substring(first.evidence().start(), first.evidence().end())).isEqualTo(first.evidence().text());
  }
}
