package dev.newsbrief.cli;

import dev.newsbrief.Pipeline;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.ingest.IngestException;
import dev.newsbrief.ingest.IngestOptions;
import dev.newsbrief.ingest.Ingested;
import dev.newsbrief.ingest.Problem;
import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Removal;
import dev.newsbrief.render.HtmlRenderer;
import dev.newsbrief.render.JsonRenderer;
import dev.newsbrief.render.MarkdownRenderer;
import dev.newsbrief.model.Article;
import dev.newsbrief.stories.JoinModel;
import dev.newsbrief.stories.ReportFeatures;
import dev.newsbrief.stories.StoryDetector;
import dev.newsbrief.stories.Storyline;
import dev.newsbrief.story.Story;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsbrief brief}: one story's reports in, one briefing out. */
@Command(name = "brief", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Briefs one story from its reports: summary with citations and sources.",
        "With no INPUT, briefs the bundled example story."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:briefing written", "1:internal error (a bug; please report it)",
        "2:wrong options", "3:inputs missing, unreadable or empty", "4:output not written (it exists, or cannot be written)"})
final class BriefCommand implements Callable<Integer> {
  enum Format {
    md, json, html;

    /**
     * The format asked for, else the one the output file's extension names, else Markdown; a
     * format that contradicts the extension (".html" written as Markdown) is refused.
     */
    static Format of(Format asked, Path output) {
      String name = output == null ? "" : output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      Format named = name.endsWith(".md") || name.endsWith(".markdown") ? md
          : name.endsWith(".json") ? json
          : name.endsWith(".html") || name.endsWith(".htm") ? html : null;
      if (asked != null && named != null && asked != named) {
        throw new IllegalArgumentException("--format " + asked + " does not match the output file " + output + "; name it ." + asked + " or drop --format");
      }
      return asked != null ? asked : named != null ? named : md;
    }
  }

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Report files (txt, html, jsonl, DUC/NIST sgml), folders, globs, or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-w", "--words"}, paramLabel = "N", description = "Summary length in words (default: ${DEFAULT-VALUE}).")
  int words = Pipeline.Options.DEFAULT_WORDS;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "md, json or html (default: the output file's extension, else md).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--force", description = "Replace FILE if it exists (never an input).")
  boolean force;

  @Option(names = "--explain", description = "Also print, on standard error, what cleaning removed from each report and why.")
  boolean explain;

  @Option(names = "--max-file-mb", paramLabel = "MB", description = "Skip input files larger than this (default: ${DEFAULT-VALUE}).")
  int maxFileMb = (int) (IngestOptions.DEFAULT_MAX_BYTES / (1024 * 1024));

  @Option(names = "--no-language-check", description = "Do not warn about reports that do not look like English.")
  boolean noLanguageCheck;

  @Option(names = "--focus", paramLabel = "QUESTION",
      description = "Make the summary answer a question or keywords, e.g. --focus \"Aleppo ceasefire\" (still verbatim and cited).")
  String focus;

  @Option(names = "--title", paramLabel = "TEXT", description = "The briefing's headline (default: the story's, from its reports).")
  String title;

  @Option(names = "--read", paramLabel = "OLD", arity = "1..*",
      description = "Reports already read (files, folders, globs): the summary says only what INPUT adds to them (an update brief).")
  List<String> read;

  @Option(names = "--since", paramLabel = "DATE",
      description = "An update brief of the reports dated after DATE (yyyy-mm-dd; inferred dates count) for a reader of the others.")
  java.time.LocalDate since;

  @Option(names = "--all", description = "When the reports tell several stories, brief each of them, biggest first (md or json).")
  boolean all;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Pipeline.Options options;
    try {
      if (maxFileMb < 1) throw new IllegalArgumentException("--max-file-mb must be at least 1");
      options = new Pipeline.Options(words);
    } catch (IllegalArgumentException e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.USAGE;
    }
    try {
      format = Format.of(format, output);
    } catch (IllegalArgumentException e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.USAGE;
    }
    // the files found through folders and globs are inputs too: checked now, so a long run is not lost at the end
    List<Path> inputPaths = new ArrayList<>(Ingest.files(inputs));
    if (read != null) inputPaths.addAll(Ingest.files(read)); // the reports read are inputs too
    if (output != null && !output.toString().equals("-")) {
      try {
        Output.checkTarget(output, force, inputPaths);
      } catch (Output.Refused e) {
        err.println("newsbrief: " + e.getMessage());
        return ExitCode.OUTPUT;
      }
    }
    Ingested ingested;
    try (BundledExample example = inputs.isEmpty() ? BundledExample.extract() : null) {
      List<String> in = example == null ? inputs : List.of(example.folder().toString());
      try {
        ingested = Ingest.read(in, System.in, new IngestOptions(maxFileMb * 1024L * 1024L, !noLanguageCheck));
      } catch (IngestException e) {
        err.println("newsbrief: " + e.getMessage());
        return ExitCode.INPUT;
      }
    }
    for (Problem p : ingested.problems()) {
      err.println("newsbrief: " + p.line());
    }

    if (all && format == Format.html) {
      err.println("newsbrief: --all writes md or json; for one HTML page per story use 'newsbrief stories --out DIR --format html'");
      return ExitCode.USAGE;
    }
    Pipeline pipeline;
    List<Story> stories;
    if (read != null || since != null) {
      Update u;
      try {
        u = update(ingested.articles(), err);
      } catch (Stop e) {
        return e.code;
      }
      pipeline = u.pipeline();
      stories = List.of(u.story());
    } else {
      pipeline = focus == null || focus.isBlank() ? new Pipeline() : new Pipeline(dev.newsbrief.summary.Focus.of(focus));
      Story whole = pipeline.analyse(ingested.articles());
      List<List<Article>> piles = stories(whole, err, all);
      // one story (the usual case) is briefed as analysed; the stories of a mixed pile are analysed each
      stories = piles == null ? List.of(whole)
          : (all ? piles : piles.subList(0, 1)).stream().map(pipeline::analyse).toList();
    }
    List<String> rendered = new ArrayList<>();
    for (Story story : stories) {
      if (explain) explain(story, err);
      Brief brief = finish(pipeline.brief(story, options), ingested.problems());
      rendered.add(switch (format) {
        case md -> MarkdownRenderer.render(brief);
        case json -> JsonRenderer.render(brief);
        case html -> HtmlRenderer.render(brief);
      });
    }
    String text = rendered.size() == 1 ? rendered.get(0)
        : format == Format.json ? "[" + String.join(",\n", rendered.stream().map(String::strip).toList()) + "]\n"
        : String.join("\n---\n\n", rendered);
    try {
      Output.write(text, output, force, inputPaths, System.out);
    } catch (Output.Refused e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.OUTPUT;
    }
    return ExitCode.OK;
  }

  /** A command line's exit code, as a way out of a step that cannot go on (the reason is said already). */
  private static final class Stop extends Exception {
    final int code;

    Stop(int code) {
      super(null, null, false, false);
      this.code = code;
    }
  }

  /** The story of an update brief and the pipeline that briefs it. */
  private record Update(Pipeline pipeline, Story story) {}

  /**
   * An update brief: the story of the reports read and the new ones, its summary only what the new
   * ones add ({@link Pipeline#update}); the new are INPUT with {@code --read}, else those dated after
   * {@code --since}.
   */
  private Update update(List<Article> inputArticles, PrintWriter err) throws Stop {
    if (all) {
      err.println("newsbrief: --all cannot be combined with --read or --since (an update brief is of one story)");
      throw new Stop(ExitCode.USAGE);
    }
    List<Article> articles = new ArrayList<>();
    java.util.Set<String> oldTexts = new java.util.HashSet<>(), ids = new java.util.HashSet<>();
    if (read != null) {
      try {
        for (Article a : Ingest.read(read, System.in, new IngestOptions(maxFileMb * 1024L * 1024L, false)).articles()) {
          articles.add(a);
          ids.add(a.id());
          oldTexts.add(a.text().strip());
        }
      } catch (IngestException e) {
        err.println("newsbrief: --read: " + e.getMessage());
        throw new Stop(ExitCode.INPUT);
      }
    }
    java.util.Set<String> fresh = new java.util.HashSet<>();
    for (Article a : inputArticles) {
      if (oldTexts.contains(a.text().strip())) continue; // read already
      String id = a.id();
      for (int n = 2; !ids.add(id); n++) id = a.id() + "-new" + (n == 2 ? "" : n);
      articles.add(id.equals(a.id()) ? a : new Article(id, a.title(), a.text(), a.outlet(), a.url(), a.published(), a.origin(), a.page()));
      if (since == null) fresh.add(id);
    }
    Story story = new Pipeline().analyse(articles);
    if (since != null) {
      for (Document d : story.documents()) {
        // the first day the report's date can be: one known only to its year is not surely after DATE
        java.time.LocalDate day = story.date(d.id()).date();
        boolean inInput = read == null || !oldTexts.contains(d.article().text().strip());
        if (inInput && day != null && day.isAfter(since)) fresh.add(d.id());
      }
    }
    if (fresh.isEmpty()) {
      err.println("newsbrief: no new report to brief" + (since != null ? ": none is dated after " + since : ": every input was read already"));
      throw new Stop(ExitCode.INPUT);
    }
    String note = Pipeline.updateNote(fresh.size(), story.documents().size() - fresh.size(),
        since != null ? "new: dated after " + since : null);
    return new Update(Pipeline.update(fresh, Pipeline.weighting(focus), note), story);
  }

  /** The reader's title, and the inputs that were skipped or read with a caveat, in the briefing's notes. */
  private Brief finish(Brief brief, List<Problem> problems) {
    Brief out = title == null || title.isBlank() ? brief : brief.withHeadline(title.strip());
    return problems.isEmpty() ? out : out.withNotes(problems.stream().map(BriefCommand::asNote).toList());
  }

  /** "Skipped x.png: binary file (PNG image)." */
  private static String asNote(Problem p) {
    String line = p.line();
    return Character.toUpperCase(line.charAt(0)) + line.substring(1) + (line.endsWith(".") ? "" : ".");
  }

  /**
   * Null when the analysed reports tell one story; else each story's reports, biggest first (said on
   * {@code err}, with the stories named). Story detection reads the documents already analysed.
   */
  private static List<List<Article>> stories(Story analysed, PrintWriter err, boolean each) {
    List<Document> docs = analysed.documents();
    if (docs.size() < 3) return null;
    List<Storyline> found = StoryDetector.storiesOf(docs.stream().map(d -> ReportFeatures.of(d, d.article().published())).toList(),
        JoinModel.shipped().withThreshold(StoryDetector.ONE_STORY_CHECK));
    if (!StoryDetector.notOneStory(found)) return null;
    err.printf("newsbrief: these %d reports do not tell one story; they tell %d:%n", docs.size(), found.size());
    List<List<Article>> out = new ArrayList<>();
    for (Storyline s : found) {
      out.add(s.reportIds().stream().map(id -> analysed.document(id).article()).toList());
      err.printf("  %d report(s): %s%n", s.reports().size(), MarkdownRenderer.oneLine(StoriesCommand.headline(s)));
    }
    err.println(each ? "newsbrief: briefing each of them, biggest first"
        : "newsbrief: briefing the biggest (use --all for each, or 'newsbrief stories' to sort a mixed pile)");
    err.flush();
    return out;
  }

  private static void explain(Story story, PrintWriter err) {
    for (Document d : story.documents()) {
      err.printf("== [%d] %s (%s): kept %d paragraph(s), %d sentence(s); removed %d%n", story.sourceNumber(d.id()),
          d.article().title(), d.article().origin(), d.paragraphs().size(), d.sentences().size(), d.removed().size());
      for (Removal r : d.removed()) err.printf("   - %s: %s%n", r.reason(), MarkdownRenderer.oneLine(clip(r.text())));
      if (!story.isOrigin(d.id())) err.printf("   (near-copy of [%d])%n", story.sourceNumber(story.origin(d.id())));
    }
    err.flush();
  }

  private static String clip(String s) {
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }
}
