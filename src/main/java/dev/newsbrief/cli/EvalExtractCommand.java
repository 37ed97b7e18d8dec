package dev.newsbrief.cli;

import dev.newsbrief.eval.extract.ExtractionBenchmark;
import dev.newsbrief.eval.extract.ShingleScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsbrief eval extract}: article extraction against a benchmark's true bodies. */
@Command(name = "extract", header = "Scores article extraction against a benchmark's true bodies, beside Readability4J.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores article extraction on a folder in the article-extraction benchmark's layout",
        "(html/<id>.html.gz, ground-truth.json): the text newsbrief keeps (ingest, then cleaning) and Readability4J",
        "alone, with the benchmark's measure (word 4-gram shingles, each page weighing the same) and ms per page."})
final class EvalExtractCommand extends EvalRun {
  @Parameters(paramLabel = "DIR", description = "The benchmark folder, e.g. ../shared/data/article-extraction-dev.")
  Path dir;

  @Option(names = "--worst", paramLabel = "N", description = "List the N pages newsbrief does worst on (default: ${DEFAULT-VALUE}), with the other extractors' F1 on them.")
  int worst = 0;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write newsbrief's texts as the benchmark's output JSON (for its evaluate.py); never over an existing file.")
  Path predictions;

  @Override
  int measure(PrintWriter out, PrintWriter err) {
    List<ExtractionBenchmark.Page> pages;
    try {
      pages = ExtractionBenchmark.read(dir);
    } catch (IOException | RuntimeException e) {
      err.println("newsbrief: cannot read the benchmark in " + dir + ": " + e.getMessage());
      return ExitCode.INPUT;
    }
    if (predictions != null && Files.exists(predictions)) {
      err.println("newsbrief: " + predictions + " exists; not overwritten");
      return ExitCode.OUTPUT;
    }
    List<ExtractionBenchmark.Run> runs = new ArrayList<>();
    runs.add(ExtractionBenchmark.run("newsbrief", pages, ExtractionBenchmark::newsbrief));
    runs.add(ExtractionBenchmark.run("uncleaned", pages, ExtractionBenchmark::ingested));
    runs.add(ExtractionBenchmark.run("readability4j", pages, ExtractionBenchmark::readability));
    out.print(ExtractionBenchmark.table(runs));
    if (worst > 0) {
      out.println();
      runs.get(0).scores().entrySet().stream()
          .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparingDouble(ShingleScore.Page::f1)))
          .limit(worst)
          .forEach(e -> out.println(String.format(Locale.ROOT, "%.3f  tp %.2f fp %.2f fn %.2f  others %.3f %.3f  %s",
              e.getValue().f1(), e.getValue().tp(), e.getValue().fp(), e.getValue().fn(),
              runs.get(1).scores().get(e.getKey()).f1(), runs.get(2).scores().get(e.getKey()).f1(), e.getKey())));
    }
    if (predictions != null) {
      try {
        Files.writeString(predictions, ExtractionBenchmark.predictionsJson(runs.get(0)), java.nio.file.StandardOpenOption.CREATE_NEW);
      } catch (IOException e) {
        err.println("newsbrief: cannot write " + predictions + ": " + e.getMessage());
        return ExitCode.OUTPUT;
      }
    }
    return ExitCode.OK;
  }
}
