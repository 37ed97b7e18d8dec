package dev.newsbrief.cli;

import dev.newsbrief.text.Patterns;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbrief.clean.Cleaned;
import dev.newsbrief.clean.Cleaner;
import dev.newsbrief.clean.Reasons;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.ingest.IngestException;
import dev.newsbrief.ingest.Problem;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Removal;
import dev.newsbrief.web.SafeFetcher;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsbrief extract}: the article newsbrief reads from each input, as briefings use it
 * (ingest, then cleaning, each input on its own): the same path as {@code brief} and {@code serve}.
 */
@Command(name = "extract", header = "Shows the article newsbrief reads from each web page or file.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Shows the article newsbrief reads from each web page or file: title, body as kept (after cleaning),",
        "outlet, authors, date and where it was found, canonical URL, language. Files may be gzipped.",
        "Exit codes: 0 every input read, 3 some input gave no article (the others are still written), 2 usage."})
final class ExtractCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_FETCH_BYTES = 10L * 1024 * 1024;

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Files, folders, globs, http(s) URLs, or - for standard input.")
  List<String> inputs;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, or json: JSON Lines, one object per article (default: ${DEFAULT-VALUE}).")
  TextOrJson format = TextOrJson.text;

  @Option(names = "--explain", description = "Also show what was left out of each article, and why.")
  boolean explain;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One input's article with what was left out of it. */
  private record Extracted(String source, Article article, Cleaned cleaned, List<Map.Entry<String, String>> leftOut) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean allRead = true;
    for (String input : inputs) {
      List<Problem> problems = new ArrayList<>();
      List<Extracted> found = new ArrayList<>();
      try {
        if (Patterns.matches(input, "(?i)https?://.*")) found.addAll(fetch(input, problems));
        else found.addAll(read(input, problems));
      } catch (IngestException e) {
        problems.add(new Problem(input, e.getMessage()));
      }
      for (Problem p : problems) err.println("newsbrief: " + p);
      if (found.isEmpty()) allRead = false;
      for (Extracted x : found) out.print(format == TextOrJson.json ? json(x) + "\n" : text(x));
      out.flush();
    }
    return allRead ? ExitCode.OK : ExitCode.INPUT;
  }

  private List<Extracted> read(String input, List<Problem> problems) throws IngestException {
    List<Extracted> out = new ArrayList<>();
    for (Article a : Ingest.read(List.of(input), System.in).articles()) {
      // read again with an ear for what the page reading leaves out; the article is the same
      List<Map.Entry<String, String>> leftOut = new ArrayList<>();
      if (explain && !input.equals("-")) {
        try {
          byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(a.origin()));
          Ingest.parse(bytes, a.origin(), a.origin(), new ArrayList<>(), (why, t) -> leftOut.add(Map.entry(why, t)));
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
          // a record of a JSONL or SGML file: cleaning's reasons still show
        }
      }
      out.add(new Extracted(a.origin(), a, Cleaner.clean(a), leftOut));
    }
    return out;
  }

  private List<Extracted> fetch(String url, List<Problem> problems) {
    SafeFetcher.Response r;
    try {
      r = new SafeFetcher(false, MAX_FETCH_BYTES, Duration.ofSeconds(20)).get(URI.create(url), Map.of());
    } catch (SafeFetcher.FetchException | IllegalArgumentException e) {
      problems.add(new Problem(url, "cannot fetch: " + e.getMessage()));
      return List.of();
    }
    if (r.status() / 100 != 2) {
      problems.add(new Problem(url, "answered HTTP " + r.status()));
      return List.of();
    }
    String type = r.contentType() == null ? "" : r.contentType().toLowerCase(java.util.Locale.ROOT);
    String name = type.contains("html") || type.isEmpty() ? "page.html" : type.contains("json") ? "page.jsonl" : "page.txt";
    List<Map.Entry<String, String>> leftOut = new ArrayList<>();
    List<Extracted> out = new ArrayList<>();
    for (Article a : Ingest.parse(r.body(), r.uri().toString(), name, problems, (why, t) -> leftOut.add(Map.entry(why, t)))) {
      out.add(new Extracted(url, a, Cleaner.clean(a), leftOut));
    }
    return out;
  }

  private String json(Extracted x) {
    Article a = x.article();
    ObjectNode n = JSON.createObjectNode();
    n.put("source", x.source());
    n.put("title", a.title());
    n.put("text", x.cleaned().bodyText());
    n.put("outlet", a.outlet());
    ArrayNode authors = n.putArray("authors");
    a.page().authors().forEach(authors::add);
    n.put("published", a.published() == null ? null : a.published().toString());
    n.put("published_from", a.page().dateEvidence());
    n.put("url", a.url());
    n.put("language", language(a));
    n.put("language_from", a.page().language() != null ? "declared by the page" : language(a) != null ? "read from the text" : null);
    if (explain) {
      ArrayNode left = n.putArray("left_out");
      for (var e : leftOut(x)) left.addObject().put("reason", e.getKey()).put("text", e.getValue());
    }
    try {
      return JSON.writeValueAsString(n);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String text(Extracted x) {
    Article a = x.article();
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(x.source()).append('\n');
    sb.append("Title:     ").append(a.title()).append('\n');
    if (a.outlet() != null) sb.append("Outlet:    ").append(a.outlet()).append('\n');
    if (!a.page().authors().isEmpty()) sb.append("Authors:   ").append(String.join(", ", a.page().authors())).append('\n');
    if (a.published() != null) {
      sb.append("Published: ").append(a.published());
      if (a.page().dateEvidence() != null) sb.append(" (from ").append(a.page().dateEvidence()).append(')');
      sb.append('\n');
    }
    if (a.url() != null) sb.append("URL:       ").append(a.url()).append('\n');
    if (language(a) != null) sb.append("Language:  ").append(language(a)).append('\n');
    sb.append('\n').append(x.cleaned().bodyText()).append("\n\n");
    if (explain) {
      List<Map.Entry<String, String>> left = leftOut(x);
      sb.append("-- left out (").append(left.size()).append(")\n");
      for (var e : left) sb.append("  [").append(e.getKey()).append("] ").append(clip(e.getValue())).append('\n');
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The page's furniture, then cleaning's removals that are not the article's own structure. */
  private static List<Map.Entry<String, String>> leftOut(Extracted x) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (var e : x.leftOut()) if (!e.getValue().isBlank()) out.add(e);
    for (Removal r : x.cleaned().removed()) if (!Reasons.isStructure(r.reason())) out.add(Map.entry(r.reason(), r.text()));
    return out;
  }

  private static String language(Article a) {
    if (a.page().language() != null) return a.page().language();
    return Ingest.looksEnglish(a.title() + "\n" + a.text()) ? "en" : null;
  }

  private static String clip(String s) {
    String one = Patterns.replaceAll(s, "\\s+", " ").strip();
    return one.length() <= 160 ? one : one.substring(0, 157) + "...";
  }
}
