package dev.newsbrief.eval.citations;

import dev.newsbrief.Pipeline;
import dev.newsbrief.eval.mds.BenchmarkReader;
import dev.newsbrief.eval.mds.Cluster;
import dev.newsbrief.eval.timeline.TimelineBenchmark;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.ingest.IngestException;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import dev.newsbrief.text.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-labelled citation pairs ({@code dev/newsbrief/eval/labels/citation-pairs.tsv}) with their
 * sentences found again in the stories they come from, read from the evaluation data folder: DUC
 * 2003 clusters, the reference cluster, and days of Timeline17 reports from several outlets.
 */
public final class CitationPairs {
  /** One labelled pair, located: the shown sentence {@code target}, the candidate source {@code candidate}. */
  public record Pair(String id, String cluster, boolean aside, String label, Story story, Sentence target,
                     Sentence candidate) {
    public boolean same() { return label.equals("same"); }
  }

  /** The located pairs and how many labels could not be located (the text or its split changed). */
  public record Loaded(List<Pair> pairs, int unlocated) {}

  private CitationPairs() {}

  public static Loaded load(Path data) throws IOException, IngestException {
    List<String[]> rows = rows("/dev/newsbrief/eval/labels/citation-pairs.tsv");
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (String[] m : rows("/dev/newsbrief/eval/labels/citation-clusters.tsv")) {
      members.computeIfAbsent(m[0], k -> new ArrayList<>()).add(m[1]);
    }
    Pipeline pipeline = new Pipeline();
    Map<String, Story> stories = new LinkedHashMap<>();
    for (Cluster c : BenchmarkReader.read(data.resolve("duc2003-task2"))) stories.put("duc/" + c.id(), pipeline.analyse(c.articles()));
    stories.put("kerry", pipeline.analyse(Ingest.read(List.of(data.resolve("kerry-lavrov-2016").toString()),
        InputStream.nullInputStream()).articles()));
    for (var e : members.entrySet()) {
      List<Document> docs = new ArrayList<>();
      for (String ref : e.getValue()) {
        String[] f = ref.split("/"); // timeline17-dev/<topic>/InputDocs/<date>/<file>
        docs.add(TimelineBenchmark.document(f[1] + "/" + f[3] + "/" + f[4], LocalDate.parse(f[3]),
            Files.readAllLines(data.resolve(ref), StandardCharsets.UTF_8), ref));
      }
      stories.put(e.getKey(), Story.of(docs));
    }
    List<Pair> out = new ArrayList<>();
    int unlocated = 0;
    for (String[] r : rows) {
      Story story = stories.get(r[1]);
      Sentence target = story == null ? null : locate(story, r[3]);
      Sentence candidate = story == null ? null : locate(story, r[4]);
      if (target == null || candidate == null || target == candidate) {
        unlocated++;
        continue;
      }
      out.add(new Pair(r[0], r[1], r[2].equals("aside"), r[5], story, target, candidate));
    }
    return new Loaded(out, unlocated);
  }

  /** The sentence of the story at {@code <path>#<offset>}: the one holding that offset of its article. */
  private static Sentence locate(Story story, String ref) {
    int hash = ref.lastIndexOf('#');
    String path = ref.substring(0, hash);
    int offset = Integer.parseInt(ref.substring(hash + 1));
    String[] f = path.split("/");
    String id = path.startsWith("timeline17-dev/") ? f[1] + "/" + f[3] + "/" + f[4] : f[f.length - 1];
    Document d;
    try {
      d = story.document(id);
    } catch (RuntimeException e) {
      return null;
    }
    if (d == null) return null;
    for (Sentence s : d.sentences()) if (s.start() <= offset && offset < s.end()) return s;
    return null;
  }

  private static List<String[]> rows(String resource) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Resources.open(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }
}
