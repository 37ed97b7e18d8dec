package dev.newsbrief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BranchAndBoundTest {
  private static BitSet set(int... items) {
    BitSet b = new BitSet();
    for (int i : items) b.set(i);
    return b;
  }

  /**
   * Item 0 is the densest (12 in 6 words) and, once taken, leaves room only for item 3; items 1
   * and 2 fill the budget of 10 exactly and cover 18. No single exchange leads from one to the other.
   */
  private static final CoverageProblem TRAP = new CoverageProblem(
      new int[] {6, 5, 5, 4},
      new int[][] {{0, 1}, {0, 2}, {1, 3}, {4}},
      new double[] {6, 6, 3, 3, 1});

  @Test
  void findsTheOptimumGreedyMisses() {
    BranchAndBound.Outcome o = new BranchAndBound().search(TRAP, 10);
    assertThat(o.chosen()).isEqualTo(set(1, 2));
    assertThat(o.value()).isEqualTo(18.0);
    assertThat(o.proved()).isTrue();
    assertThat(TRAP.coverage(new GreedySwap(1.0).solve(TRAP, 10))).isEqualTo(13.0);
  }

  @Test
  void countsASharedConceptOnce() {
    CoverageProblem p = new CoverageProblem(new int[] {3, 3, 3}, new int[][] {{0}, {0}, {1}}, new double[] {5, 1});
    assertThat(new BranchAndBound().search(p, 6).value()).isEqualTo(6.0);
  }

  @Test
  void matchesExhaustiveSearchAndKeepsTheBudgetOnRandomProblems() {
    Random random = new Random(7);
    for (int trial = 0; trial < 300; trial++) {
      int n = 3 + random.nextInt(10), m = 4 + random.nextInt(25);
      int[] lengths = new int[n];
      int[][] covers = new int[n][];
      double[] weights = new double[m];
      for (int c = 0; c < m; c++) weights[c] = random.nextInt(10);
      for (int i = 0; i < n; i++) {
        lengths[i] = 1 + random.nextInt(10);
        TreeSet<Integer> s = new TreeSet<>();
        int k = 1 + random.nextInt(Math.min(6, m));
        while (s.size() < k) s.add(random.nextInt(m));
        covers[i] = s.stream().mapToInt(Integer::intValue).toArray();
      }
      CoverageProblem p = new CoverageProblem(lengths, covers, weights);
      int budget = 3 + random.nextInt(25);
      double optimum = 0;
      for (long mask = 0; mask < 1L << n; mask++) {
        BitSet b = BitSet.valueOf(new long[] {mask});
        if (p.length(b) <= budget) optimum = Math.max(optimum, p.coverage(b));
      }
      BranchAndBound.Outcome o = new BranchAndBound().search(p, budget);
      assertThat(p.length(o.chosen())).as("trial %d", trial).isLessThanOrEqualTo(budget);
      assertThat(o.value()).as("trial %d", trial).isEqualTo(p.coverage(o.chosen()));
      assertThat(o.value()).as("trial %d", trial).isCloseTo(optimum, org.assertj.core.data.Offset.offset(1e-9));
      BitSet greedy = new GreedySwap(0.6).solve(p, budget);
      assertThat(p.length(greedy)).as("trial %d", trial).isLessThanOrEqualTo(budget);
      assertThat(p.coverage(greedy)).isLessThanOrEqualTo(optimum + 1e-9);
    }
  }

  @Test
  void returnsTheBestFoundWhenTheNodeLimitStopsIt() {
    BranchAndBound.Outcome o = new BranchAndBound(1).search(TRAP, 10);
    assertThat(TRAP.length(o.chosen())).isLessThanOrEqualTo(10);
    assertThat(o.value()).isEqualTo(13.0);
    assertThat(o.proved()).isFalse();
  }

  @Test
  void neverChoosesTwoConflictingItemsAndStaysOptimalAmongTheRest() {
    Random random = new Random(11);
    for (int trial = 0; trial < 200; trial++) {
      int n = 3 + random.nextInt(9), m = 4 + random.nextInt(20);
      int[] lengths = new int[n];
      int[][] covers = new int[n][];
      double[] weights = new double[m];
      for (int c = 0; c < m; c++) weights[c] = random.nextInt(10);
      for (int i = 0; i < n; i++) {
        lengths[i] = 1 + random.nextInt(8);
        TreeSet<Integer> s = new TreeSet<>();
        int k = 1 + random.nextInt(Math.min(6, m));
        while (s.size() < k) s.add(random.nextInt(m));
        covers[i] = s.stream().mapToInt(Integer::intValue).toArray();
      }
      boolean[][] clash = new boolean[n][n];
      for (int a = 0; a < n; a++) for (int b = a + 1; b < n; b++) clash[a][b] = clash[b][a] = random.nextInt(4) == 0;
      CoverageProblem p = new CoverageProblem(lengths, covers, weights, (a, b) -> clash[a][b]);
      int budget = 3 + random.nextInt(25);
      double optimum = 0;
      for (long mask = 0; mask < 1L << n; mask++) {
        BitSet b = BitSet.valueOf(new long[] {mask});
        if (p.length(b) <= budget && !hasClash(b, clash)) optimum = Math.max(optimum, p.coverage(b));
      }
      BranchAndBound.Outcome o = new BranchAndBound().search(p, budget);
      assertThat(hasClash(o.chosen(), clash)).as("trial %d", trial).isFalse();
      assertThat(o.value()).as("trial %d", trial).isCloseTo(optimum, org.assertj.core.data.Offset.offset(1e-9));
      BitSet greedy = new GreedySwap(0.6).solve(p, budget);
      assertThat(hasClash(greedy, clash)).as("trial %d", trial).isFalse();
      assertThat(p.length(greedy)).as("trial %d", trial).isLessThanOrEqualTo(budget);
    }
  }

  private static boolean hasClash(BitSet chosen, boolean[][] clash) {
    for (int a = chosen.nextSetBit(0); a >= 0; a = chosen.nextSetBit(a + 1)) {
      for (int b = chosen.nextSetBit(a + 1); b >= 0; b = chosen.nextSetBit(b + 1)) if (clash[a][b]) return true;
    }
    return false;
  }
}
