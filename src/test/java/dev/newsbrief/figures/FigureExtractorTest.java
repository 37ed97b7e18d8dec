package dev.newsbrief.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Figure;
import dev.newsbrief.text.Analyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureExtractorTest {
  private static List<Figure> figures(String text) {
    return FigureExtractor.extract(Analyzer.analyze(new Article("t", "", text, null, null, null, "t")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The war has killed more than 300,000 people.|300000|MORE_THAN|people",
      "The conflict has killed more than a quarter-million people.|250000|MORE_THAN|people",
      "Half a million people watched the mass.|500000|EXACT|people",
      "The fund holds $4bn in reserves.|4000000000|EXACT|dollars",
      "It raised $2 million last year.|2000000|EXACT|dollars",
      "Some 1.5 million refugees fled.|1500000|ABOUT|refugees",
      "At least 12 civilians were killed.|12|AT_LEAST|civilians",
      "Dozens of raids hit the city.|24|AT_LEAST|raids",
      "Tens of thousands of civilians fled.|20000|AT_LEAST|civilians",
      "Two nurses were killed.|2|EXACT|nurses",
      "Up to 40 people may have died.|40|UP_TO|people",
      "Fewer than 10 trucks got through.|10|LESS_THAN|trucks",
      "The village is about 2 km from Dabiq.|2|ABOUT|km",
      "Temperatures fell to minus 26 Celsius.|-26|EXACT|celsius",
      "It was a 23-nation meeting.|23|EXACT|nation",
      "Turnout was 69 per cent.|69|EXACT|percent",
      "Twenty-five people were injured.|25|EXACT|people",
      "Jets hit targets no closer than 20 kilometres away.|20|AT_LEAST|kilometres",
  })
  void parsesValueQualifierAndUnit(String text, double value, String qualifier, String unit) {
    List<Figure> found = figures(text);
    assertThat(found).hasSize(1);
    Figure f = found.get(0);
    assertThat(f.value()).isEqualTo(value);
    assertThat(f.qualifier()).isEqualTo(qualifier);
    assertThat(f.unit()).isEqualTo(unit);
    assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The uprising began in March 2011.",
      "The ceasefire starts on March 1 and talks resume Feb. 4.",
      "The meeting is at 2pm (18:00 GMT) in New York.",
      "It was the second day of strikes, the 4th this month.",
      "A five-year-old boy and a 46-year-old man were hurt.",
      "Pinochet, 82, left hospital.",
      "Call 555-123-4567 for details.",
      "He was appointed 20 months ago.",
      "One U.S. official said the talks failed.",
      "The two talked for a while.",
  })
  void leavesOutNumbersThatCountNothing(String text) {
    assertThat(figures(text)).isEmpty();
  }

  @Test
  void identifiersAreNotCountsButTheirCountIs() {
    List<Figure> found = figures("Pan Am Flight 103 exploded; two A-10 jets flew in.");
    assertThat(found).extracting(Figure::value).containsExactly(2.0);
    assertThat(found).extracting(Figure::unit).containsExactly("jets");
  }

  @Test
  void betweenGivesALowerAndUpperBoundWithTheSharedUnit() {
    List<Figure> found = figures("Between 600 and 1,000 people died in Kosovo.");
    assertThat(found).extracting(Figure::value).containsExactly(600.0, 1000.0);
    assertThat(found).extracting(Figure::qualifier).containsExactly("AT_LEAST", "UP_TO");
    assertThat(found).extracting(Figure::unit).containsExactly("people", "people");
  }

  @Test
  void anEllipsisCountsWhatTheSentenceCounts() {
    List<Figure> found = figures("The cold has claimed more than 90 lives, including 30 in Romania.");
    assertThat(found).extracting(Figure::value).containsExactly(90.0, 30.0);
    assertThat(found).extracting(Figure::unit).containsExactly("lives", "lives");
  }

  @Test
  void aBareNumberADeathTollReachesCountsTheDead() {
    List<Figure> found = figures("Two more victims were found, raising the death toll from two weeks of frost to at least 74.");
    // two victims, two weeks, and 74 dead (not 74 weeks, as the ellipsis would have it)
    assertThat(found).extracting(Figure::value).containsExactly(2.0, 2.0, 74.0);
    assertThat(found).extracting(Figure::unit).containsExactly("victims", "weeks", "dead");
    assertThat(found.get(2).qualifier()).isEqualTo("AT_LEAST");
  }

  @Test
  void modelNumbersAndClockTimesAreNoCounts() {
    assertThat(figures("Netscape made a browser for the Windows 95 operating system.")).isEmpty();
    assertThat(figures("A Boeing 727 donated by the prince landed.")).isEmpty();
    assertThat(figures("Shares fell at the outset of the call at 1400 BST, then recovered.")).isEmpty();
    assertThat(figures("The plane landed at about 1300 local time on Tuesday.")).isEmpty();
    // a sum converted in brackets is the same sum
    assertThat(figures("The firms agreed to pool $1bn (£650m) for a response unit.")).extracting(f -> f.value())
        .containsExactly(1e9);
    // a capitalised place before a plural count is still a count
    assertThat(figures("In the cold wave, Poland 32 people died.")).extracting(f -> f.value()).containsExactly(32.0);
  }
}
