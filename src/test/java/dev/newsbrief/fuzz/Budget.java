package dev.newsbrief.fuzz;

/**
 * What counts as a hang while fuzzing: more than a second for one input of at most 64 KB. Checked
 * only when fuzzing ({@code JAZZER_FUZZ} set), where one input at a time runs on a quiet core; the
 * regression run in {@code mvn verify} checks behaviour, not time, since CI machines are noisy.
 */
final class Budget {
  static final int MAX_INPUT = 64 * 1024;
  private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isBlank();
  private static final long LIMIT_NANOS = 1_000_000_000L;
  /** The first inputs of a run load and compile the code they reach: slow once, not a hang. */
  private static final int WARM_UP = 200;
  private static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

  private Budget() {}

  /**
   * Runs {@code work}; while fuzzing, an input it takes over a second on, twice in a row, is a
   * finding (a hang repeats; a pause of the machine or a resource loaded on first use does not).
   */
  static void within(Runnable work) {
    long took = timed(work);
    if (FUZZING && RUNS.incrementAndGet() > WARM_UP && took > LIMIT_NANOS) {
      long again = timed(work);
      if (again > LIMIT_NANOS) throw new AssertionError("hang: " + took / 1_000_000 + " ms, then " + again / 1_000_000 + " ms for one input");
    }
  }

  private static long timed(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }
}
