package dev.newsbrief.cli;

import dev.newsbrief.text.Patterns;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsbrief}: the command-line entry point. */
@Command(name = "newsbrief", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Turns many news reports about one story into a briefing you can trust.",
    subcommands = {BriefCommand.class, StoriesCommand.class, ExtractCommand.class, EvalCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int run(String... args) {
    java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
    try {
      CommandLine cl = new CommandLine(new Main()).setErr(err);
      cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
        // a stage on another thread that ran out of memory arrives wrapped
        if (outOfMemory(ex)) return outOfMemory(cmd.getErr());
        cmd.getErr().println("newsbrief: internal error: " + ex + " (please report this)");
        if (System.getenv("NEWSBRIEF_DEBUG") != null) ex.printStackTrace(cmd.getErr());
        return ExitCode.INTERNAL;
      });
      return cl.execute(args);
    } catch (Error e) {
      // also a class whose set-up ran out of memory (ExceptionInInitializerError)
      if (outOfMemory(e)) return outOfMemory(err);
      throw e;
    }
  }

  /** Whether {@code t} is, or was caused by, the heap running out. */
  static boolean outOfMemory(Throwable t) {
    for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
      if (t instanceof OutOfMemoryError) return true;
    }
    return false;
  }

  /** Says what to do when the heap ran out; the heap is free again once the work is dropped. */
  private static int outOfMemory(java.io.PrintWriter err) {
    long mb = Runtime.getRuntime().maxMemory() >> 20;
    err.println("newsbrief: out of memory (Java may use " + mb + " MB here): brief fewer reports at once, or give Java more, e.g."
        + " NEWSBRIEF_JAVA_OPTS='-Xss4m -Xmx" + Math.max(2, 2 * Math.max(1, mb / 1024)) + "g' ./newsbrief ...");
    err.flush();
    return ExitCode.MEMORY;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to do, e.g. 'newsbrief brief' (see --help)");
  }

  /** The version line: "newsbrief 0.1.0 (commit 2ed825a, built 2026-12-02)", from what the build wrote. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) p.load(in);
      }
      return new String[] {line(p)};
    }

    /** A value the build did not fill in (no git checkout, or not built by Maven) is "unknown". */
    static String line(java.util.Properties p) {
      String commit = known(p.getProperty("commit"));
      return "newsbrief " + known(p.getProperty("version")) + " (commit "
          + (Patterns.matches(commit, "[0-9a-f]{7,}") ? commit.substring(0, 7) : "unknown") + ", built " + known(p.getProperty("built")) + ")";
    }

    private static String known(String v) {
      return v == null || v.isBlank() || v.contains("${") ? "unknown" : v.strip();
    }
  }
}
