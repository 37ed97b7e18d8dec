package dev.newsbrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
        description = "text, or json: one JSON object of the same figures, printed when all are measured (default: ${DEFAULT-VALUE}).")
    TextOrJson format = TextOrJson.text;

    @Option(names = "--focus", paramLabel = "QUESTION", description = "Time the brief that answers QUESTION (as brief --focus).")
    String focus;

    @Option(names = "--update", description = "Time an update brief: each cluster's later half of reports (in reading order) "
        + "for a reader of the first half (as brief --read).")
    boolean update;

    @Option(names = "--analysed-once", description = "Time only the briefing of each cluster analysed once, as serve answers "
        + "a question or a returning reader of a story it has analysed.")
    boolean analysedOnce;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (runs < 1 || warmup < 0) {
        err.println("newsbrief: --runs must be at least 1 and --warmup at least 0");
        return ExitCode.USAGE;
      }
      if (sizes != null && sizes.stream().anyMatch(n -> n < 1)) {
        err.println("newsbrief: --sizes must be positive numbers of reports");
        return ExitCode.USAGE;
      }
      Pipeline.Options options = new Pipeline.Options(words);
      ObjectNode json = JSON.createObjectNode().put("summaryWords", words);
      try {
        if (sizes != null) {
          ArrayNode points = json.putArray("sizes");
          SpeedBenchmark.curve(Ingest.read(clusters, System.in).articles(), sizes, options,
              p -> print(out, p.line(), points, p.json()));
        } else {
          json.put("warmup", warmup).put("runs", runs);
          ArrayNode results = json.putArray("clusters");
          if (focus != null) json.put("focus", focus);
          json.put("update", update).put("analysedOnce", analysedOnce);
          for (String c : clusters) {
            List<dev.newsbrief.model.Article> articles = Ingest.read(List.of(c), System.in).articles();
            var r = SpeedBenchmark.run(c, articles, pipeline(articles), options, warmup, runs, analysedOnce);
            print(out, r.line(), results, r.json());
          }
        }
      } catch (IngestException e) {
        err.println("newsbrief: " + e.getMessage());
        return ExitCode.INPUT;
      }
      if (format == TextOrJson.json) {
        out.println(json.toPrettyString());
        out.flush();
      }
      return ExitCode.OK;
    }

    /** The pipeline timed: plain, focused on the question, or an update brief of the cluster's later half. */
    private Pipeline pipeline(List<dev.newsbrief.model.Article> articles) {
      if (!update) return focus == null ? new Pipeline() : new Pipeline(dev.newsbrief.summary.Focus.of(focus));
      java.util.Set<String> fresh = new java.util.HashSet<>();
      for (var a : articles.subList(articles.size() / 2, articles.size())) fresh.add(a.id());
      return Pipeline.update(fresh, Pipeline.weighting(focus), null);
    }

    /** Text prints each figure as it is measured; JSON keeps it for the one object printed at the end. */
    private void print(PrintWriter out, String line, ArrayNode into, ObjectNode figures) {
      if (format == TextOrJson.json) {
        into.add(figures);
      } else {
        out.println(line);
        out.flush();
      }
    }
  }
}
