package dev.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {
  private static final RougeOptions PLAIN = RougeOptions.defaults();

  private static RougeText text(RougeOptions options, String... sentences) {
    return RougeText.of(List.of(sentences), options);
  }

  @Test
  void rougeNCountsClippedMatchesAndBigramsCrossSentenceBoundaries() {
    RougeText system = text(PLAIN, "police police arrested", "the suspect");
    RougeText reference = text(PLAIN, "police arrested the suspect");
    RougeScore r1 = Rouge.ngrams(system, List.of(reference), 1);
    assertThat(r1.hits()).isEqualTo(4); // "police" clipped to 1
    assertThat(r1.peerCount()).isEqualTo(5);
    assertThat(r1.modelCount()).isEqualTo(4);
    RougeScore r2 = Rouge.ngrams(system, List.of(reference), 2);
    // "arrested the" spans the system's two sentences and still matches
    assertThat(r2.hits()).isEqualTo(3);
    assertThat(r2.peerCount()).isEqualTo(4);
  }

  @Test
  void severalReferencesSumHitsAndCountTheSystemOncePerReference() {
    RougeText system = text(PLAIN, "storm hits coast");
    RougeScore s = Rouge.ngrams(system,
        List.of(text(PLAIN, "storm hits town"), text(PLAIN, "a storm reached the coast")), 1);
    assertThat(s.hits()).isEqualTo(2 + 2);
    assertThat(s.modelCount()).isEqualTo(3 + 5);
    assertThat(s.peerCount()).isEqualTo(3 * 2);
    assertThat(s.recall()).isEqualTo(4.0 / 8);
    assertThat(s.precision()).isEqualTo(4.0 / 6);
  }

  @Test
  void rougeLIsTheUnionLcsOfEachReferenceSentence() {
    // Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
    RougeText reference = text(PLAIN, "w1 w2 w3 w4 w5");
    RougeText system = text(PLAIN, "w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5");
    RougeScore l = Rouge.lcs(system, List.of(reference));
    assertThat(l.hits()).isEqualTo(4); // w1 w2 w3 w5
    assertThat(l.modelCount()).isEqualTo(5);
    assertThat(l.peerCount()).isEqualTo(10);
  }

  @Test
  void rougeLHitsUseUpUnigramsSoTheyNeverExceedRouge1() {
    RougeText reference = text(PLAIN, "rain fell", "rain fell");
    RougeText system = text(PLAIN, "rain fell");
    assertThat(Rouge.lcs(system, List.of(reference)).hits()).isEqualTo(2);
    assertThat(Rouge.ngrams(system, List.of(reference), 1).hits()).isEqualTo(2);
  }

  @Test
  void skipBigramsWithUnigramsSkipTheLastTokensUnigramAsRouge155Does() {
    RougeText two = text(PLAIN, "rain fell");
    assertThat(two.skipBigramCount()).isEqualTo(2); // "rain", "rain fell"; not "fell"
    assertThat(two.skipBigrams()).containsOnlyKeys("rain", "rain fell");
    RougeText seven = text(PLAIN, "a b c d e f g");
    // gap 4: a pairs with b..f (5), b with c..g (5), c with d..g (4), d 3, e 2, f 1 = 20; + 6 unigrams
    assertThat(seven.skipBigramCount()).isEqualTo(26);
    assertThat(seven.skipBigrams()).containsKey("a f").doesNotContainKey("a g");
    RougeText unlimited = text(PLAIN.withSkipGap(-1, false), "a b c d e f g");
    assertThat(unlimited.skipBigramCount()).isEqualTo(21);
  }

  @Test
  void wordLimitCutsTheSummaryAndTheReferencesCountingWhitespaceWords() {
    RougeOptions five = PLAIN.withWordLimit(5);
    RougeText system = text(five, "Oil prices rose again ,", "traders said .");
    // "Oil prices rose again ," is 5 words on whitespace: the comma counts, the rest is cut.
    assertThat(system.tokens()).containsExactly("oil", "prices", "rose", "again");
    assertThat(system.units()).hasSize(1);
    RougeText reference = text(five, "Traders said oil prices rose sharply");
    assertThat(reference.tokens()).containsExactly("traders", "said", "oil", "prices", "rose");
    assertThat(Rouge.ngrams(system, List.of(reference), 1).hits()).isEqualTo(3);
  }

  @Test
  void byteLimitCountsBytesOfTheLinesWithoutTheJoiningSpaces() {
    RougeOptions eight = PLAIN.withByteLimit(8);
    // 5 bytes kept whole, then 3 bytes of the next line: "abcde fgh".
    assertThat(text(eight, "abcde", "fghij").tokens()).containsExactly("abcde", "fgh");
    // A non-ASCII character counts its UTF-8 bytes: "é" is 2.
    assertThat(text(PLAIN.withByteLimit(4), "café").tokens()).containsExactly("caf");
  }

  @Test
  void byteLimitCutsRougeLUnitsOnlyInsideTheFirstLongLineAsRouge155Does() {
    RougeOptions eight = PLAIN.withByteLimit(8);
    RougeText t = text(eight, "abcde", "fghij", "klmnopqrstu", "vw");
    assertThat(t.tokens()).containsExactly("abcde", "fgh");
    assertThat(t.units()).containsExactly(List.of("abcde"), List.of("fghij"), List.of("klmnopqr"));
  }

  @Test
  void linesAreTrimmedAndEmptyLinesSkipped() {
    RougeText t = text(PLAIN.withByteLimit(6), "  abc  ", "", "def\nghi");
    assertThat(t.tokens()).containsExactly("abc", "def"); // the trimmed spaces do not count
    assertThat(t.units()).containsExactly(List.of("abc"), List.of("def"), List.of("ghi"));
  }

  @Test
  void printedFIsComputedFromTheRoundedRecallAndPrecision() {
    RougeScore s = new RougeScore(1, 3, 7, 0.5);
    RougeScore.Printed p = s.printed();
    assertThat(p.recall()).isEqualTo(0.14286);
    assertThat(p.precision()).isEqualTo(0.33333);
    assertThat(p.f()).isEqualTo(0.2); // 2 * 0.14286 * 0.33333 / 0.47619 = 0.2000004...
    assertThat(s.f()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(new RougeScore(0, 0, 0, 0.5).printed()).isEqualTo(new RougeScore.Printed(0, 0, 0));
  }

  @Test
  void alphaWeighsRecallAgainstPrecision() {
    // F = PR / ((1 - alpha) P + alpha R): alpha 1 gives precision, alpha 0 recall.
    assertThat(new RougeScore(1, 4, 2, 1.0).f()).isEqualTo(0.25);
    assertThat(new RougeScore(1, 4, 2, 0.0).f()).isEqualTo(0.5);
  }

  @Test
  void scoreGivesAllFourMetrics() {
    RougeScores s = Rouge.score(List.of("the cat sat on the mat"),
        List.of(List.of("the cat sat on a mat")), PLAIN);
    assertThat(s.rouge1().hits()).isEqualTo(5);
    assertThat(s.rouge2().hits()).isEqualTo(3);
    assertThat(s.rougeL().hits()).isEqualTo(5);
    assertThat(s.get(RougeMetric.ROUGE_SU)).isSameAs(s.rougeSU());
    assertThat(RougeMetric.ROUGE_SU.label(PLAIN)).isEqualTo("ROUGE-SU4");
  }

  @Test
  void textsPreparedWithDifferentOptionsAreRejected() {
    RougeText stemmed = text(PLAIN.withStem(true), "rain");
    assertThatThrownBy(() -> Rouge.score(text(PLAIN, "rain"), List.of(stemmed)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RougeOptions(false, false, 10, 10, 0.5, 4, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
