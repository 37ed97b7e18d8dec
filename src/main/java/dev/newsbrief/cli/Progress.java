package dev.newsbrief.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error, drawn only when a person is watching a terminal. */
final class Progress {
  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private final long start = System.nanoTime();

  Progress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
    this.enabled = System.console() != null && total > 1;
  }

  void step(int done, String label) {
    if (!enabled) return;
    int width = 30, filled = (int) Math.round(width * done / (double) total);
    double secs = (System.nanoTime() - start) / 1e9;
    err.printf("\r[%s%s] %d/%d %-14s %5.1fs", "#".repeat(filled), ".".repeat(width - filled), done, total, label, secs);
    if (done == total) err.println();
    err.flush();
  }
}
