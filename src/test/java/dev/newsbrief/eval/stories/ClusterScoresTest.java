package dev.newsbrief.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  @Test
  void bCubedPairwiseAndRandAsDefined() {
    // classes: A = {1,2,3}, B = {4,5}; clusters: x = {1,2}, y = {3,4,5}
    List<String> items = List.of("1", "2", "3", "4", "5");
    Map<String, String> truth = Map.of("1", "A", "2", "A", "3", "A", "4", "B", "5", "B");
    Map<String, String> found = Map.of("1", "x", "2", "x", "3", "y", "4", "y", "5", "y");
    ClusterScores s = ClusterScores.of(items, found, truth);
    // B-cubed precision: items 1,2: 2/2; item 3: 1/3; items 4,5: 2/3 -> (1+1+1/3+2/3+2/3)/5
    assertThat(s.precision()).isCloseTo((1 + 1 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5, within(1e-9));
    // B-cubed recall: items 1,2: 2/3; item 3: 1/3; items 4,5: 2/2
    assertThat(s.recall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, within(1e-9));
    // pairs: together in a cluster {12, 34, 35, 45}, in a class {12, 13, 23, 45}: 2 of 4 each
    assertThat(s.pairF1()).isCloseTo(0.5, within(1e-9));
    // ARI by the contingency formula: index 2, expected 4*4/10 = 1.6, max 4
    assertThat(s.ari()).isCloseTo((2 - 1.6) / (4 - 1.6), within(1e-9));
    assertThat(s.found()).isEqualTo(2);
    assertThat(s.truth()).isEqualTo(2);
  }

  @Test
  void aPerfectClusteringScoresOne() {
    List<String> items = List.of("1", "2", "3");
    Map<String, String> truth = Map.of("1", "A", "2", "A", "3", "B");
    Map<String, String> found = Map.of("1", "p", "2", "p", "3", "q");
    ClusterScores s = ClusterScores.of(items, found, truth);
    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.pairF1()).isEqualTo(1.0);
    assertThat(s.ari()).isEqualTo(1.0);
  }
}
