package dev.newsbrief.cli;

import dev.newsbrief.eval.citations.CitationBenchmark;
import dev.newsbrief.eval.citations.CitationPairs;
import dev.newsbrief.ingest.IngestException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsbrief eval citations}: the claim matcher against hand-labelled sentence pairs. */
@Command(name = "citations", header = "Scores the claim matcher behind citations on hand-labelled pairs.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores the claim matcher behind citations on hand-labelled (summary sentence, candidate)",
        "pairs: 5-fold cross-validation over the dev clusters (which also picks the settings), then the",
        "aside clusters, beside the TF-IDF test used before. 'same' is the positive class.",
        "DATA: the evaluation data folder the labels point into (../shared/data)."})
final class EvalCitationsCommand extends LabelledEval {
  @Option(names = "--write-model", paramLabel = "FILE",
      description = "Write the model fitted on all dev pairs to FILE (the shipped one is src/main/resources/dev/newsbrief/cite/claim-model.tsv).")
  Path writeModel;

  @Option(names = "--force", description = "Allow --write-model to replace an existing file.")
  boolean force;

  @Override
  int evaluate(PrintWriter out, PrintWriter err) {
    try {
      if (writeModel != null) Output.checkTarget(writeModel, force, List.of());
    } catch (Output.Refused e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.OUTPUT;
    }
    CitationPairs.Loaded loaded;
    try {
      loaded = CitationPairs.load(data);
    } catch (IOException | IngestException e) {
      err.println("newsbrief: cannot read the labelled clusters: " + e.getMessage());
      return ExitCode.INPUT;
    }
    CitationBenchmark.Result result = CitationBenchmark.run(loaded.pairs());
    out.print(CitationBenchmark.table(result.rows()));
    out.printf(Locale.ROOT, "%d pairs located (%d labels no longer found); ridge %.2f, threshold %.3f (the lowest reaching P >= %.2f in CV)%n",
        loaded.pairs().size(), loaded.unlocated(), result.penalty(), result.model().threshold(), CitationBenchmark.TARGET_PRECISION);
    if (writeModel != null) {
      try {
        Output.write(result.model().format(List.of(
            "Claim matcher: logistic regression over ClaimFeatures, fitted by `newsbrief eval citations --write-model`",
            "on the dev pairs of dev/newsbrief/eval/labels/citation-pairs.tsv (ridge " + result.penalty() + ");",
            "threshold: the lowest probability reaching precision " + CitationBenchmark.TARGET_PRECISION + " in 5-fold CV over clusters.")),
            writeModel, force, List.of(), System.out);
      } catch (Output.Refused e) {
        err.println("newsbrief: " + e.getMessage());
        return ExitCode.OUTPUT;
      }
    }
    return ExitCode.OK;
  }
}
