package dev.newsbrief.cli;

import dev.newsbrief.eval.timeline.TimelineBenchmark;
import dev.newsbrief.eval.timeline.TimelineMethod;
import dev.newsbrief.eval.timeline.TimelineReport;
import dev.newsbrief.eval.timeline.TimelineRun;
import dev.newsbrief.eval.timeline.TimelineTopic;
import dev.newsbrief.eval.timeline.TimelineWriter;
import dev.newsbrief.ingest.IngestException;
import dev.newsbrief.tls.TimelineSummarizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsbrief eval timeline}: timeline quality on Timeline17-style topics, newsbrief beside a baseline. */
@Command(name = "timeline", header = "Scores timelines on Timeline17-style topics (news-tls protocol).", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Builds a timeline for every reference timeline of every topic (news-tls protocol: l reference",
        "dates, k = round(mean sentences per reference date), reports published within the reference's span)",
        "with newsbrief's timeline engine (days written in the reports), the briefing's timeline (the same engine",
        "over the briefing's event dates and trust rules, reports cleaned and analysed as a briefing reads them)",
        "and the firstsent baseline, and scores them with tilse's metrics: AR-1/AR-2",
        "(align+ m:1 ROUGE F1), Date-F1, concat and agreement ROUGE.",
        "DIR: a folder of topics in Timeline17 layout (<topic>/InputDocs/<YYYY-MM-DD>/*, <topic>/timelines/*.txt),",
        "or one topic folder."})
final class EvalTimelineCommand implements java.util.concurrent.Callable<Integer> {
  enum Format { table, csv, json }

  @Parameters(paramLabel = "DIR") Path benchmark;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write each timeline to DIR/<method>/<topic>/<reference>.txt in the Timeline17 format.")
  Path out;

  @Option(names = "--force", description = "Allow --out to be a folder that already holds files.")
  boolean force;

  @Option(names = {"-f", "--format"}, description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(names = "--per-task", description = "Also show each task's scores in the table.")
  boolean perTask;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

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
    List<TimelineTopic> topics;
    try {
      if (!Files.isDirectory(benchmark)) throw new IngestException("no such folder: " + benchmark);
      topics = TimelineBenchmark.read(benchmark);
    } catch (IngestException e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.INPUT;
    }
    if (topics.stream().allMatch(t -> t.references().isEmpty())) {
      err.println("newsbrief: no reference timeline (<topic>/timelines/*.txt) in " + benchmark);
      return ExitCode.INPUT;
    }
    List<TimelineMethod> methods = List.of(TimelineMethod.newsbrief(new TimelineSummarizer()), TimelineMethod.briefing(),
        TimelineMethod.firstSentence());
    Progress progress = new Progress(err, topics.size());
    long t0 = System.nanoTime();
    Map<String, List<TimelineRun.Row>> run = TimelineRun.run(topics, methods, progress::step);
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (out != null) {
      try {
        write(run);
      } catch (IOException e) {
        err.println("newsbrief: cannot write timelines: " + e.getMessage());
        return ExitCode.OUTPUT;
      }
    }
    switch (format) {
      case table -> {
        stdout.print(TimelineReport.table(run, perTask));
        int tasks = run.values().iterator().next().size();
        stdout.printf("%d topics, %d tasks, %d methods in %.1f s%n", topics.size(), tasks, methods.size(), seconds);
      }
      case csv -> stdout.print(TimelineReport.csv(run));
      case json -> stdout.print(TimelineReport.json(run));
    }
    stdout.flush();
    return ExitCode.OK;
  }

  private void write(Map<String, List<TimelineRun.Row>> run) throws IOException {
    for (var e : run.entrySet()) {
      for (TimelineRun.Row r : e.getValue()) {
        Path file = out.resolve(e.getKey()).resolve(r.task().topic()).resolve(r.task().name() + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, TimelineWriter.format(r.timeline()), StandardCharsets.UTF_8);
      }
    }
  }
}
