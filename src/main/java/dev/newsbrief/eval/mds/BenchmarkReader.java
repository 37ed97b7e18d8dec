package dev.newsbrief.eval.mds;

import dev.newsbrief.text.Patterns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.ingest.IngestException;
import dev.newsbrief.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a summarisation benchmark.
 * <ul>
 *   <li>DUC layout: {@code DIR/docs/<cluster>/<report files>} and
 *       {@code DIR/models/<CLUSTER-without-suffix>.M.100.T.<assessor>[.html]}, references one
 *       sentence per line ({@code D30003.M.100.T.B} belongs to cluster {@code d30003t},
 *       {@code D0601.M.250.A.A} to {@code D0601A}); with {@code DIR/topics.sgml} (DUC 2006), each
 *       cluster's question is its topic's title and narrative;</li>
 *   <li>JSONL: one cluster per line,
 *       {@code {"id": "...", "docs": [{"id","title","text","published","source","url"}], "references": ["summary", ...]}},
 *       a reference's sentences being its lines.</li>
 * </ul>
 */
public final class BenchmarkReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchmarkReader() {}

  public static List<Cluster> read(Path path) throws IOException, IngestException {
    if (Files.isRegularFile(path)) return readJsonl(path);
    Path docs = path.resolve("docs");
    if (!Files.isDirectory(docs)) throw new IngestException(path + " is neither a JSONL file nor a folder with docs/ (DUC layout)");
    java.util.Map<String, String> questions = questions(path.resolve("topics.sgml"));
    List<Cluster> out = new ArrayList<>();
    List<Path> clusters;
    try (Stream<Path> s = Files.list(docs)) {
      clusters = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path c : clusters) {
      String id = c.getFileName().toString();
      List<Article> articles = Ingest.read(List.of(c.toString()), InputStream.nullInputStream()).articles();
      out.add(new Cluster(id, articles, references(path.resolve("models"), id), questions.get(id.toUpperCase(Locale.ROOT))));
    }
    if (out.isEmpty()) throw new IngestException("no cluster folder in " + docs);
    return out;
  }

  /** References of a DUC cluster: model files whose name starts with the cluster id less its suffix letter. */
  public static List<List<String>> references(Path models, String clusterId) throws IOException {
    return referencesNamed(models, Patterns.replaceFirst(clusterId, "[a-zA-Z]$", "").toUpperCase(Locale.ROOT) + ".");
  }

  /** Model files whose name starts with {@code prefix} ({@code D0703-B.} for DUC 2007's update set B), one sentence a line. */
  public static List<List<String>> referencesNamed(Path models, String prefix) throws IOException {
    if (!Files.isDirectory(models)) return List.of();
    List<List<String>> refs = new ArrayList<>();
    try (Stream<Path> s = Files.list(models)) {
      for (Path m : s.filter(p -> p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith(prefix)).sorted().toList()) {
        refs.add(lines(Files.readString(m, StandardCharsets.ISO_8859_1)));
      }
    }
    return refs;
  }

  private static final java.util.regex.Pattern TOPIC = java.util.regex.Pattern.compile(
      "(?is)<topic>.*?<num>\\s*(\\S+)\\s*</num>.*?<title>(.*?)</title>.*?<narr>(.*?)</narr>.*?</topic>");

  /** DUC 2006 topics ({@code topics.sgml}): each topic's title and narrative, by its number; none when absent. */
  public static java.util.Map<String, String> questions(Path topics) throws IOException {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    if (!Files.isRegularFile(topics)) return out;
    java.util.regex.Matcher m = TOPIC.matcher(Files.readString(topics, StandardCharsets.ISO_8859_1));
    while (m.find()) {
      out.put(m.group(1).toUpperCase(Locale.ROOT), Patterns.replaceAll((m.group(2).strip() + ". " + m.group(3).strip()), "\\s+", " "));
    }
    return out;
  }

  private static List<String> lines(String text) {
    return Arrays.stream(Patterns.split(text, "\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static List<Cluster> readJsonl(Path file) throws IOException, IngestException {
    List<Cluster> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) continue;
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (IOException e) {
        throw new IngestException(file + ":" + lineNo + ": not JSON: " + e.getMessage());
      }
      String id = n.path("id").asText("cluster" + lineNo);
      List<Article> articles = new ArrayList<>();
      int k = 0;
      for (JsonNode d : n.path("docs")) {
        k++;
        String published = d.path("published").asText("");
        articles.add(new Article(d.path("id").asText(id + "-" + k), d.path("title").asText(""), d.path("text").asText(""),
            d.hasNonNull("source") ? d.get("source").asText() : null, d.hasNonNull("url") ? d.get("url").asText() : null,
            published.length() >= 10 ? LocalDate.parse(published.substring(0, 10)) : null, file + ":" + lineNo));
      }
      List<List<String>> refs = new ArrayList<>();
      for (JsonNode r : n.path("references")) refs.add(lines(r.asText()));
      if (articles.isEmpty()) throw new IngestException(file + ":" + lineNo + ": cluster " + id + " has no docs");
      out.add(new Cluster(id, articles, refs));
    }
    return out;
  }
}
