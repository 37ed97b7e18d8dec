package dev.newsbrief.cli;

import dev.newsbrief.eval.stories.ClusterScores;
import dev.newsbrief.eval.stories.StoriesBenchmark;
import dev.newsbrief.stories.JoinModel;
import dev.newsbrief.stories.StoryDetector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsbrief eval stories}: story detection on a labelled stream, beside two baselines. */
@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Scores story detection on a labelled stream of reports, beside two baselines.",
        "The stream is replayed in date order; scores are B-cubed precision, recall and F1, pairwise F1, the",
        "adjusted Rand index and stories found against true, for each part of the stream (the story label's",
        "prefix before ':') and all together. Rows: newsbrief with its shipped join model; newsbrief in 2-fold",
        "cross-validation over stories (the whole stream replayed with the join rule searched on the other fold's",
        "stories, each fold's reports scored among themselves); single-pass TF-IDF at its best global threshold;",
        "Carrot2's bisecting k-means told the true number of stories. Then the speed of reading and clustering.",
        "MANIFEST: a TSV of path, story, date; paths relative to the folder above the manifest's folder."})
final class EvalStoriesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "MANIFEST", arity = "0..1", description = "Default: ${DEFAULT-VALUE}.")
  Path manifest = Path.of("../shared/data/stories-dev/manifest.tsv");

  @Option(names = "--write-model", paramLabel = "FILE",
      description = "Search the join rule on the whole stream (a few minutes) and write the model to FILE (the shipped one is src/main/resources/dev/newsbrief/stories/join-model.tsv).")
  Path writeModel;

  @Option(names = "--no-carrot2", description = "Leave out the Carrot2 baseline (it takes most of the run).")
  boolean noCarrot2;

  @Option(names = "--replay", paramLabel = "N",
      description = "Also replay the stream N times, each 20 years later, through one detector that hands idle stories on, and print the heap after each.")
  int replay;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(manifest)) {
      err.println("newsbrief: no such manifest: " + manifest);
      return ExitCode.INPUT;
    }
    long t0 = System.nanoTime();
    StoriesBenchmark.Stream stream;
    try {
      stream = StoriesBenchmark.load(manifest, m -> err.println("newsbrief: " + m));
    } catch (IOException e) {
      err.println("newsbrief: cannot read the manifest: " + e.getMessage());
      return ExitCode.INPUT;
    }
    double readSeconds = (System.nanoTime() - t0) / 1e9;
    int n = stream.reports().size();
    for (String u : stream.unreadable()) err.println("newsbrief: unreadable, left out: " + u);
    StoryDetector.Settings settings = StoryDetector.Settings.DEFAULT;
    if (writeModel != null) {
      JoinModel fitted = StoriesBenchmark.fit(stream.reports(), s -> true, settings);
      String file = fitted.file(List.of("Story join model: the linear join rule over StoryDetector's comparison features that sorts",
          manifest.getFileName() + " (" + n + " reports) best (mean B-cubed F1 of its parts, precision under 0.9 docked twice),",
          "as a logistic curve calibrated on rows",
          "from each story's first " + StoriesBenchmark.ROWS_PER_STORY + " reports; threshold: the probability where the rule joins.",
          "Written by `newsbrief eval stories --write-model`."));
      try {
        Output.write(file, writeModel, true, List.of(manifest), null);
      } catch (Output.Refused e) {
        err.println("newsbrief: " + e.getMessage());
        return ExitCode.OUTPUT;
      }
      err.println("newsbrief: wrote " + writeModel);
    }
    Map<String, Map<String, ClusterScores>> rows = new LinkedHashMap<>();
    long c0 = System.nanoTime();
    Map<String, String> shipped = StoriesBenchmark.detect(stream.reports(), settings, JoinModel.shipped());
    double clusterSeconds = (System.nanoTime() - c0) / 1e9;
    rows.put("newsbrief (shipped model)", StoriesBenchmark.score(stream, shipped));
    rows.put("newsbrief (2-fold CV)", StoriesBenchmark.score(stream,
        StoriesBenchmark.crossValidated(stream.reports(), settings)));
    double[] thresholds = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5};
    var single = StoriesBenchmark.bestSinglePass(stream, thresholds);
    rows.put(String.format(Locale.ROOT, "single-pass TF-IDF (t=%.2f)", single.getKey()), StoriesBenchmark.score(stream, single.getValue()));
    if (!noCarrot2) {
      int k = (int) stream.reports().stream().map(StoriesBenchmark.Report::story).distinct().count();
      rows.put("Carrot2 bisecting k-means", StoriesBenchmark.score(stream, StoriesBenchmark.carrot2(stream.reports(), k)));
    }
    out.print(StoriesBenchmark.table(rows));
    out.printf(Locale.ROOT, "single-pass: best of thresholds %s on all reports (an oracle choice, generous to it); Carrot2: told the true number of stories.%n",
        java.util.Arrays.toString(thresholds));
    out.printf(Locale.ROOT, "speed: %d reports read and analysed in %.1f s (%.0f reports/s, %d cores); clustered in %.2f s (%.0f reports/s)%n",
        n, readSeconds, n / readSeconds, Runtime.getRuntime().availableProcessors(), clusterSeconds, n / clusterSeconds);
    if (replay > 0) replay(stream, settings, out);
    out.flush();
    return ExitCode.OK;
  }

  /** One detector, the stream again and again with later dates: storylines go idle and their vectors go. */
  private void replay(StoriesBenchmark.Stream stream, StoryDetector.Settings settings, PrintWriter out) {
    int[] retired = new int[1];
    // as a service would run: stories that go idle are handed on (here only counted) and forgotten
    StoryDetector detector = new StoryDetector(settings, JoinModel.shipped()).retiringTo(s -> retired[0]++);
    Runtime rt = Runtime.getRuntime();
    for (int k = 0; k < replay; k++) {
      long t = System.nanoTime();
      for (StoriesBenchmark.Report r : stream.reports()) {
        java.time.LocalDate d = r.date() == null ? null : r.date().plusYears(20L * k);
        detector.add(r.features().as(r.id() + "@" + k, d));
      }
      double s = (System.nanoTime() - t) / 1e9;
      System.gc();
      out.printf(Locale.ROOT, "replay %2d: %6d reports placed, %5d storylines handed on, %4d active, %6d terms indexed, heap %5.1f MB, %.0f reports/s%n",
          k + 1, (k + 1) * stream.reports().size(), retired[0], detector.activeStorylines(), detector.indexedTerms(),
          (rt.totalMemory() - rt.freeMemory()) / 1048576.0, stream.reports().size() / s);
      out.flush();
    }
  }
}
