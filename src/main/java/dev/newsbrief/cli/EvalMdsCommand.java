package dev.newsbrief.cli;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.eval.mds.BenchmarkReader;
import dev.newsbrief.eval.mds.Cluster;
import dev.newsbrief.eval.mds.MdsReport;
import dev.newsbrief.eval.mds.MdsRun;
import dev.newsbrief.eval.mds.Method;
import dev.newsbrief.eval.mds.Methods;
import dev.newsbrief.eval.mds.CrossValidation;
import dev.newsbrief.eval.mds.Tunable;
import dev.newsbrief.summary.ConceptModel;
import dev.newsbrief.ingest.IngestException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsbrief eval mds}: summary quality on a DUC-style benchmark, newsbrief beside baselines. */
@Command(name = "mds", header = "Scores summaries of a benchmark (ROUGE) with newsbrief and baselines.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Summarises every cluster of a benchmark with newsbrief and baselines, in one run,",
        "and scores them with ROUGE-1.5.5's DUC settings (-n 2 -m -l WORDS -f A -p 0.5 -2 4 -u).",
        "BENCHMARK: a folder in DUC layout (docs/<cluster>/, models/<CLUSTER>.M.100.T.<X>) or a JSONL file."})
final class EvalMdsCommand implements Callable<Integer> {
  enum Format { table, csv, json }

  @Parameters(paramLabel = "BENCHMARK") Path benchmark;

  @Option(names = {"-w", "--words"}, description = "Summary length in words (default: ${DEFAULT-VALUE}).")
  int words = 100;

  @Option(names = "--methods", split = ",", paramLabel = "NAME",
      description = "Comma-separated methods to run (default: all of ${COMPLETION-CANDIDATES}).",
      completionCandidates = MethodNames.class)
  List<String> methods;

  @Option(names = "--out", paramLabel = "DIR", description = "Write each summary to DIR/<method>/<cluster>.txt, one sentence per line.")
  Path out;

  @Option(names = "--force", description = "Allow --out to be a folder that already holds files.")
  boolean force;

  @Option(names = {"-f", "--format"}, description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(names = "--per-cluster", description = "Also show each cluster's scores in the table.")
  boolean perCluster;

  @Option(names = "--cv", paramLabel = "K",
      description = {"Also cross-validate the methods that have settings: deal the clusters into K folds, choose each",
          "method's setting (and train what it learns) on the other folds, score the held-out fold; print the",
          "chosen settings and the held-out averages."})
  Integer cv;

  @Option(names = "--train-model", paramLabel = "FILE",
      description = "Train the concept model on all clusters of the benchmark and write it to FILE (the bundled one is made so).")
  Path trainModel;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final class MethodNames extends ArrayList<String> {
    MethodNames() {
      super(Methods.names());
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Output.checkOutputFolder(out, force);
    } catch (Output.Refused e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.OUTPUT;
    }
    List<Cluster> clusters;
    try {
      if (!Files.exists(benchmark)) throw new IngestException("no such file or folder: " + benchmark);
      clusters = BenchmarkReader.read(benchmark);
    } catch (IngestException e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.INPUT;
    }
    // Training comes before the methods are built: one of them loads the model being replaced.
    if (trainModel != null) return trainModel(clusters, stdout, err);
    List<Method> chosen;
    try {
      chosen = methods == null ? Methods.all() : Methods.named(methods);
    } catch (IllegalArgumentException e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (cv != null && format != Format.table) {
      err.println("newsbrief: --cv prints a table; it does not go with --format " + format);
      return ExitCode.USAGE;
    }
    if (cv != null && (cv < 2 || cv > clusters.size())) {
      err.println("newsbrief: --cv needs 2.." + clusters.size() + " folds, not " + cv);
      return ExitCode.USAGE;
    }
    Progress progress = new Progress(err, clusters.size());
    long t0 = System.nanoTime();
    Map<String, List<MdsRun.Row>> run = MdsRun.run(clusters, chosen, words, progress::step);
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (out != null) {
      try {
        write(run);
      } catch (IOException e) {
        err.println("newsbrief: cannot write summaries: " + e.getMessage());
        return ExitCode.OUTPUT;
      }
    }
    switch (format) {
      case table -> {
        stdout.print(MdsReport.table(run, perCluster));
        stdout.printf("%d clusters, %d methods in %.1f s%n", clusters.size(), chosen.size(), seconds);
        for (var e : run.entrySet()) {
          double total = e.getValue().stream().mapToDouble(MdsRun.Row::millis).sum() / 1000;
          stdout.printf("  %-26s %.2f s in all, %.1f clusters/s%n", e.getKey(), total, clusters.size() / Math.max(total, 1e-9));
        }
      }
      case csv -> stdout.print(MdsReport.csv(run));
      case json -> stdout.print(MdsReport.json(run, words));
    }
    if (cv != null) crossValidate(clusters, stdout);
    stdout.flush();
    return ExitCode.OK;
  }

  private void crossValidate(List<Cluster> clusters, PrintWriter stdout) {
    List<Tunable> tunable = Methods.tunable(methods);
    if (tunable.isEmpty()) {
      stdout.println("cross-validation: none of the chosen methods has settings");
      return;
    }
    long t0 = System.nanoTime();
    List<CrossValidation.Result> results = CrossValidation.run(clusters, tunable, cv, words);
    Map<String, List<MdsRun.Row>> heldOut = new LinkedHashMap<>();
    stdout.printf("%n%d-fold cross-validation (cluster i in fold i mod %d; setting chosen by mean R1+R2 recall on the other folds)%n", cv, cv);
    for (CrossValidation.Result r : results) {
      heldOut.put(r.method() + " (cv)", r.heldOut());
      for (CrossValidation.Choice c : r.choices()) {
        stdout.printf(java.util.Locale.ROOT, "  %-26s fold %d: chose %-22s (training R1 %.5f R2 %.5f)%n",
            r.method(), c.fold(), c.setting(), c.trainingR1(), c.trainingR2());
      }
    }
    stdout.print(MdsReport.table(heldOut, perCluster));
    stdout.printf("cross-validation in %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  private int trainModel(List<Cluster> clusters, PrintWriter stdout, PrintWriter err) {
    dev.newsbrief.Pipeline pipeline = new dev.newsbrief.Pipeline();
    List<ConceptModel.Labelled> labelled = new ArrayList<>();
    for (Cluster c : clusters) {
      labelled.add(new ConceptModel.Labelled(pipeline.analyse(c.articles()).origins(),
          c.references().stream().map(r -> String.join(" ", r)).toList()));
    }
    ConceptModel model = ConceptModel.train(labelled);
    try {
      Files.writeString(trainModel, model.write("Concept model: logistic regression (L2 " + ConceptModel.L2 + ") over ConceptFeatures,\n"
          + "trained by `newsbrief eval mds BENCHMARK --train-model FILE` on " + clusters.size() + " clusters of " + benchmark.getFileName()));
    } catch (IOException e) {
      err.println("newsbrief: cannot write " + trainModel + ": " + e.getMessage());
      return ExitCode.OUTPUT;
    }
    stdout.println("wrote " + trainModel + " (trained on " + clusters.size() + " clusters)");
    stdout.flush();
    return ExitCode.OK;
  }

  private void write(Map<String, List<MdsRun.Row>> run) throws IOException {
    for (var e : run.entrySet()) {
      Path dir = out.resolve(e.getKey());
      Files.createDirectories(dir);
      for (MdsRun.Row r : e.getValue()) {
        List<String> lines = new ArrayList<>();
        for (String s : r.summary()) lines.add(Patterns.replaceAll(s, "\\s+", " ").strip());
        Files.write(dir.resolve(r.cluster() + ".txt"), lines, StandardCharsets.UTF_8);
      }
    }
  }
}
