package dev.newsbrief.eval.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TimelineMetricsTest {
  private static final LocalDate JAN1 = LocalDate.of(2020, 1, 1);
  private static final LocalDate JAN2 = JAN1.plusDays(1);
  private static final LocalDate JAN3 = JAN1.plusDays(2);
  private static final Path DATA = Path.of("../shared/data");

  private static Timeline timeline(Object... dateThenSentence) {
    Map<LocalDate, List<String>> m = new TreeMap<>();
    for (int i = 0; i < dateThenSentence.length; i += 2) {
      m.put((LocalDate) dateThenSentence[i], List.of((String) dateThenSentence[i + 1]));
    }
    return Timeline.of(m);
  }

  @Test
  void alignmentTiesGoToTheEarliestDate() {
    // The predicted Jan 2 costs 0 against reference Jan 1 (same text) and Jan 2 (same day).
    Timeline reference = timeline(JAN1, "Volcano erupts near village", JAN2, "Airlines cancel flights");
    Timeline predicted = timeline(JAN2, "Volcano erupts near village");
    TimelineScores s = TimelineMetrics.evaluate(predicted, reference);
    // Aligned to Jan 1: weight 1/2 times all 3 unigrams, over 3 predicted unigrams.
    assertThat(s.alignManyToOne().rouge1().precision()).isEqualTo(0.5);
    // Agreement only compares Jan 2 with Jan 2, which share nothing.
    assertThat(s.agreement().rouge1().precision()).isEqualTo(0.0);
    assertThat(s.date()).isEqualTo(new Prf(1.0, 0.5));
  }

  @Test
  void alignmentPrefersContentOverDateWhenItCostsLess() {
    Timeline reference = timeline(JAN1, "Volcano erupts near village", JAN3, "Airlines cancel flights");
    Timeline predicted = timeline(JAN2, "Airlines cancel overseas flights");
    TimelineScores s = TimelineMetrics.evaluate(predicted, reference);
    // Both references are a day away: Jan 3 wins on content (cheap F1 6/7 against 0).
    assertThat(s.alignManyToOne().rouge1().precision()).isCloseTo(0.5 * 3 / 4, within(1e-12));
    // Recall: Jan 1 aligns to Jan 2 (the only prediction) with no hits; Jan 3 gets 0.5 * 3 of 3.
    assertThat(s.alignManyToOne().rouge1().recall()).isCloseTo(1.5 / 6, within(1e-12));
  }

  @Test
  void anEmptyPredictionScoresZeroWithoutFailing() {
    TimelineScores s = TimelineMetrics.evaluate(Timeline.of(Map.of()), timeline(JAN1, "Volcano erupts"));
    assertThat(List.of(s.concat().rouge1(), s.agreement().rouge2(), s.alignManyToOne().rouge1(), s.date()))
        .containsOnly(Prf.ZERO);
    assertThat(TimelineMetrics.evaluate(timeline(JAN1, "Volcano erupts"), Timeline.of(Map.of())).date())
        .isEqualTo(Prf.ZERO);
  }

  @Test
  void concatBigramsRunAcrossDates() {
    Timeline reference = timeline(JAN1, "Rebels seized", JAN2, "airport today");
    Timeline predicted = timeline(JAN3, "Rebels seized airport today");
    TimelineScores s = TimelineMetrics.evaluate(predicted, reference);
    assertThat(s.concat().rouge2().precision()).isEqualTo(1.0); // "seiz airport" spans the dates
    assertThat(s.concat().rouge1().f1()).isEqualTo(1.0);
    assertThat(s.agreement().rouge1().recall()).isEqualTo(0.0);
    assertThat(s.date().f1()).isEqualTo(0.0);
  }

  @Test
  void cheapEstimateDropsPunctuationTokensButKeepsQuotesAndDoubleDashes() {
    Map<String, Integer> counts =
        TimelineText.cheapTokenCounts(List.of("He said -- `` no ( ) () . '' No"));
    assertThat(counts).containsOnlyKeys("He", "said", "--", "``", "no", "''", "No");
    assertThat(TimelineMetrics.cheapRouge1F1(counts, counts)).isEqualTo(1.0);
    assertThat(TimelineMetrics.cheapRouge1F1(counts, Map.of())).isEqualTo(0.0);
  }

  @Test
  void sameDayCostsNothingWhateverTheContent() {
    assertThat(TimelineMetrics.cost(JAN1, Map.of("a", 1), JAN1, Map.of("b", 1))).isEqualTo(0.0);
    assertThat(TimelineMetrics.cost(JAN1, Map.of("a", 1), JAN2, Map.of("b", 1))).isEqualTo(0.5);
  }

  @Test
  void rougeInputEscapesCaretAndDropsTextAfterLessThan() {
    assertThat(TimelineText.asRougeInput("  Prices  rose^2 <b>fast</b>")).isEqualTo("Prices rose&circ;2 ");
    assertThat(TimelineMetrics.rougeText(List.of("Prices rose^2 <b>fast")).tokens())
        .containsExactly("price", "rise", "circ", "2"); // WordNet: rose -> rise
    assertThat(TimelineMetrics.rougeText(List.of("<p>", "  ")).tokens()).isEmpty();
  }

  @Test
  void averagesComputeF1FromTheMeanPrecisionAndRecall() {
    Prf mean = Prf.mean(List.of(new Prf(1, 0), new Prf(0, 1)));
    assertThat(mean).isEqualTo(new Prf(0.5, 0.5));
    assertThat(mean.f1()).isEqualTo(0.5); // the mean of the two F1 values would be 0
    assertThat(Prf.ofCounts(1, 0, 0, 0)).isEqualTo(Prf.ZERO);
  }

  @Test
  void handChecksOfTheTlsReadmeOnH1n1Reuters() throws IOException {
    Path check = DATA.resolve("tls-check/predictions/H1N1_reuters.shifted.txt");
    Assumptions.assumeTrue(Files.isRegularFile(check), "../shared/data/tls-check absent: skipping");
    Timeline reference = TimelineMetricsOfficialTest.reference("H1N1_reuters");
    Timeline shifted = TimelineReader.read(check);
    assertThat(shifted).isEqualTo(reference.shifted(1));

    TimelineScores s = TimelineMetrics.evaluate(shifted, reference);
    assertThat(s.alignManyToOne().rouge1().recall()).isCloseTo(40.5 / 180, within(1e-12));
    assertThat(s.alignManyToOne().rouge1().precision()).isEqualTo(0.5);
    assertThat(s.date().f1()).isCloseTo(0.6, within(1e-12));

    int[] unigrams = {3, 8, 10, 12};
    LocalDate[] days = {LocalDate.of(2009, 4, 13), LocalDate.of(2009, 4, 4), LocalDate.of(2009, 4, 19),
        LocalDate.of(2009, 4, 20)};
    for (int i = 0; i < days.length; i++) {
      assertThat(TimelineMetrics.rougeText(reference.sentences(days[i])).tokens()).as(days[i].toString())
          .hasSize(unigrams[i]);
    }
    assertThat(TimelineMetrics.rougeText(reference.sentences(LocalDate.of(2009, 4, 13))).tokens())
        .containsExactly("woman", "oaxaca", "di");
    var april19 = TimelineMetrics.rougeText(reference.sentences(LocalDate.of(2009, 4, 19)));
    var april20 = TimelineMetrics.rougeText(reference.sentences(LocalDate.of(2009, 4, 20)));
    assertThat(TimelineMetrics.counts(april19, april20, 1).hits()).isEqualTo(3);
    assertThat(april19.tokens()).contains("mexico", "california", "organ");
  }

  @Test
  void bpoilOtherReferenceDateScores() throws IOException {
    Path check = DATA.resolve("tls-check/predictions/bpoil_bbc.other-ref.txt");
    Assumptions.assumeTrue(Files.isRegularFile(check), "../shared/data/tls-check absent: skipping");
    Prf date = TimelineMetrics.evaluate(TimelineReader.read(check),
        TimelineMetricsOfficialTest.reference("bpoil_bbc")).date();
    assertThat(date).isEqualTo(new Prf(9.0 / 16, 9.0 / 48));
    assertThat(date.f1()).isEqualTo(0.28125);
  }
}
