package dev.newsbrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
  private static String after(String text) {
    return text.substring(Dateline.length(text, 0, text.length()));
  }

  @Test
  void stripsWireDatelines() {
    assertThat(after("MUNICH -- U.S. Secretary of State John Kerry met Lavrov.")).startsWith("U.S. Secretary");
    assertThat(after("LONDON (AP) _ An influential lawmaker spoke.")).startsWith("An influential");
    assertThat(after("MARROW FORD, March 3 (Northern Wire) - Three people have died.")).startsWith("Three people");
    assertThat(after("WASHINGTON (Reuters) - The Senate voted.")).startsWith("The Senate");
    assertThat(after("OPORTO, Portugal (AP) — President Castro said Sunday he disagreed.")).startsWith("President Castro");
    assertThat(after("DAR ES SALAAM, Tanzania — In a rare statement the police spoke.")).startsWith("In a rare");
    assertThat(after("SAN JUAN, Puerto Rico (AP) — It plowed over 17 islands.")).startsWith("It plowed");
    assertThat(after("RAFAH, Gaza Strip — Cruising at 19,000 feet, the pilot spoke.")).startsWith("Cruising");
  }

  @Test
  void theFirstSentenceOfAReportStartsAfterItsDatelineAsAVerbatimSpan() {
    String text = "OPORTO, Portugal (AP) — President Castro said Sunday he disagreed with the arrest. He left.";
    var s = Analyzer.analyze(new dev.newsbrief.model.Article("a", "", text, null, null, null, "test")).sentences().get(0);
    assertThat(s.text()).isEqualTo("President Castro said Sunday he disagreed with the arrest.");
    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    assertThat(s.tokens().get(0).text()).isEqualTo("President");
  }

  @Test
  void leavesOrdinarySentencesAlone() {
    assertThat(Dateline.length("The UN said on Monday that aid - food and water - arrived.", 0, 58)).isZero();
    assertThat(Dateline.length("US secretary of state John Kerry will meet his counterpart.", 0, 40)).isZero();
    assertThat(Dateline.length("NATO - the alliance - met.", 0, 26)).isZero();
    String note = "EDITOR'S NOTE — The writer is the bureau chief in the city.";
    assertThat(Dateline.length(note, 0, note.length())).isZero();
  }
}
