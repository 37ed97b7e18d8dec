package dev.newsbrief.cli;

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
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("newsbrief: internal error: " + ex + " (please report this)");
      if (System.getenv("NEWSBRIEF_DEBUG") != null) ex.printStackTrace(cmd.getErr());
      return ExitCode.INTERNAL;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to do, e.g. 'newsbrief brief' (see --help)");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"newsbrief " + (v == null ? "(development build)" : v)};
    }
  }
}
