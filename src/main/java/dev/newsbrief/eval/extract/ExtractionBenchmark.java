package dev.newsbrief.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.clean.Cleaned;
import dev.newsbrief.clean.Cleaner;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.ingest.Problem;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark (Scrapinghub's layout: {@code html/<id>.html.gz} and
 * {@code ground-truth.json}): newsbrief's text as the pipeline keeps it (ingest, then cleaning)
 * and Readability4J alone, scored with {@link ShingleScore}, with the time per page.
 */
public final class ExtractionBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One page of the benchmark: its id, the page as fetched, its URL and the true body. */
  public record Page(String id, byte[] gzipped, String url, String truth) {}

  /** One extractor's run: the text per page, its score and its mean milliseconds per page (warm). */
  public record Run(String name, Map<String, String> texts, Map<String, ShingleScore.Page> scores,
                    ShingleScore.Total total, double msPerPage) {}

  private ExtractionBenchmark() {}

  public static List<Page> read(Path dir) throws IOException {
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      Path html = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.isRegularFile(html)) throw new IOException("no page " + html + " for ground truth " + id);
      JsonNode t = truth.get(id);
      pages.add(new Page(id, Files.readAllBytes(html), t.path("url").asText(null), t.path("articleBody").asText("")));
    }
    return pages;
  }

  /** The text briefings are drawn from: the page read as a file named after it, then cleaned. */
  public static String newsbrief(Page page) {
    List<Article> read = Ingest.parse(page.gzipped(), page.id() + ".html.gz", new ArrayList<Problem>());
    if (read.isEmpty()) return "";
    return Cleaner.clean(read.get(0)).bodyText();
  }

  /** The page as ingest reads it, before cleaning: shows what cleaning adds or loses. */
  public static String ingested(Page page) {
    List<Article> read = Ingest.parse(page.gzipped(), page.id() + ".html.gz", new ArrayList<Problem>());
    return read.isEmpty() ? "" : read.get(0).text();
  }

  /** The baseline: Readability4J's text content on the whole page. */
  public static String readability(Page page) {
    try {
      String html = new String(gunzip(page.gzipped()), java.nio.charset.StandardCharsets.UTF_8);
      var article = new net.dankito.readability4j.Readability4J(page.url() == null ? "" : page.url(), html).parse();
      return article.getTextContent() == null ? "" : article.getTextContent();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** Runs an extractor on every page twice (the first pass warms the JVM) and scores the second. */
  public static Run run(String name, List<Page> pages, Function<Page, String> extractor) {
    for (Page p : pages) extractor.apply(p);
    Map<String, String> texts = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    for (Page p : pages) texts.put(p.id(), extractor.apply(p));
    double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, pages.size());
    Map<String, ShingleScore.Page> scores = new LinkedHashMap<>();
    for (Page p : pages) scores.put(p.id(), ShingleScore.page(p.truth(), texts.get(p.id())));
    return new Run(name, texts, scores, ShingleScore.total(List.copyOf(scores.values())), ms);
  }

  public static String table(List<Run> runs) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s %6s %9s %6s %9s%n", "extractor", "F1",
        "precision", "recall", "ms/page"));
    for (Run r : runs) {
      sb.append(String.format(Locale.ROOT, "%-14s %6.3f %9.3f %6.3f %9.1f%n", r.name(), r.total().f1(),
          r.total().precision(), r.total().recall(), r.msPerPage()));
    }
    sb.append(String.format(Locale.ROOT, "(%d pages; measure: word 4-gram shingles, per-page normalised, as evaluate.py)%n",
        runs.isEmpty() ? 0 : runs.get(0).total().pages()));
    // the rules were written on these pages: F1 on each half (pages in id order, alternately) shows whether a gain is general
    for (Run r : runs) {
      List<ShingleScore.Page> odd = new java.util.ArrayList<>(), even = new java.util.ArrayList<>();
      List<String> ids = new java.util.ArrayList<>(r.scores().keySet());
      java.util.Collections.sort(ids);
      for (int i = 0; i < ids.size(); i++) (i % 2 == 0 ? even : odd).add(r.scores().get(ids.get(i)));
      sb.append(String.format(Locale.ROOT, "%-14s F1 on halves %.3f / %.3f%n", r.name(), ShingleScore.total(even).f1(),
          ShingleScore.total(odd).f1()));
    }
    return sb.toString();
  }

  /** The predictions in the benchmark's own output format, for {@code evaluate.py}. */
  public static String predictionsJson(Run run) throws IOException {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    run.texts().forEach((id, text) -> out.put(id, Map.of("articleBody", text)));
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
  }

  private static byte[] gunzip(byte[] b) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
      return in.readAllBytes();
    }
  }
}
