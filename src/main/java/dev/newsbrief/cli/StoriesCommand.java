package dev.newsbrief.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsbrief.Pipeline;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.ingest.IngestException;
import dev.newsbrief.ingest.IngestOptions;
import dev.newsbrief.ingest.Ingested;
import dev.newsbrief.ingest.Problem;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Brief;
import dev.newsbrief.render.HtmlRenderer;
import dev.newsbrief.render.JsonRenderer;
import dev.newsbrief.render.MarkdownRenderer;
import dev.newsbrief.stories.JoinModel;
import dev.newsbrief.stories.ReportFeatures;
import dev.newsbrief.stories.StateJson;
import dev.newsbrief.stories.StoryDetector;
import dev.newsbrief.stories.Storyline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsbrief stories}: a mixed pile of reports in, the stories they tell out. */
@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Sorts a mixed pile of reports into stories and lists them, biggest and most recent first.",
        "A story is a storyline (weeks or months of one thread) made of events (reports of one happening).",
        "With --out, writes stories.json (every story, singletons too, with each report and why it joined)",
        "and one briefing per story of two or more reports.",
        "With --state, what was learnt is kept: a later run adds new reports to the same stories (same ids)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stories listed (and written)", "1:internal error (a bug; please report it)",
        "2:wrong options", "3:inputs missing, unreadable or empty, or a state that cannot be read",
        "4:output not written (it exists, or cannot be written)"})
final class StoriesCommand implements Callable<Integer> {
  enum Format { md, json, html }

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Report files (txt, html, jsonl, DUC/NIST sgml), folders, globs, or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Write stories.json and one briefing per story into DIR.")
  Path out;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "Briefings as md, json or html (default: ${DEFAULT-VALUE}).")
  Format format = Format.md;

  @Option(names = "--force", description = "Replace files already in DIR.")
  boolean force;

  @Option(names = "--state", paramLabel = "DIR", description = "Keep what was learnt in DIR/state.json and go on from it.")
  Path state;

  @Option(names = "--brief-reports", paramLabel = "N",
      description = "Brief a story from its N most recent reports at most (default: ${DEFAULT-VALUE}).")
  int briefReports = 150;

  @Option(names = "--max-file-mb", paramLabel = "MB", description = "Skip input files larger than this (default: ${DEFAULT-VALUE}).")
  int maxFileMb = (int) (IngestOptions.DEFAULT_MAX_BYTES / (1024 * 1024));

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (maxFileMb < 1 || briefReports < 2) {
      err.println("newsbrief: --max-file-mb must be at least 1 and --brief-reports at least 2");
      return ExitCode.USAGE;
    }
    if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
      err.println("newsbrief: --out must be a folder: " + out + " is a file");
      return ExitCode.OUTPUT;
    }
    if (state != null && Files.exists(state) && !Files.isDirectory(state)) {
      err.println("newsbrief: --state must be a folder: " + state + " is a file");
      return ExitCode.INPUT;
    }
    Path stateFile = state == null ? null : state.resolve("state.json");
    StoryDetector detector;
    try {
      detector = stateFile != null && Files.exists(stateFile)
          ? StoryDetector.restore(StateJson.read(stateFile), StoryDetector.Settings.DEFAULT, JoinModel.shipped())
          : new StoryDetector();
    } catch (IOException | IllegalArgumentException e) {
      err.println("newsbrief: cannot read the state " + stateFile + ": " + e.getMessage());
      return ExitCode.INPUT;
    }
    Ingested ingested;
    try {
      ingested = Ingest.read(inputs, System.in, new IngestOptions(maxFileMb * 1024L * 1024L, false));
    } catch (IngestException e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.INPUT;
    }
    for (Problem p : ingested.problems()) {
      err.println("newsbrief: " + p.line());
    }
    // each report read and analysed once, in parallel; placed in time order, undated ones last
    Set<String> already = detector.placedIds();
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : ingested.articles()) byId.putIfAbsent(Ingest.reportId(a), a);
    List<ReportFeatures> features = new ArrayList<>(byId.entrySet().parallelStream()
        .filter(e -> !already.contains(e.getKey()))
        .map(e -> ReportFeatures.of(e.getValue(), e.getKey())).toList());
    features.sort(ReportFeatures.STREAM_ORDER);
    for (ReportFeatures f : features) detector.add(f);
    if (features.size() < byId.size()) {
      err.printf("newsbrief: %d report(s) already placed in an earlier run, left where they are%n", byId.size() - features.size());
    }

    List<Storyline> stories = new ArrayList<>(detector.storylines());
    stories.sort(Storyline.BIGGEST_AND_MOST_RECENT_FIRST);
    Map<String, Article> known = byId;
    stdout.print(listing(stories, known));
    stdout.flush();

    if (out != null) {
      int code = write(stories, known, err);
      if (code != ExitCode.OK) return code;
    }
    if (stateFile != null) {
      try {
        StateJson.write(stateFile, detector.state());
      } catch (IOException e) {
        err.println("newsbrief: cannot keep the state: " + e.getMessage());
        return ExitCode.OUTPUT;
      }
    }
    return ExitCode.OK;
  }

  /** One line per story of two or more reports, then the singletons. */
  static String listing(List<Storyline> stories, Map<String, Article> articles) {
    StringBuilder b = new StringBuilder();
    int singletons = 0, reports = 0;
    for (Storyline s : stories) {
      reports += s.reports().size();
      if (s.reports().size() == 1) singletons++;
    }
    int several = stories.size() - singletons;
    b.append(String.format(Locale.ROOT, "%d %s in %d report%s (%d of them single reports)%n",
        several, several == 1 ? "story" : "stories", reports, reports == 1 ? "" : "s", singletons));
    for (Storyline s : stories) {
      if (s.reports().size() < 2) continue;
      int outlets = outlets(s, articles).size();
      b.append(String.format(Locale.ROOT, "%-6s %5d reports %4s outlets  %-24s %s%n", s.id(), s.reports().size(),
          outlets == 0 ? "?" : String.valueOf(outlets), span(s), MarkdownRenderer.oneLine(headline(s))));
    }
    if (singletons > 0) {
      b.append("single reports:\n");
      for (Storyline s : stories) {
        if (s.reports().size() == 1) b.append(String.format(Locale.ROOT, "%-6s %s%n", s.id(), s.reports().get(0).reportId()));
      }
    }
    return b.toString();
  }

  /** The storyline's headline (a report's title, or its lead's opening words). */
  static String headline(Storyline s) {
    return s.headline().isBlank() ? "(no headline)" : s.headline();
  }

  private static String span(Storyline s) {
    if (s.first() == null) return "undated";
    return s.first().equals(s.last()) ? s.first().toString() : s.first() + ".." + s.last();
  }

  /** The outlets a story's reports name (reports that name none are not counted). */
  private static Set<String> outlets(Storyline s, Map<String, Article> articles) {
    Set<String> out = new LinkedHashSet<>();
    for (var p : s.reports()) {
      Article a = articles.get(p.reportId());
      if (a != null && a.outlet() != null && !a.outlet().isBlank()) out.add(a.outlet().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private int write(List<Storyline> stories, Map<String, Article> articles, PrintWriter err) {
    List<Path> inputPaths = Ingest.files(inputs);
    List<Map<String, Object>> json = new ArrayList<>();
    Pipeline pipeline = new Pipeline();
    try {
      // every file checked before any is written: a refusal leaves DIR as it was
      Output.checkTarget(out.resolve("stories.json"), force, inputPaths);
      for (Storyline s : stories) {
        if (s.reports().size() >= 2) Output.checkTarget(out.resolve(s.id() + "." + format), force, inputPaths);
      }
      for (Storyline s : stories) {
        json.add(describe(s, articles));
        List<Article> members = new ArrayList<>();
        for (var p : s.reports()) {
          Article a = articles.get(p.reportId());
          if (a != null) members.add(a);
        }
        if (members.size() < 2) continue; // a briefing of one report: read the report
        if (members.size() > briefReports) {
          members.sort(Comparator.comparing(Article::published, Comparator.nullsFirst(Comparator.naturalOrder())));
          members = new ArrayList<>(members.subList(members.size() - briefReports, members.size()));
          err.printf("newsbrief: %s: briefed from its %d most recent reports of %d%n", s.id(), briefReports, s.reports().size());
        }
        Brief brief = pipeline.brief(pipeline.analyse(members), Pipeline.Options.DEFAULT);
        String rendered = switch (format) {
          case md -> MarkdownRenderer.render(brief);
          case json -> JsonRenderer.render(brief);
          case html -> HtmlRenderer.render(brief);
        };
        Output.write(rendered, out.resolve(s.id() + "." + format), force, inputPaths, null);
      }
      Output.write(StateJson.mapper().writeValueAsString(json) + "\n", out.resolve("stories.json"), force, inputPaths, null);
    } catch (Output.Refused e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.OUTPUT;
    } catch (JsonProcessingException e) {
      err.println("newsbrief: cannot write stories.json: " + e.getMessage());
      return ExitCode.OUTPUT;
    }
    return ExitCode.OK;
  }

  private static Map<String, Object> describe(Storyline s, Map<String, Article> articles) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("headline", headline(s));
    m.put("first", s.first() == null ? null : s.first().toString());
    m.put("last", s.last() == null ? null : s.last().toString());
    m.put("outlets", List.copyOf(outlets(s, articles)));
    List<Map<String, Object>> reports = new ArrayList<>();
    for (var p : s.reports()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", p.reportId());
      Article a = articles.get(p.reportId());
      if (a != null) r.put("title", a.title());
      r.put("event", p.eventId());
      r.put("closest", p.closest());
      r.put("similarity", Math.round(p.similarity() * 1000) / 1000.0);
      r.put("probability", Math.round(p.probability() * 1000) / 1000.0);
      reports.add(r);
    }
    m.put("reports", reports);
    m.put("events", s.events());
    return m;
  }

}
