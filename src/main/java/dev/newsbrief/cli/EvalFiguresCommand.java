package dev.newsbrief.cli;

import dev.newsbrief.eval.figures.FiguresBenchmark;
import dev.newsbrief.eval.labels.LabelledStories;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsbrief eval figures}: the Disputed figures section against figure frames labelled by reading. */
@Command(name = "figures", header = "Scores the Disputed figures section against hand-labelled figure frames.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores the Disputed figures section against hand-labelled figure frames (DUC 2003 clusters,",
        "days of Timeline17 reports, the reference cluster): groups that measure one quantity, the right",
        "label (changed over time vs sources disagree) and the disputes found, on the dev clusters (rules",
        "were written on them), the aside ones and the fresh ones (labelled after the rules; neither tuned on).",
        "DATA: the evaluation data folder the labels point into (../shared/data)."})
final class EvalFiguresCommand extends LabelledEval {
  @Option(names = {"-v", "--verbose"}, description = "List every error on standard error.")
  boolean verbose;

  @Override
  int evaluate(PrintWriter out, PrintWriter err) {
    LabelledStories stories = stories(err);
    if (stories == null) return ExitCode.INPUT;
    java.util.Map<String, FiguresBenchmark.Counts> counts;
    try {
      counts = FiguresBenchmark.score(stories, verbose ? err::println : null);
    } catch (IOException e) {
      err.println("newsbrief: cannot read the figure labels: " + e.getMessage());
      return ExitCode.INPUT;
    }
    out.print(FiguresBenchmark.table(counts));
    return ExitCode.OK;
  }
}
