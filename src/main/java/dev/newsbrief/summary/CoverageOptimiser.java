package dev.newsbrief.summary;

import java.util.BitSet;

/** Solves (exactly or approximately) a {@link CoverageProblem} within a budget. */
public interface CoverageOptimiser {
  /** Items chosen, their lengths summing to at most {@code budget}. */
  BitSet solve(CoverageProblem problem, int budget);
}
