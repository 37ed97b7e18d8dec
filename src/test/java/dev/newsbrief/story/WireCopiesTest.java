package dev.newsbrief.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.model.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

  @Test
  void theIndexFindsTheCopiesThatComparingEveryPairFinds() {
    // about 90 stories of random words, all ending on one sentence of boilerplate (a shingle in more
    // reports than the index counts), each run again trimmed or with a line added by other outlets
    Random random = new Random(13);
    String[] vocabulary = new String[400];
    for (int i = 0; i < vocabulary.length; i++) vocabulary[i] = "w" + Integer.toString(i, 36) + "x";
    String boilerplate = " Copyright the agency all rights reserved and may not be published broadcast rewritten or redistributed.";
    List<String> bodies = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    for (int i = 0; i < 140; i++) {
      if (originals.isEmpty() || random.nextDouble() < 0.65) {
        StringBuilder b = new StringBuilder();
        for (int sentence = 0; sentence < 6; sentence++) {
          for (int w = 0; w < 12; w++) b.append(w == 0 ? "The " : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
          b.append(". ");
        }
        originals.add(b.toString());
        bodies.add(b + boilerplate);
      } else {
        String original = originals.get(random.nextInt(originals.size()));
        String copy = random.nextBoolean() ? original.substring(0, original.lastIndexOf(". ", original.length() - 3) + 2)
            : original + "It added a line of its own about " + vocabulary[random.nextInt(vocabulary.length)] + ".";
        bodies.add(copy + boilerplate);
      }
    }
    Story story = Fixtures.story(bodies.toArray(String[]::new));
    assertThat(story.originOf()).isEqualTo(everyPair(story.documents()));
    assertThat(story.origins()).hasSize(originals.size()); // every copy found, no original taken for one
  }

  /** The first earlier independent report each report copies, comparing it with all of them (no figures here). */
  private static Map<String, String> everyPair(List<Document> docs) {
    Map<String, String> origin = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      origin.put(d.id(), d.id());
      long[] mine = WireCopies.shingles(d);
      if (mine.length < 5) continue;
      for (int j = 0; j < i; j++) {
        Document earlier = docs.get(j);
        if (origin.get(earlier.id()).equals(earlier.id())
            && WireCopies.containment(mine, WireCopies.shingles(earlier)) >= WireCopies.CONTAINMENT) {
          origin.put(d.id(), earlier.id());
          break;
        }
      }
    }
    return origin;
  }
}
