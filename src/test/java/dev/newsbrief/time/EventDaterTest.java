package dev.newsbrief.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.DatedValue.Source;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.text.Analyzer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDaterTest {
  private static final String TEXT = "Russia on Saturday vetoed a French resolution. "
      + "Kerry will meet Lavrov in Lausanne on Saturday. "
      + "Officials said the offensive had intensified. "
      + "The offensive began in March 2016. "
      + "Talks will be difficult.";

  private static Document doc() {
    return Analyzer.analyze(new Article("a", "", TEXT, null, null, null, "test"));
  }

  @Test
  void eachSentenceGetsTheDateItIsAbout() {
    Document d = doc();
    assertThat(d.sentences()).hasSize(5);
    List<DatedValue> v = EventDater.date(d, DatedValue.given(LocalDate.of(2016, 10, 12)));
    assertThat(v.get(0).date()).isEqualTo(LocalDate.of(2016, 10, 8));
    assertThat(v.get(0).granularity()).isEqualTo(Granularity.DAY);
    assertThat(v.get(0).source()).isEqualTo(Source.GIVEN);
    assertThat(v.get(1).date()).isEqualTo(LocalDate.of(2016, 10, 15));
    assertThat(v.get(2).date()).isEqualTo(LocalDate.of(2016, 10, 1)); // past-tense news: the report's month
    assertThat(v.get(2).granularity()).isEqualTo(Granularity.MONTH);
    assertThat(v.get(2).confidence()).isLessThan(v.get(0).confidence());
    assertThat(v.get(3).date()).isEqualTo(LocalDate.of(2016, 3, 1));
    assertThat(v.get(3).granularity()).isEqualTo(Granularity.MONTH);
    assertThat(v.get(3).source()).isEqualTo(Source.INFERRED);
    assertThat(v.get(4).isKnown()).isFalse();
  }

  @Test
  void anInferredCoarseReportDateKeepsItsGranularity() {
    DatedValue year = new DatedValue(LocalDate.of(2016, 1, 1), Granularity.YEAR, Source.INFERRED, 0.5, "story year");
    List<DatedValue> v = EventDater.date(doc(), year);
    assertThat(v.get(0).date()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(v.get(0).granularity()).isEqualTo(Granularity.YEAR);
    assertThat(v.get(0).source()).isEqualTo(Source.INFERRED);
    assertThat(v.get(3).date()).isEqualTo(LocalDate.of(2016, 3, 1)); // written in full: independent of the report
  }

  @Test
  void anUndatedReportDatesOnlyWhatIsWrittenInFull() {
    List<DatedValue> v = EventDater.date(doc(), DatedValue.undated());
    assertThat(v.get(0).isKnown()).isFalse();
    assertThat(v.get(2).isKnown()).isFalse();
    assertThat(v.get(3).date()).isEqualTo(LocalDate.of(2016, 3, 1));
  }

  @Test
  void aChronologysItemsTakeTheYearOfTheirHeading() {
    String text = "WASHINGTON — Here are the milestones in the company's dealings with the government:\n\n"
        + "1995:\n\nApril 27 — The Justice Department sues to block the company's purchase of Intuit.\n\n"
        + "1998:\n\nMay 18 - After talks fail, the Justice Department and 20 states file a broad suit.\n\n"
        + "1999:\n\nJune 25 - The last rebuttal witness leaves the stand.\n";
    dev.newsbrief.clean.Cleaned c = dev.newsbrief.clean.Cleaner.clean(new Article("c", "", text, null, null, null, "test"));
    Document d = Analyzer.analyze(c.article(), c.kept(), c.removed());
    List<DatedValue> v = EventDater.date(d, DatedValue.given(LocalDate.of(1999, 11, 5)));
    List<LocalDate> days = new java.util.ArrayList<>();
    for (DatedValue x : v) if (x.isKnown()) days.add(x.date());
    assertThat(days).containsExactly(LocalDate.of(1995, 4, 27), LocalDate.of(1998, 5, 18), LocalDate.of(1999, 6, 25));
    // the headings are the list's structure, which extract shows, not date lines
    assertThat(c.bodyText()).contains("1995:");
  }

  private static List<DatedValue> dates(String text, LocalDate report) {
    Document d = Analyzer.analyze(new Article("b", "", text, null, null, null, "test"));
    return EventDater.date(d, DatedValue.given(report));
  }

  @Test
  void theMainClauseDatesTheSentence() {
    LocalDate wednesday = LocalDate.of(2016, 9, 21);
    // a leading statement is the news: what it reports (and when that happens) is its content
    assertThat(dates("Officials said on Wednesday that the council will meet on Oct. 3.", wednesday).get(0).date())
        .isEqualTo(wednesday);
    assertThat(dates("Officials said on Wednesday that jets struck a convoy on Monday.", wednesday).get(0).date())
        .isEqualTo(wednesday);
    // without the statement's own day, what it reports does not date it
    assertThat(dates("Officials said jets struck a convoy on Monday.", wednesday).get(0).isKnown()).isFalse();
    assertThat(dates("Officials said the convoy was struck in the village where the rebels landed on Monday.", wednesday)
        .get(0).isKnown()).isFalse();
    // a trailing "officials said" only names the source
    assertThat(dates("Russia on Monday vetoed the resolution, officials said on Wednesday.", wednesday).get(0).date())
        .isEqualTo(LocalDate.of(2016, 9, 19));
    // an introductory phrase does not stop a statement from leading
    assertThat(dates("Responding to a warrant, police announced Monday they had arrested him for crimes between "
        + "Sept. 11, 1973, and Dec. 31, 1983.", wednesday).get(0).date()).isEqualTo(LocalDate.of(2016, 9, 19));
  }

  @Test
  void datesThatNameAnotherEventDoNotDateTheSentence() {
    LocalDate report = LocalDate.of(1998, 10, 22);
    assertThat(dates("He participated in the Aug. 7 bombing of the embassy.", report).get(0).isKnown()).isFalse();
    assertThat(dates("Russia has proposed a March 1 ceasefire.", report).get(0).isKnown()).isFalse();
    assertThat(dates("The leak resulted from last week's explosion.", report).get(0).isKnown()).isFalse();
    assertThat(dates("The Syrian government, which vetoed it on Saturday, was silent.", report).get(0).isKnown()).isFalse();
    assertThat(dates("Talks stalled after the vote on Monday.", report).get(0).isKnown()).isFalse();
    assertThat(dates("In April 1992, the city was the setting for protests.", report).get(0).isKnown()).isFalse();
    // an event the sentence names on the way ("looking into the crash last month") is not what it reports
    assertThat(dates("Investigators looking into the crash last month of the airliner found heat damage in its wires.", report)
        .get(0).date()).isNotEqualTo(LocalDate.of(1998, 9, 1));
    assertThat(dates("Investigators found heat damage in its wires last month.", report).get(0).date())
        .isEqualTo(LocalDate.of(1998, 9, 1));
    // a day of an older year is not a day of the report's year
    assertThat(dates("She was born in Llanidloes on 12 November 1854 to a farming family.", report).get(0).isKnown()).isFalse();
  }

  @Test
  void aFutureInsideAStatementIsNotTheNews() {
    // "said he planned to go on Thursday": the statement, whose day is not written
    assertThat(dates("Golding said he planned to go to Haiti on Thursday.", LocalDate.of(2010, 1, 13)).get(0).isKnown()).isFalse();
    // a forecast is no event of its day; a plan is
    assertThat(dates("The storm was expected to be closest to Hong Kong on Tuesday, the observatory said.",
        LocalDate.of(1998, 10, 25)).get(0).isKnown()).isFalse();
    assertThat(dates("Kerry will meet Lavrov in Lausanne on Saturday.", LocalDate.of(2016, 10, 12)).get(0).date())
        .isEqualTo(LocalDate.of(2016, 10, 15));
    // past verbs before an -ing form, and plans made before, keep a weekday behind
    assertThat(dates("Small amounts of oil started coming from the cap late Sunday, the admiral said.",
        LocalDate.of(2010, 7, 20)).get(0).date()).isEqualTo(LocalDate.of(2010, 7, 18));
    assertThat(dates("Crews had planned to spend Wednesday reinforcing the tunnel with cement.",
        LocalDate.of(2010, 7, 22)).get(0).date()).isEqualTo(LocalDate.of(2010, 7, 21));
    assertThat(dates("The singer will be buried on Thursday at Forest Lawn in a private ceremony.",
        LocalDate.of(2009, 8, 29)).get(0).date()).isEqualTo(LocalDate.of(2009, 9, 3));
    // future words turn a weekday forward
    assertThat(dates("As Brazilians prepare to vote on Sunday, polls predict a win.", LocalDate.of(1998, 10, 1)).get(0).date())
        .isEqualTo(LocalDate.of(1998, 10, 4));
  }

  @Test
  void pastNewsWithoutADayIsKnownOnlyToTheMonthAndBackgroundIsNoEvent() {
    Document d = Analyzer.analyze(new Article("c", "", "Officials said the offensive had intensified. "
        + "The assembly elects the supreme leader, officials say. The cold wave has killed 32 people, police said Monday.", null, null, null, "test"));
    List<EventDater.EventDate> v = EventDater.dateEvents(d, DatedValue.given(LocalDate.of(1998, 11, 18)));
    assertThat(v.get(0).basis()).isEqualTo(EventDater.Basis.REPORT_MONTH);
    assertThat(v.get(0).value().granularity()).isEqualTo(Granularity.MONTH);
    assertThat(v.get(1).value().isKnown()).isFalse(); // present-tense description is no event of a day
    assertThat(v.get(2).value().isKnown()).isFalse();
  }
}
