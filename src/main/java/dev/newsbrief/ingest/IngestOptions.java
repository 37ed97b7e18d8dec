package dev.newsbrief.ingest;

/**
 * Limits and checks of one ingest run.
 *
 * @param maxBytesPerFile larger files (and standard input) are skipped with a problem, so one
 *                        stray dump cannot exhaust memory
 * @param checkEnglish    flag reports that do not look like English (they are still read)
 */
public record IngestOptions(long maxBytesPerFile, boolean checkEnglish) {
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  public static final IngestOptions DEFAULTS = new IngestOptions(DEFAULT_MAX_BYTES, true);

  public IngestOptions {
    if (maxBytesPerFile <= 0) throw new IllegalArgumentException("maxBytesPerFile must be positive");
  }
}
