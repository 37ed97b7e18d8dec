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
      + "The uprising began in March 2011. "
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
    assertThat(v.get(2).date()).isEqualTo(LocalDate.of(2016, 10, 12)); // past-tense news of the day
    assertThat(v.get(2).confidence()).isLessThan(v.get(0).confidence());
    assertThat(v.get(3).date()).isEqualTo(LocalDate.of(2011, 3, 1));
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
    assertThat(v.get(3).date()).isEqualTo(LocalDate.of(2011, 3, 1)); // written in full: independent of the report
  }

  @Test
  void anUndatedReportDatesOnlyWhatIsWrittenInFull() {
    List<DatedValue> v = EventDater.date(doc(), DatedValue.undated());
    assertThat(v.get(0).isKnown()).isFalse();
    assertThat(v.get(2).isKnown()).isFalse();
    assertThat(v.get(3).date()).isEqualTo(LocalDate.of(2011, 3, 1));
  }

  @Test
  void theReportedEventWinsOverTheDayItWasReported() {
    Document d = Analyzer.analyze(new Article("b", "", "Officials said on Wednesday that jets struck a convoy on Monday.",
        null, null, null, "test"));
    DatedValue v = EventDater.date(d, DatedValue.given(LocalDate.of(2016, 9, 21))).get(0);
    assertThat(v.date()).isEqualTo(LocalDate.of(2016, 9, 19));
  }
}
