package dev.newsbrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Citation;
import dev.newsbrief.story.Story;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static Article report(String id, String text, LocalDate date) {
    return new Article(id, "Talks in Geneva", text, "Outlet " + id, null, date, "test");
  }

  @Test
  void aReportLongerThanAnyNewsReportIsReadUpToTheLimitWithANote() {
    String paragraph = "Kerry and Lavrov met in Geneva on Friday, December 2, to discuss a ceasefire for Aleppo, officials said on Saturday.\n\n";
    String huge = paragraph.repeat(4 * dev.newsbrief.clean.Cleaner.MAX_CHARS / paragraph.length());
    Story story = new Pipeline().analyse(List.of(report("a", huge, LocalDate.of(2016, 12, 3)),
        report("b", "Lavrov and Kerry met in Geneva on Friday to discuss a ceasefire in Aleppo.", LocalDate.of(2016, 12, 3))));
    var doc = story.documents().stream().filter(d -> d.id().equals("a")).findFirst().orElseThrow();
    var cut = doc.removed().stream().filter(r -> r.reason().equals(dev.newsbrief.clean.Reasons.TOO_LONG)).findFirst().orElseThrow();
    assertThat(cut.end()).isEqualTo(huge.length());
    assertThat(cut.start()).isLessThanOrEqualTo(dev.newsbrief.clean.Cleaner.MAX_CHARS).isGreaterThan(dev.newsbrief.clean.Cleaner.MAX_CHARS / 2);
    assertThat(doc.sentences()).allSatisfy(sentence -> assertThat(sentence.end()).isLessThanOrEqualTo(cut.start()));
    Brief b = new Pipeline().brief(story, Pipeline.Options.DEFAULT);
    assertThat(b.notes()).anySatisfy(n -> assertThat(n).contains("only their first 100,000 characters were read"));
    assertThat(b.summary()).isNotEmpty();
  }

  @Test
  void aTimelineEntryNamingSomeoneByANameTwoPeopleShareIsLeftOut() {
    Brief b = new Pipeline().brief(List.of(
        report("a", "Police detained the dissident Liu Nianchun at his home in Beijing on Monday, officials said.\n\n"
            + "Police also detained the dissident Liu Qing at his office in Beijing on Monday.", LocalDate.of(1998, 10, 6)),
        report("b", "Liu was released from the Beijing prison on Tuesday after a day in custody, the dissidents' families said.\n\n"
            + "Liu was driven home from the Beijing prison by the dissidents' families on Tuesday.", LocalDate.of(1998, 10, 7))),
        new Pipeline.Options(30, 10, 8, 3));
    // "Liu was released": which Liu, no bracket can say; the detention names its Liu in full
    assertThat(b.timeline()).isNotEmpty().noneSatisfy(t -> assertThat(t.sentence().text()).startsWith("Liu was"))
        .anySatisfy(t -> assertThat(t.sentence().text()).contains("detained"));
  }

  @Test
  void aDateNoNewsReportCanCarryIsNoDate() {
    assertThat(report("a", "text", LocalDate.MAX).published()).isNull();
    assertThat(report("a", "text", LocalDate.of(1, 1, 1)).published()).isNull();
    assertThat(report("a", "text", LocalDate.of(2016, 1, 1)).published()).isEqualTo(LocalDate.of(2016, 1, 1));
  }

  @Test
  void aFactToldTwiceInOtherWordsIsSummarisedOnceAndCitedToBoth() {
    Brief b = new Pipeline().brief(List.of(
        report("a", "Kerry and Lavrov met in Geneva on Friday to discuss a ceasefire for Aleppo and the delivery of aid.",
            LocalDate.of(2016, 9, 9)),
        report("b", "On Friday Lavrov and Kerry met in Geneva to discuss a ceasefire in Aleppo and aid deliveries to the city.",
            LocalDate.of(2016, 9, 10))), Pipeline.Options.DEFAULT);
    assertThat(b.summary()).hasSize(1);
    assertThat(b.summary().get(0).citations()).extracting(Citation::source).containsExactly(1, 2);
    assertThat(b.sources()).extracting(s -> s.date().date()).containsExactly(LocalDate.of(2016, 9, 9), LocalDate.of(2016, 9, 10));
  }

  @Test
  void eventsAreDatedByWhenTheyHappenedNotWhenTheyWereReported() {
    // 12 Oct 2016 was a Wednesday: "on Saturday" in past tense is 8 Oct.
    Brief b = new Pipeline().brief(List.of(
        report("a", "Russia on Saturday vetoed a French-drafted resolution that would have demanded an end to air strikes over Aleppo.\n\n"
            + "Officials said on Wednesday that the foreign ministers would meet in Lausanne on Saturday to discuss the war in Syria.",
            LocalDate.of(2016, 10, 12)),
        report("b", "The French-drafted resolution on air strikes over Aleppo was vetoed by Russia on Saturday at the Security Council in New York.",
            LocalDate.of(2016, 10, 10))), new Pipeline.Options(30, 10, 8, 3));
    assertThat(b.timeline()).anySatisfy(t -> {
      assertThat(t.sentence().text()).contains("vetoed");
      assertThat(t.date().date()).isEqualTo(LocalDate.of(2016, 10, 8));
    });
  }

  @Test
  void someonesWordsContinuedFromASentenceBeforeAreShownWithTheirSpeaker() {
    String words = "\"I did not have a feeling of guilt when I saw it,\" Neal Horsley said. \"We are in a war. "
        + "There are four thousand babies a day being killed in clinics across the country. To do this work you must "
        + "be hard.\"";
    Brief b = new Pipeline().brief(List.of(report("a", words, LocalDate.of(1998, 10, 25))),
        new Pipeline.Options(40, 0, 0, 0));
    assertThat(b.summary()).extracting(c -> c.shown()).allSatisfy(shown -> {
      if (shown.startsWith("There are four thousand")) assertThat(shown).endsWith("[, Neal Horsley said].");
    });
    assertThat(b.summary()).anySatisfy(c -> assertThat(c.shown()).startsWith("There are four thousand"));
  }

  @Test
  void anUpdateBriefNotesEachFigureTheNewReportsChange() {
    dev.newsbrief.model.DatedValue day = dev.newsbrief.model.DatedValue.given(LocalDate.of(2026, 3, 5));
    java.util.function.BiFunction<String, Double, dev.newsbrief.model.Figure> killed = (id, n) ->
        new dev.newsbrief.model.Figure(n, "EXACT", "people killed", n.intValue() + " people killed", id, 0, 10);
    var toll = new dev.newsbrief.model.DisputedFigure("people killed", dev.newsbrief.model.DisputedFigure.Kind.CHANGED, List.of(
        new dev.newsbrief.model.DisputedFigure.SourcedFigure(killed.apply("r1", 3.0), 1, day),
        new dev.newsbrief.model.DisputedFigure.SourcedFigure(killed.apply("r2", 3.0), 2, day),
        new dev.newsbrief.model.DisputedFigure.SourcedFigure(killed.apply("r3", 5.0), 3, day)));
    assertThat(Pipeline.changedFigures(List.of(toll), java.util.Set.of("r3"))).containsExactly(
        "Changed since read: people killed: the new report(s) say 5 people killed [3]; those read before said 3 people killed [1], 3 people killed [2].");
    // nothing new for a reader of r1 and r3 when r2 repeats r1's value; nothing to compare when all is new
    assertThat(Pipeline.changedFigures(List.of(toll), java.util.Set.of("r2"))).isEmpty();
    assertThat(Pipeline.changedFigures(List.of(toll), java.util.Set.of("r1", "r2", "r3"))).isEmpty();
  }
}
