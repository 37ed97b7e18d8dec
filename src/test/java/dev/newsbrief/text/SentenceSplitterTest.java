package dev.newsbrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    return SentenceSplitter.split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(split("Maj. Gen. John Smith met U.S. officials on Feb. 4 in Washington. Mr. Lavrov was not there."))
        .containsExactly("Maj. Gen. John Smith met U.S. officials on Feb. 4 in Washington.", "Mr. Lavrov was not there.");
  }

  @Test
  void anAbbreviationCanStillEndASentence() {
    assertThat(split("The deal was signed in the U.S. The talks resume on Monday."))
        .containsExactly("The deal was signed in the U.S.", "The talks resume on Monday.");
  }

  @Test
  void aSentenceEndsInsideTheNewswiresClosingQuote() {
    assertThat(split("Garvey said the agency would study ``the wiring.'' In practice, experts say, it would be costly. "
        + "``Why not?'' Warden asked."))
        .containsExactly("Garvey said the agency would study ``the wiring.''", "In practice, experts say, it would be costly.",
            "``Why not?'' Warden asked.");
  }

  @Test
  void aCompanysAbbreviationCanEndASentence() {
    assertThat(split("The plan came from Catherine Mathis of New York Times Co. She added that plants could use a backup."))
        .containsExactly("The plan came from Catherine Mathis of New York Times Co.", "She added that plants could use a backup.");
    assertThat(split("Shares of Ford Motor Co. President Alex Trotman rose.")).hasSize(1);
  }

  @Test
  void aTimeZoneGoesOnWithItsTime() {
    assertThat(split("1:50 a.m. EST -- Pilots make their final radio call. The meeting ended at 3 p.m. Officials left."))
        .containsExactly("1:50 a.m. EST -- Pilots make their final radio call.", "The meeting ended at 3 p.m.", "Officials left.");
  }

  @Test
  void aSentenceEndingOnAnAbbreviatedDateEnds() {
    assertThat(split("The four men were kidnapped on Oct. 3. They were working on a telephone project."))
        .containsExactly("The four men were kidnapped on Oct. 3.", "They were working on a telephone project.");
    assertThat(split("The talks on Oct. 3 ended early.")).containsExactly("The talks on Oct. 3 ended early.");
  }

  @Test
  void aNameAfterInitialsIsNotANewSentence() {
    assertThat(split("Two jets of the U.S. Air Force flew in from Turkey. Arafat wrote to U.S. President Bill Clinton on Monday."))
        .containsExactly("Two jets of the U.S. Air Force flew in from Turkey.", "Arafat wrote to U.S. President Bill Clinton on Monday.");
    assertThat(split("Protesters demanded that President B.J. Habibie end the violence."))
        .containsExactly("Protesters demanded that President B.J. Habibie end the violence.");
    assertThat(split("The company is based in the U.S. Its shares fell."))
        .containsExactly("The company is based in the U.S.", "Its shares fell.");
  }

  @Test
  void middleInitialsAndTitlesStayInside() {
    assertThat(split("John F. Kennedy spoke. Dr. Abu Huthaifa works in Aleppo."))
        .containsExactly("John F. Kennedy spoke.", "Dr. Abu Huthaifa works in Aleppo.");
  }

  @Test
  void quotesAndQuestionsSplit() {
    assertThat(split("\"We will talk,\" he said. \"Will it work?\" asked a reporter. Nobody knew."))
        .hasSize(3);
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "Intro.\n\n  First sentence here.  Second one follows.";
    int from = text.indexOf("First");
    List<Span> spans = SentenceSplitter.split(text, from, text.length());
    assertThat(spans).hasSize(2);
    assertThat(spans.get(0).of(text)).isEqualTo("First sentence here.");
    assertThat(spans.get(1).of(text)).isEqualTo("Second one follows.");
  }

  @Test
  void noSentenceEndsOnAComma() {
    String text = "A specialist in the Kansas City, Kan., School District said the standards would change. The board met.";
    assertThat(split(text)).containsExactly(
        "A specialist in the Kansas City, Kan., School District said the standards would change.", "The board met.");
  }

  @Test
  void decimalNumbersStayWhole() {
    assertThat(split("It raised $1.5 million last year. The fund grew 2.5 percent."))
        .containsExactly("It raised $1.5 million last year.", "The fund grew 2.5 percent.");
  }
}
