package dev.newsbrief.eval.rouge;

/**
 * Perl's {@code srand(seed); int(rand(n))}: the 48-bit drand48 generator Perl uses on every
 * platform since 5.20 (and glibc's drand48 before that), so ROUGE's bootstrap can be replayed.
 */
final class PerlRandom {
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;
  private long state;

  PerlRandom(long seed) {
    state = ((seed & 0xFFFFFFFFL) << 16) | 0x330EL;
  }

  /** rand(): a double in [0, 1). */
  double nextDouble() {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return Math.scalb((double) state, -48);
  }

  /** int(rand(n)). */
  long nextInt(int n) {
    return (long) (n * nextDouble());
  }
}
