package dev.newsbrief.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsbrief.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  @Test
  void countsFourWordShinglesWithMultiplicityAndNormalisesEachPage() {
    // truth: "a b c d", "b c d e"; extracted: "a b c d", "b c d x": one of three shingle slots each
    ShingleScore.Page p = ShingleScore.page("a b c d e", "a, b. c d x");
    assertThat(p.tp()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(p.fp()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(p.fn()).isCloseTo(1 / 3.0, within(1e-9));
    // a shingle twice in the truth and once extracted: one matched, one missed
    ShingleScore.Page twice = ShingleScore.page("w x y z w x y z", "w x y z");
    assertThat(twice.tp() / twice.fn()).isCloseTo(1 / 4.0, within(1e-9));
  }

  @Test
  void wordsAreLettersDigitsAndUnderscoreOfAnyScriptAsPythonReadsThem() {
    assertThat(ShingleScore.words("Zürich's 3rd_place — café, 北京")).containsExactly("Zürich", "s", "3rd_place", "café", "北京");
    // shorter than four words: one shorter shingle
    assertThat(ShingleScore.page("two words", "two words").f1()).isEqualTo(1.0);
  }

  @Test
  void totalsAreMeansOverPagesAndAnEmptyExtractionCountsNoPrecision() {
    ShingleScore.Total t = ShingleScore.total(List.of(ShingleScore.page("a b c d e f", "a b c d e f"),
        ShingleScore.page("a b c d e f", "")));
    // the empty page has tp = fp = 0: left out of precision, recall 0
    assertThat(t.precision()).isEqualTo(1.0);
    assertThat(t.recall()).isEqualTo(0.5);
    assertThat(t.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
  }

  @Test
  void onTheDevPagesNewsbriefKeepsTheArticleBetterThanReadabilityAlone() throws Exception {
    var pages = ExtractionBenchmark.read(Fixtures.shared("article-extraction-dev"));
    var ours = ExtractionBenchmark.run("newsbrief", pages, ExtractionBenchmark::newsbrief).total();
    var baseline = ExtractionBenchmark.run("readability4j", pages, ExtractionBenchmark::readability).total();
    assertThat(pages).hasSize(88);
    assertThat(ours.f1()).as("F1 on the dev pages").isGreaterThan(baseline.f1()).isGreaterThanOrEqualTo(0.97);
    assertThat(ours.precision()).isGreaterThanOrEqualTo(0.96);
    assertThat(ours.recall()).isGreaterThanOrEqualTo(0.97);
  }
}
