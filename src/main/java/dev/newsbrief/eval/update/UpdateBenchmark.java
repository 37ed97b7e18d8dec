package dev.newsbrief.eval.update;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.Pipeline;
import dev.newsbrief.eval.mds.BenchmarkReader;
import dev.newsbrief.eval.mds.MdsRun;
import dev.newsbrief.eval.rouge.Rouge;
import dev.newsbrief.eval.rouge.RougeOptions;
import dev.newsbrief.eval.rouge.RougeScores;
import dev.newsbrief.eval.rouge.RougeText;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.ingest.IngestException;
import dev.newsbrief.model.Article;
import dev.newsbrief.story.Story;
import dev.newsbrief.summary.ConceptSummarizer;
import dev.newsbrief.summary.Focus;
import dev.newsbrief.summary.Summarizer;
import dev.newsbrief.summary.UpdateSummarizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Update summarisation as DUC 2007's pilot sets it ({@code docs/<topic>/<topic>-A|B|C},
 * {@code topics.sgml}, {@code models/<D07nn>-<set>.M.100.*}): a summary of A; of B for a reader who
 * has read A; of C for one who has read A and B. newsbrief's update briefs (focused on the topic's
 * question, reading the earlier sets) beside its generic summary of each set alone.
 */
public final class UpdateBenchmark {
  /** One set of a topic: its reports, those read before it, the question and the human summaries. */
  public record Set3(String id, List<Article> reports, List<Article> read, String question, List<List<String>> references) {}

  /** One method's summary of one set with its ROUGE scores. */
  public record Row(String method, String set, List<String> summary, RougeScores scores) {}

  public static final List<String> METHODS = List.of("newsbrief", "newsbrief-update");

  private UpdateBenchmark() {}

  public static List<Set3> read(Path dir) throws IOException, IngestException {
    Map<String, String> questions = BenchmarkReader.questions(dir.resolve("topics.sgml"));
    List<Set3> out = new ArrayList<>();
    List<Path> topics;
    try (Stream<Path> s = Files.list(dir.resolve("docs"))) {
      topics = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path topic : topics) {
      String id = topic.getFileName().toString();
      List<Article> read = new ArrayList<>();
      List<Path> sets;
      try (Stream<Path> s = Files.list(topic)) {
        sets = s.filter(Files::isDirectory).sorted().toList();
      }
      for (Path set : sets) {
        String name = set.getFileName().toString(); // D0703A-B
        List<Article> reports = Ingest.read(List.of(set.toString()), InputStream.nullInputStream()).articles();
        String model = Patterns.replaceFirst(id, "[a-zA-Z]$", "") + name.substring(name.lastIndexOf('-')) + ".";
        out.add(new Set3(name, reports, List.copyOf(read), questions.get(id.toUpperCase(Locale.ROOT)),
            BenchmarkReader.referencesNamed(dir.resolve("models"), model.toUpperCase(Locale.ROOT))));
        read.addAll(reports);
      }
    }
    if (out.isEmpty()) throw new IngestException("no topic sets in " + dir.resolve("docs"));
    return out;
  }

  /** The summary of a set by a method, at most {@code words} words. */
  public static List<String> summarize(String method, Set3 set, int words) {
    if (method.equals("newsbrief")) {
      Pipeline p = new Pipeline();
      return p.summaryAsShown(p.analyse(set.reports()), words);
    }
    // focused on the topic's question; having read the earlier sets, only what this one adds
    var weighting = Focus.of(set.question()).weighting(Pipeline.FOCUS_FLOOR);
    List<Article> all = new ArrayList<>(set.read());
    all.addAll(set.reports());
    Story story = new Pipeline().analyse(all);
    Set<String> fresh = new HashSet<>();
    for (int i = set.read().size(); i < story.documents().size(); i++) fresh.add(story.documents().get(i).id());
    Summarizer summarizer = set.read().isEmpty() ? new ConceptSummarizer(weighting, ConceptSummarizer.Settings.DEFAULT)
        : new UpdateSummarizer(fresh, weighting, UpdateSummarizer.KNOWN);
    return new Pipeline(summarizer).summaryAsShown(story, words);
  }

  public static Map<String, List<Row>> run(List<Set3> sets, int words) {
    RougeOptions options = MdsRun.rougeOptions(words);
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (String m : METHODS) out.put(m, new ArrayList<>());
    for (Set3 set : sets) {
      List<RougeText> refs = set.references().stream().map(r -> RougeText.of(r, options)).toList();
      for (String m : METHODS) {
        List<String> summary = summarize(m, set, words);
        out.get(m).add(new Row(m, set.id(), summary, refs.isEmpty() ? null : Rouge.score(RougeText.of(summary, options), refs)));
      }
    }
    return out;
  }

  public static String table(Map<String, List<Row>> rows, boolean perSet) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-18s %-10s %8s %8s%n", "method", "set", "R2-R", "SU4-R"));
    for (var e : rows.entrySet()) {
      double r2 = 0, su4 = 0;
      int n = 0;
      for (Row r : e.getValue()) {
        if (r.scores() == null) continue;
        if (perSet) {
          sb.append(String.format(Locale.ROOT, "%-18s %-10s %8.5f %8.5f%n", e.getKey(), r.set(), r.scores().rouge2().recall(),
              r.scores().rougeSU().recall()));
        }
        r2 += r.scores().rouge2().recall();
        su4 += r.scores().rougeSU().recall();
        n++;
      }
      if (n > 0) sb.append(String.format(Locale.ROOT, "%-18s %-10s %8.5f %8.5f%n", e.getKey(), "AVERAGE", r2 / n, su4 / n));
    }
    return sb.toString();
  }
}
