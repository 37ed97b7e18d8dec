package dev.newsbrief.cli;

import dev.newsbrief.eval.dates.DateLabels;
import dev.newsbrief.eval.dates.DatesBenchmark;
import dev.newsbrief.eval.labels.LabelledStories;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsbrief eval dates}: the timeline's event dates against dates labelled by reading. */
@Command(name = "dates", header = "Scores the timeline's event dates against hand-labelled dates.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores the dates the timeline gives sentences against hand-labelled event dates (DUC 2003",
        "clusters, days of Timeline17 reports, the reference cluster): right, coarser, too fine, wrong or",
        "left out, on the dev clusters (rules were written on them), the aside ones and the fresh ones",
        "(labelled after the rules; neither tuned on).",
        "DATA: the evaluation data folder the labels point into (../shared/data)."})
final class EvalDatesCommand extends LabelledEval {
  @Option(names = "--entries", description = "Timeline length for the 'shown' column (default: ${DEFAULT-VALUE}).")
  int entries = 12;

  @Option(names = {"-v", "--verbose"}, description = "List every error on standard error.")
  boolean verbose;

  @Override
  int evaluate(PrintWriter out, PrintWriter err) {
    LabelledStories stories = stories(err);
    if (stories == null) return ExitCode.INPUT;
    DateLabels.Loaded loaded;
    try {
      loaded = DateLabels.load(stories);
    } catch (IOException e) {
      err.println("newsbrief: cannot read the date labels: " + e.getMessage());
      return ExitCode.INPUT;
    }
    var counts = DatesBenchmark.score(loaded.labels(), entries, verbose ? err::println : null);
    out.print(DatesBenchmark.table(counts));
    out.printf("%d labels located (%d no longer found)%n", loaded.labels().size(), loaded.unlocated());
    return ExitCode.OK;
  }
}
