package dev.newsbrief.cli;

import dev.newsbrief.eval.update.UpdateBenchmark;
import dev.newsbrief.ingest.IngestException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsbrief eval update}: update summaries on the DUC 2007 update layout. */
@Command(name = "update", header = "Scores update summaries (DUC 2007 update layout) beside generic ones.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores update summaries on the DUC 2007 update layout (docs/<topic>/<topic>-A|B|C, topics.sgml,",
        "models/<D07nn>-<set>.M.100.*): of A; of B having read A; of C having read A and B. newsbrief-update (focused",
        "on the topic's question, reading the earlier sets) beside newsbrief's generic summary of each set alone;",
        "ROUGE-2 and SU4 recall as ROUGE-1.5.5 -n 2 -m -2 4 -u -f A -p 0.5 -l WORDS gives them."})
final class EvalUpdateCommand extends EvalRun {
  @Parameters(paramLabel = "DIR", description = "The benchmark folder, e.g. ../shared/data/duc2007-update-dev.")
  Path dir;

  @Option(names = {"-w", "--words"}, description = "Summary length in words (default: ${DEFAULT-VALUE}).")
  int words = 100;

  @Option(names = "--per-set", description = "Also show each set's scores.")
  boolean perSet;

  @Override
  int measure(PrintWriter out, PrintWriter err) {
    if (words < 10 || words > 5000) {
      err.println("newsbrief: --words must be 10..5000");
      return ExitCode.USAGE;
    }
    try {
      var sets = UpdateBenchmark.read(dir);
      out.print(UpdateBenchmark.table(UpdateBenchmark.run(sets, words), perSet));
      return ExitCode.OK;
    } catch (IOException | IngestException | RuntimeException e) {
      err.println("newsbrief: cannot read the update benchmark in " + dir + ": " + e.getMessage());
      return ExitCode.INPUT;
    }
  }
}
