package dev.newsbrief.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import org.junit.jupiter.api.Test;

class WireCopiesTest {
  private static final String WIRE = "The central bank raised its main interest rate by a quarter point on Wednesday, "
      + "the first increase in three years, citing stubborn inflation in services and housing. Markets had "
      + "expected the move. The governor said further rises could not be ruled out if prices kept climbing.";

  @Test
  void aTrimmedCopyWithAnAddedLineIsACopy() {
    Story s = Fixtures.story(WIRE, "Unrelated weather report: rain is expected across the north all week long.",
        WIRE.substring(0, WIRE.lastIndexOf("The governor")) + " Reuters contributed to this report.");
    assertThat(s.origin("r3")).isEqualTo("r1");
    assertThat(s.origin("r2")).isEqualTo("r2");
    assertThat(s.origins()).hasSize(2);
  }

  @Test
  void reportsOfTheSameEventInOtherWordsAreNotCopies() {
    Story s = Fixtures.story(WIRE, "On Wednesday the bank lifted borrowing costs for the first time in three years, "
        + "pointing to inflation that refuses to fall in services and housing. Its governor did not rule out more rises.");
    assertThat(s.origins()).hasSize(2);
  }
}
