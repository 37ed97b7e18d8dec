package dev.newsbrief.ingest;

import dev.newsbrief.text.Patterns;
/**
 * An input that could not be read, was read only in part, or was read with a caveat.
 *
 * @param origin  the file, "stdin", or "file:line"
 * @param message what is wrong, for a person
 * @param kind    whether the input was skipped or only flagged
 */
public record Problem(String origin, String message, Kind kind) {
  /** What happened to the input the problem is about. */
  public enum Kind {
    /** The input (or that part of it) was not used. */
    SKIPPED,
    /** The input was used; the message is a caveat (odd encoding, not English, truncated). */
    WARNING
  }

  public Problem {
    kind = kind == null ? Kind.SKIPPED : kind;
  }

  /** A skipped input. */
  public Problem(String origin, String message) {
    this(origin, message, Kind.SKIPPED);
  }

  static Problem warning(String origin, String message) {
    return new Problem(origin, message, Kind.WARNING);
  }

  /** The problem as a command line says it: "skipped a.png: binary file (PNG image)" or "warning: b.txt: ...". */
  public String line() {
    return kind == Kind.SKIPPED ? "skipped " + origin + ": " + Patterns.replaceFirst(message, ",? skipped\\.?$", "")
        : "warning: " + origin + ": " + message;
  }

  @Override
  public String toString() {
    return origin + ": " + message;
  }
}
