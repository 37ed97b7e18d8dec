package dev.newsbrief.cli;

import dev.newsbrief.Pipeline;
import dev.newsbrief.eval.SpeedBenchmark;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.ingest.IngestException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsbrief eval}: quality and speed measurements. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measures newsbrief: summaries, timelines, citations, voices, dates, figures, stories, article extraction, speed.",
    subcommands = {EvalCommand.Speed.class, EvalMdsCommand.class, EvalTimelineCommand.class,
        EvalVoicesCommand.class, EvalCitationsCommand.class, EvalDatesCommand.class, EvalFiguresCommand.class, EvalStoriesCommand.class,
        EvalExtractCommand.class, EvalUpdateCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to measure: " + spec.subcommands().keySet());
  }


  @Command(name = "speed", mixinStandardHelpOptions = true,
      description = "Times briefing each CLUSTER folder: the cold first run, then warm median and p90.")
  static final class Speed implements Callable<Integer> {
    @Parameters(paramLabel = "CLUSTER", arity = "1..*", description = "Folders, each holding the reports of one story.")
    List<String> clusters;

    @Option(names = "--runs", description = "Timed warm runs per cluster (default: ${DEFAULT-VALUE}).")
    int runs = 30;

    @Option(names = "--warmup", description = "Untimed runs before timing (default: ${DEFAULT-VALUE}).")
    int warmup = 20;

    @Option(names = {"-w", "--words"}, description = "Summary budget (default: ${DEFAULT-VALUE}).")
    int words = Pipeline.Options.DEFAULT_WORDS;

    @Option(names = "--sizes", split = ",", paramLabel = "N",
        description = "Instead: brief the first N reports of all CLUSTERs together (shuffled with a fixed seed), for each N, "
            + "to show how the cost grows with a story's reports, e.g. --sizes 10,100,1000.")
    List<Integer> sizes;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (runs < 1 || warmup < 0) {
        err.println("newsbrief: --runs must be at least 1 and --warmup at least 0");
        return ExitCode.USAGE;
      }
      if (sizes != null) {
        if (sizes.stream().anyMatch(n -> n < 1)) {
          err.println("newsbrief: --sizes must be positive numbers of reports");
          return ExitCode.USAGE;
        }
        try {
          var pile = Ingest.read(clusters, System.in).articles();
          SpeedBenchmark.curve(pile, sizes, new Pipeline.Options(words), line -> {
            out.println(line);
            out.flush();
          });
          return ExitCode.OK;
        } catch (IngestException e) {
          err.println("newsbrief: " + e.getMessage());
          return ExitCode.INPUT;
        }
      }
      for (String c : clusters) {
        try {
          var articles = Ingest.read(List.of(c), System.in).articles();
          out.println(SpeedBenchmark.run(c, articles, new Pipeline.Options(words), warmup, runs).line());
          out.flush();
        } catch (IngestException e) {
          err.println("newsbrief: " + e.getMessage());
          return ExitCode.INPUT;
        }
      }
      return ExitCode.OK;
    }
  }
}
