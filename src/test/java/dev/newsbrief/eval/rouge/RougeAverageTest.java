package dev.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeAverageTest {

  @Test
  void perlRandomReplaysPerlsSrandAndRand() {
    // Printed by perl 5.36: perl -e 'srand(0); print rand()' etc.
    PerlRandom zero = new PerlRandom(0);
    assertThat(zero.nextDouble()).isEqualTo(0.17082803610628972);
    assertThat(zero.nextDouble()).isEqualTo(0.74990198048496381);
    PerlRandom one = new PerlRandom(1);
    int[] draws = new int[10];
    for (int i = 0; i < 10; i++) draws[i] = (int) one.nextInt(30);
    assertThat(draws).containsExactly(1, 13, 25, 10, 16, 0, 5, 29, 22, 10);
  }

  @Test
  void meanAveragesThePrintedPerSummaryValues() {
    List<RougeScore> scores = List.of(new RougeScore(1, 2, 4, 0.5), new RougeScore(1, 1, 2, 0.5));
    RougeScore.Printed mean = RougeAverage.mean(scores);
    assertThat(mean.recall()).isEqualTo(0.375);
    assertThat(mean.precision()).isEqualTo(0.75);
    assertThat(mean.f()).isEqualTo(0.5);
  }

  @Test
  void bootstrapOfIdenticalScoresIsThatScoreWithAZeroWidthInterval() {
    List<RougeScore> same = java.util.Collections.nCopies(7, new RougeScore(3, 10, 12, 0.5));
    RougeAverage.Bootstrap b = RougeAverage.bootstrap(same, 1000, 95);
    assertThat(b.average()).isEqualTo(same.get(0).printed());
    assertThat(b.lower()).isEqualTo(b.upper()).isEqualTo(b.average());
  }

  @Test
  void bootstrapAverageIsCloseToTheMeanAndInsideItsInterval() {
    List<RougeScore> scores = List.of(new RougeScore(1, 10, 10, 0.5), new RougeScore(5, 10, 10, 0.5),
        new RougeScore(9, 10, 10, 0.5), new RougeScore(3, 10, 10, 0.5));
    RougeAverage.Bootstrap b = RougeAverage.bootstrap(scores, 1000, 95);
    assertThat(b.average().recall()).isCloseTo(0.45, org.assertj.core.data.Offset.offset(0.02));
    assertThat(b.lower().recall()).isLessThan(b.average().recall());
    assertThat(b.upper().recall()).isGreaterThan(b.average().recall());
  }
}
