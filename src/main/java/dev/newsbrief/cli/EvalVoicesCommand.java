package dev.newsbrief.cli;

import dev.newsbrief.eval.voices.QuoteLabels;
import dev.newsbrief.eval.voices.SpeakerTraining;
import dev.newsbrief.eval.voices.VoicesBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsbrief eval voices}: quotes and speakers against the shipped hand labels. */
@Command(name = "voices", header = "Scores quote detection and speaker attribution on hand-labelled reports.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores quote detection and speaker attribution against hand-labelled reports: gold (the",
        "rules were written on it), heldout, dev and aside (labelled later; aside is never tuned on).",
        "DATA: the evaluation data folder the labels point into (../shared/data)."})
final class EvalVoicesCommand extends LabelledEval {
  @Option(names = "--set", split = ",", description = "Label sets to score (default: all of ${DEFAULT-VALUE}).")
  List<String> sets = QuoteLabels.SETS;

  @Option(names = "--write-model", paramLabel = "FILE",
      description = "Fit the speaker confidence model on the dev, fresh and fresh2 sets and write it to FILE (the shipped one is src/main/resources/dev/newsbrief/voices/speaker-model.tsv).")
  Path writeModel;

  @Option(names = "--force", description = "Allow --write-model to replace an existing file.")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "List every miss, wrong speaker and extra quote on standard error.")
  boolean verbose;

  @Override
  int evaluate(PrintWriter out, PrintWriter err) {
    try {
      if (writeModel != null && !sets.containsAll(SpeakerTraining.SETS)) {
        throw new Output.Refused("--write-model fits on the " + SpeakerTraining.SETS + " sets: include them in --set");
      }
      if (writeModel != null) Output.checkTarget(writeModel, force, List.of());
    } catch (Output.Refused e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.OUTPUT;
    }
    List<VoicesBenchmark.Scores> scores = new ArrayList<>();
    List<QuoteLabels.Report> training = new ArrayList<>();
    for (String set : sets) {
      if (!QuoteLabels.SETS.contains(set)) {
        err.println("newsbrief: no label set '" + set + "'; there are " + QuoteLabels.SETS);
        return ExitCode.USAGE;
      }
      List<QuoteLabels.Report> reports;
      try {
        reports = QuoteLabels.load(data, set);
      } catch (NoSuchFileException e) {
        err.println("newsbrief: a labelled report is missing from " + data + ": " + e.getMessage());
        return ExitCode.INPUT;
      } catch (IOException e) {
        err.println("newsbrief: cannot read the labelled reports: " + e.getMessage());
        return ExitCode.INPUT;
      }
      if (SpeakerTraining.SETS.contains(set)) training.addAll(reports);
      scores.add(VoicesBenchmark.score(set, reports, verbose ? err::println : null));
    }
    out.print(VoicesBenchmark.table(scores));
    if (sets.containsAll(SpeakerTraining.SETS)) {
      SpeakerTraining.Result fit = SpeakerTraining.fit(training);
      out.println(fit.line());
      if (writeModel != null) {
        try {
          Output.write(fit.model().format(List.of(
              "Speaker confidence: logistic regression over SpeakerConfidence features, fitted by",
              "`newsbrief eval voices --write-model` on the " + SpeakerTraining.SETS + " quotes (ridge " + fit.penalty() + "); thresholds: the lowest",
              "probabilities keeping direct speakers " + SpeakerTraining.DIRECT_ACCURACY + " and reported ones "
                  + SpeakerTraining.INDIRECT_ACCURACY + " right in 5-fold CV over reports.")), writeModel, force, List.of(), System.out);
        } catch (Output.Refused e) {
          err.println("newsbrief: " + e.getMessage());
          return ExitCode.OUTPUT;
        }
      }
    }
    out.println("found: P/R/F1 of quote detection (gold count); speaker acc/cov: right among attributed / attributed among found");
    return ExitCode.OK;
  }
}
