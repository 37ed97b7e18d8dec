package dev.newsbrief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.cite.Citer;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.story.Story;
import dev.newsbrief.tls.TimelineRequest;
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

  @Test
  void newsWithNoDayWrittenIsShownAsReportedOnItsReportsDayNeverAsHappeningThen() {
    LocalDate published = LocalDate.of(2016, 10, 12);
    Document a = doc("a", published,
        "Aid agencies said the siege of Aleppo had left thousands of families in the Syrian city without food. "
            + "Russia on Saturday vetoed a French resolution on the Syrian city of Aleppo at the United Nations.");
    Document b = doc("b", published,
        "Aid agencies warned that thousands of families in the Syrian city of Aleppo were left without food by the siege. "
            + "Russia vetoed the French resolution on Aleppo at the United Nations Security Council on Saturday.");
    Story story = Story.of(List.of(a, b));
    List<TimelineEntry> entries = TimelineBuilder.build(story, new Citer(story), 5);
    TimelineEntry siege = entries.stream().filter(e -> e.sentence().text().contains("food")).findFirst().orElseThrow();
    assertThat(siege.reported()).isTrue();
    assertThat(siege.date().date()).isEqualTo(published);
    assertThat(siege.evidence()).isNull();
    TimelineEntry veto = entries.stream().filter(e -> e.sentence().text().contains("vetoed")).findFirst().orElseThrow();
    assertThat(veto.reported()).isFalse();
    assertThat(veto.date().date()).isEqualTo(LocalDate.of(2016, 10, 8));
    // the dates benchmark scores event dates only: a reported sentence is no candidate date for its event
    assertThat(TimelineBuilder.candidates(story, new Citer(story))).filteredOn(TimelineBuilder.Candidate::reported)
        .allSatisfy(c -> assertThat(c.evidence()).isNull());
  }

  /** Three reports of one Saturday and a Monday named by one of them. */
  private static Story saturdayAndMonday() {
    LocalDate published = LocalDate.of(2016, 10, 12);
    return Story.of(List.of(
        doc("a", published, "Russia on Saturday vetoed a French resolution on the Syrian city of Aleppo at the United Nations. "
            + "Rebels in Aleppo on Saturday shelled a government district in the west of the Syrian city."),
        doc("b", published, "Russia vetoed the French resolution on Aleppo at the United Nations Security Council on Saturday. "
            + "Government forces on Monday retook a hill south of Aleppo from the rebels in the Syrian city."),
        doc("c", published, "On Saturday Russia vetoed a resolution on Aleppo drafted by France at the United Nations. "
            + "Rebels on Saturday shelled a government district in western Aleppo, the Syrian city.")));
  }

  @Test
  void theDayMostReportsNameComesFirst() {
    Story story = saturdayAndMonday();
    List<TimelineEntry> one = TimelineBuilder.build(story, new Citer(story), 1);
    assertThat(one).hasSize(1);
    assertThat(one.get(0).date().date()).isEqualTo(LocalDate.of(2016, 10, 8));
    assertThat(TimelineBuilder.build(story, new Citer(story), 5)).extracting(e -> e.date().date())
        .contains(LocalDate.of(2016, 10, 8), LocalDate.of(2016, 10, 10));
  }

  @Test
  void aDayTellsAsManyDifferentEventsAsAskedAndNoneTwice() {
    Story story = saturdayAndMonday();
    var request = new TimelineRequest(1, 3, null, null);
    List<TimelineEntry> entries = TimelineBuilder.build(story, new Citer(story), request);
    assertThat(entries).extracting(e -> e.date().date()).containsOnly(LocalDate.of(2016, 10, 8));
    assertThat(entries).filteredOn(e -> e.sentence().text().contains("veto")).hasSize(1);
    assertThat(entries).filteredOn(e -> e.sentence().text().contains("shelled")).hasSize(1);
    assertThat(TimelineBuilder.build(story, new Citer(story), new TimelineRequest(1, 1, null, null))).hasSize(1);
  }

  @Test
  void aSpanKeepsOtherDaysOut() {
    Story story = saturdayAndMonday();
    LocalDate monday = LocalDate.of(2016, 10, 10);
    List<TimelineEntry> entries = TimelineBuilder.build(story, new Citer(story), new TimelineRequest(5, 1, monday, monday));
    assertThat(entries).isNotEmpty().extracting(e -> e.date().date()).containsOnly(monday);
  }
}
