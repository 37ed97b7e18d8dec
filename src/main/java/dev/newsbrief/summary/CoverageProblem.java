package dev.newsbrief.summary;

import java.util.BitSet;

/**
 * A budgeted maximum coverage problem: items (sentences) with lengths, each covering a set of
 * weighted elements (concepts); choose items of total length within a budget so the covered
 * elements weigh most. Elements are counted once however many chosen items cover them.
 *
 * <p>Some pairs of items may conflict (two sentences stating the same fact in other words): a
 * solution never holds both, even where covering different elements would reward it.
 *
 * @param lengths   each item's length
 * @param covers    each item's elements, as indexes into {@code weights}, without repeats
 * @param weights   each element's weight, not negative
 * @param conflicts which pairs of items may not be chosen together
 */
public record CoverageProblem(int[] lengths, int[][] covers, double[] weights, Conflicts conflicts) {
  /** Which pairs of items exclude each other; asked lazily, so it may be costly to answer. */
  @FunctionalInterface
  public interface Conflicts {
    Conflicts NONE = (a, b) -> false;

    boolean conflict(int a, int b);
  }

  public CoverageProblem {
    if (lengths.length != covers.length) throw new IllegalArgumentException("lengths and covers differ in size");
    for (double w : weights) if (!(w >= 0)) throw new IllegalArgumentException("negative or NaN weight " + w);
    if (conflicts == null) conflicts = Conflicts.NONE;
  }

  public CoverageProblem(int[] lengths, int[][] covers, double[] weights) {
    this(lengths, covers, weights, Conflicts.NONE);
  }

  /** Whether item {@code add} may join {@code chosen} once {@code out} (or nothing, if negative) leaves it. */
  public boolean admits(BitSet chosen, int add, int out) {
    for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
      if (i != out && conflicts.conflict(add, i)) return false;
    }
    return true;
  }

  public int items() {
    return lengths.length;
  }

  public double coverage(BitSet chosen) {
    BitSet covered = new BitSet(weights.length);
    for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) for (int c : covers[i]) covered.set(c);
    double total = 0;
    for (int c = covered.nextSetBit(0); c >= 0; c = covered.nextSetBit(c + 1)) total += weights[c];
    return total;
  }

  public int length(BitSet chosen) {
    int n = 0;
    for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) n += lengths[i];
    return n;
  }

  /** What adding item {@code i} would add to a coverage whose covered elements are {@code covered}. */
  double gain(int i, BitSet covered) {
    double g = 0;
    for (int c : covers[i]) if (!covered.get(c)) g += weights[c];
    return g;
  }
}
