package dev.newsbrief.cli;

import dev.newsbrief.eval.labels.LabelledStories;
import dev.newsbrief.ingest.IngestException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/**
 * An {@code eval} command scored on the shipped hand labels, which point into the evaluation data
 * folder: it says so, with exit code 3, when that folder is missing.
 */
abstract class LabelledEval implements Callable<Integer> {
  @Parameters(paramLabel = "DATA", arity = "0..1", description = "Default: ${DEFAULT-VALUE}.")
  Path data = Path.of("../shared/data");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!java.nio.file.Files.isDirectory(data)) {
      err.println("newsbrief: no such folder: " + data + " (the evaluation data the labels point into)");
      return ExitCode.INPUT;
    }
    int code = evaluate(out, err);
    out.flush();
    return code;
  }

  /** The labelled stories rebuilt from {@link #data}, or null (said on {@code err}) when they cannot be read. */
  LabelledStories stories(PrintWriter err) {
    try {
      return LabelledStories.load(data);
    } catch (IOException | IngestException e) {
      err.println("newsbrief: cannot read the labelled clusters: " + e.getMessage());
      return null;
    }
  }

  /** Scores, prints and returns the exit code. */
  abstract int evaluate(PrintWriter out, PrintWriter err);
}
