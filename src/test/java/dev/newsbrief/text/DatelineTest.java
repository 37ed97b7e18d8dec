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
  }

  @Test
  void leavesOrdinarySentencesAlone() {
    assertThat(Dateline.length("The UN said on Monday that aid - food and water - arrived.", 0, 58)).isZero();
    assertThat(Dateline.length("US secretary of state John Kerry will meet his counterpart.", 0, 40)).isZero();
    assertThat(Dateline.length("NATO - the alliance - met.", 0, 26)).isZero();
  }
}
