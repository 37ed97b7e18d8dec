package dev.newsbrief.cli;

/** What each exit status means; scripts may rely on these. */
public final class ExitCode {
  public static final int OK = 0;
  /** A bug: the message asks to report it. */
  public static final int INTERNAL = 1;
  /** Wrong options or arguments. */
  public static final int USAGE = 2;
  /** Inputs missing, unreadable, or holding no report. */
  public static final int INPUT = 3;
  /** The output could not be written, or would overwrite a file. */
  public static final int OUTPUT = 4;
  /** The Java heap ran out: too many reports at once for the memory Java was given. */
  public static final int MEMORY = 5;

  private ExitCode() {}
}
