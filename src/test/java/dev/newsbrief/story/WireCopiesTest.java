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

  private static final String TOLL = "A fire swept through a crowded market in the capital on Sunday, killing 12 people and "
      + "injuring dozens, the fire brigade said. Firefighters fought the blaze for six hours before it was under "
      + "control. The cause of the fire was not yet known, a spokesman for the city council said on Sunday evening.";

  @Test
  void aCopyWithARevisedTollIsItsOwnReport() {
    Story s = Fixtures.story(TOLL, TOLL.replace("killing 12 people", "killing 19 people"));
    assertThat(s.origins()).hasSize(2);
    assertThat(s.origin("r2")).isEqualTo("r2");
  }

  @Test
  void aCopyThatRepeatsTheSameFiguresStaysACopy() {
    Story s = Fixtures.story(TOLL, TOLL + " Roads around the market stayed closed on Monday.");
    assertThat(s.origin("r2")).isEqualTo("r1");
  }
}
