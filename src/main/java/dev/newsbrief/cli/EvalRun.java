package dev.newsbrief.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** An {@code eval} subcommand: measures, prints its table on standard output, says what went wrong on standard error. */
abstract class EvalRun implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** @return the exit code */
  abstract int measure(PrintWriter out, PrintWriter err);

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      return measure(out, spec.commandLine().getErr());
    } finally {
      out.flush();
    }
  }
}
