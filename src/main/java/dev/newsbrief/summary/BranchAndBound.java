package dev.newsbrief.summary;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Exact budgeted coverage by depth-first branch and bound. A node fixes some items in and some
 * out; its bound is what is covered so far plus the fractional knapsack of the free items'
 * marginal gains, which over-estimates any completion because coverage is submodular (an item
 * never adds more than its gain alone). Branching takes the free item of highest marginal gain per
 * word, in first, so good solutions come early and prune the rest. Starts from {@link GreedySwap}'s
 * answer; past {@code maxNodes} it returns the best found, which is then not proved optimal.
 *
 * @param maxNodes nodes to explore at most
 */
public record BranchAndBound(long maxNodes) implements CoverageOptimiser {
  /** Enough for news clusters at a 100-word budget to be solved to optimality almost always. */
  public static final long DEFAULT_NODES = 200_000;

  public BranchAndBound() {
    this(DEFAULT_NODES);
  }

  /** The last search's outcome, for tests and measurements. */
  public record Outcome(BitSet chosen, double value, long nodes, boolean proved) {}

  @Override
  public BitSet solve(CoverageProblem p, int budget) {
    return search(p, budget).chosen();
  }

  public Outcome search(CoverageProblem p, int budget) {
    Search s = new Search(p, budget, maxNodes);
    s.best = new GreedySwap(0.6).solve(p, budget);
    s.bestValue = p.coverage(s.best);
    s.dfs(0, 0, budget);
    return new Outcome(s.best, s.bestValue, s.nodes, s.nodes <= maxNodes);
  }

  private static final class Search {
    final CoverageProblem p;
    final long maxNodes;
    final int[] coveredCount;
    final BitSet chosen = new BitSet();
    final BitSet fixedOut = new BitSet();
    final double[] gain;
    final Integer[] free;
    BitSet best;
    double bestValue;
    long nodes;

    Search(CoverageProblem p, int budget, long maxNodes) {
      this.p = p;
      this.maxNodes = maxNodes;
      coveredCount = new int[p.weights().length];
      gain = new double[p.items()];
      free = new Integer[p.items()];
    }

    void dfs(double value, int used, int budget) {
      if (++nodes > maxNodes) return;
      if (value > bestValue + 1e-9) {
        bestValue = value;
        best = (BitSet) chosen.clone();
      }
      int room = budget - used;
      int n = 0;
      for (int i = 0; i < p.items(); i++) {
        if (chosen.get(i) || fixedOut.get(i) || p.lengths()[i] > room || !p.admits(chosen, i, -1)) continue;
        double g = 0;
        for (int c : p.covers()[i]) if (coveredCount[c] == 0) g += p.weights()[c];
        if (g <= 0) continue;
        gain[i] = g;
        free[n++] = i;
      }
      if (n == 0) return;
      Arrays.sort(free, 0, n, (a, b) -> Double.compare(gain[b] / p.lengths()[b], gain[a] / p.lengths()[a]));
      double bound = value;
      int left = room;
      for (int k = 0; k < n && left > 0; k++) {
        int i = free[k];
        if (p.lengths()[i] <= left) {
          bound += gain[i];
          left -= p.lengths()[i];
        } else {
          bound += gain[i] * left / p.lengths()[i];
          left = 0;
        }
      }
      if (bound <= bestValue + 1e-9) return;
      int branch = free[0];
      double g = gain[branch];
      // In.
      chosen.set(branch);
      for (int c : p.covers()[branch]) coveredCount[c]++;
      dfs(value + g, used + p.lengths()[branch], budget);
      for (int c : p.covers()[branch]) coveredCount[c]--;
      chosen.clear(branch);
      // Out.
      fixedOut.set(branch);
      dfs(value, used, budget);
      fixedOut.clear(branch);
    }
  }
}
