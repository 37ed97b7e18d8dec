package dev.newsbrief.eval.labels;

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
 * The stories hand labels point into, rebuilt from the evaluation data folder: the DUC 2003
 * clusters ({@code duc/<id>}), the reference cluster ({@code kerry}), and groups of Timeline17
 * reports listed in {@code labels/timeline17-clusters.tsv}. Labels name a place in a report as
 * {@code <path under the data folder>#<offset in the article text>}, so no report text is copied
 * into the project.
 */
public final class LabelledStories {
  private static final String LABELS = "/dev/newsbrief/eval/labels/";
  private final Map<String, Story> stories;

  private LabelledStories(Map<String, Story> stories) {
    this.stories = stories;
  }

  /** Every labelled story of {@code data} (the folder holding duc2003-task2, timeline17-dev, ...). */
  public static LabelledStories load(Path data) throws IOException, IngestException {
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (String[] m : rows("timeline17-clusters.tsv")) members.computeIfAbsent(m[0], k -> new ArrayList<>()).add(m[1]);
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
    return new LabelledStories(stories);
  }

  /** The story labelled as {@code cluster}, or null. */
  public Story story(String cluster) {
    return stories.get(cluster);
  }

  /** The document a reference's path names, or null. */
  public static Document document(Story story, String ref) {
    String path = ref.substring(0, ref.lastIndexOf('#'));
    String[] f = path.split("/");
    String id = path.startsWith("timeline17-dev/") ? f[1] + "/" + f[3] + "/" + f[4] : f[f.length - 1];
    try {
      return story.document(id);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The offset a reference names. */
  public static int offset(String ref) {
    return Integer.parseInt(ref.substring(ref.lastIndexOf('#') + 1));
  }

  /** The sentence of the story at {@code <path>#<offset>}: the one holding that offset of its article. */
  public static Sentence sentence(Story story, String ref) {
    Document d = document(story, ref);
    if (d == null) return null;
    int offset = offset(ref);
    for (Sentence s : d.sentences()) if (s.start() <= offset && offset < s.end()) return s;
    return null;
  }

  /** The rows of a label file, comments and blank lines left out. */
  public static List<String[]> rows(String file) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Resources.open(LABELS + file)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }
}
