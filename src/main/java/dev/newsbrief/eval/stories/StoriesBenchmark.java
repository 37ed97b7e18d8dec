package dev.newsbrief.eval.stories;

import dev.newsbrief.clean.Cleaned;
import dev.newsbrief.clean.Cleaner;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.ingest.IngestException;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import dev.newsbrief.stories.JoinModel;
import dev.newsbrief.stories.ReportFeatures;
import dev.newsbrief.stories.StoryDetector;
import dev.newsbrief.text.Analyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.kmeans.BisectingKMeansClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

/**
 * Story detection on a labelled stream: a manifest of {@code path}, {@code story}, {@code date}
 * (paths relative to the folder above the manifest's folder) is read and analysed once, replayed in
 * date order (then path), and scored per part of the stream (the story label's prefix before ':')
 * and as a whole, beside two baselines: single-pass TF-IDF centroid clustering with one global
 * threshold, and Carrot2's bisecting k-means told the true number of stories.
 */
public final class StoriesBenchmark {
  /** One labelled report of the stream, read and analysed. */
  public record Report(String id, String story, String part, LocalDate date, ReportFeatures features,
                       Map<String, Double> plain, String text) {}

  /** What was read: the stream in replay order, and the manifest rows that could not be read. */
  public record Stream(List<Report> reports, List<String> unreadable) {
    public List<String> ids() {
      return reports.stream().map(Report::id).toList();
    }

    public Map<String, String> truth() {
      Map<String, String> t = new HashMap<>();
      for (Report r : reports) t.put(r.id(), r.story());
      return t;
    }

    /** The parts of the stream ("duc2003", "t17", ...) in order of first appearance, then "all". */
    public List<String> parts() {
      List<String> p = new ArrayList<>();
      for (Report r : reports) if (!p.contains(r.part())) p.add(r.part());
      p.add("all");
      return p;
    }

    public List<String> ids(String part) {
      return reports.stream().filter(r -> part.equals("all") || r.part().equals(part)).map(Report::id).toList();
    }
  }

  private StoriesBenchmark() {}

  /** Reads and analyses every report the manifest lists, in parallel; {@code progress} hears how far it got. */
  public static Stream load(Path manifest, Consumer<String> progress) throws IOException {
    Path base = manifest.toAbsolutePath().getParent().getParent();
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("path\t")) continue;
      String[] c = line.split("\t", -1);
      if (c.length < 2) throw new IOException("a manifest row needs path, story and date: " + line);
      rows.add(c);
    }
    AtomicInteger done = new AtomicInteger();
    List<Report> read = rows.parallelStream().map(c -> {
      Report r = read(base, c);
      int n = done.incrementAndGet();
      if (progress != null && n % 500 == 0) progress.accept("read " + n + " of " + rows.size());
      return r;
    }).toList();
    List<Report> reports = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (read.get(i) == null) unreadable.add(rows.get(i)[0]);
      else reports.add(read.get(i));
    }
    reports.sort(Comparator.comparing(Report::features, ReportFeatures.STREAM_ORDER));
    return new Stream(reports, unreadable);
  }

  private static Report read(Path base, String[] row) {
    String path = row[0];
    LocalDate date = row.length > 2 && !row[2].isBlank() ? LocalDate.parse(row[2]) : null;
    List<Article> articles;
    try {
      articles = Ingest.read(List.of(base.resolve(path).toString()), InputStream.nullInputStream()).articles();
    } catch (IngestException e) {
      return null;
    }
    Article a = articles.get(0);
    Cleaned c = Cleaner.clean(a);
    Document doc = Analyzer.analyze(c.article(), c.kept(), c.removed());
    Map<String, Double> plain = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) if (!t.stop() && t.isWord() && t.stem().length() >= 3) plain.merge(t.stem(), 1.0, Double::sum);
    }
    String text = a.title() + "\n" + a.text().substring(0, Math.min(a.text().length(), 3000));
    ReportFeatures f = ReportFeatures.of(doc, date);
    String story = row[1];
    String part = story.contains(":") ? story.substring(0, story.indexOf(':')) : story;
    return new Report(path, story, part, date, f.as(path, date), plain, text);
  }

  /** newsbrief's placement of each report: report id → storyline id. */
  public static Map<String, String> detect(List<Report> stream, StoryDetector.Settings settings, JoinModel model) {
    StoryDetector detector = new StoryDetector(settings, model);
    Map<String, String> out = new HashMap<>();
    for (Report r : stream) out.put(r.id(), detector.add(r.features()).storyId());
    return out;
  }

  /**
   * The textbook baseline: each report's TF-IDF vector (all its words, document frequencies of the
   * stream so far) joins the most similar cluster centroid above {@code threshold}, compared with
   * every cluster, no time and no names.
   */
  public static Map<String, String> singlePass(List<Report> stream, double threshold) {
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    List<Map<String, Double>> centroids = new ArrayList<>();
    List<double[]> norms = new ArrayList<>();
    Map<String, String> out = new HashMap<>();
    for (Report r : stream) {
      n++;
      for (String t : r.plain().keySet()) df.merge(t, 1, Integer::sum);
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (var e : r.plain().entrySet()) {
        double w = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / (df.get(e.getKey()) + 0.5));
        if (w <= 0) continue;
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      if (len > 0) v.replaceAll((k, x) -> x / len);
      int best = -1;
      double bestSim = threshold;
      for (int c = 0; c < centroids.size(); c++) {
        double dot = 0;
        for (var e : v.entrySet()) dot += e.getValue() * centroids.get(c).getOrDefault(e.getKey(), 0.0);
        double sim = norms.get(c)[0] > 0 ? dot / Math.sqrt(norms.get(c)[0]) : 0;
        if (sim >= bestSim) {
          best = c;
          bestSim = sim;
        }
      }
      if (best < 0) {
        best = centroids.size();
        centroids.add(new HashMap<>());
        norms.add(new double[1]);
      }
      Map<String, Double> c = centroids.get(best);
      double[] n2 = norms.get(best);
      for (var e : v.entrySet()) {
        double old = c.getOrDefault(e.getKey(), 0.0);
        n2[0] += 2 * old * e.getValue() + e.getValue() * e.getValue();
        c.put(e.getKey(), old + e.getValue());
      }
      out.put(r.id(), "b" + best);
    }
    return out;
  }

  /** Carrot2's bisecting k-means over headline and text, told the true number of stories {@code k}. */
  public static Map<String, String> carrot2(List<Report> stream, int k) throws IOException {
    record Doc(String id, String title, String text) implements org.carrot2.clustering.Document {
      @Override
      public void visitFields(java.util.function.BiConsumer<String, String> fieldConsumer) {
        fieldConsumer.accept("title", title);
        fieldConsumer.accept("content", text);
      }
    }
    BisectingKMeansClusteringAlgorithm algorithm = new BisectingKMeansClusteringAlgorithm();
    algorithm.clusterCount.set(k);
    LanguageComponents english = LanguageComponents.loader().limitToLanguages("English").load().language("English");
    List<Doc> docs = new ArrayList<>();
    for (Report r : stream) {
      int nl = r.text().indexOf('\n');
      docs.add(new Doc(r.id(), nl < 0 ? "" : r.text().substring(0, nl), nl < 0 ? r.text() : r.text().substring(nl + 1)));
    }
    List<Cluster<Doc>> clusters = algorithm.cluster(docs.stream(), english);
    Map<String, String> out = new HashMap<>();
    int c = 0;
    for (Cluster<Doc> cluster : clusters) {
      c++;
      for (Doc d : cluster.getDocuments()) out.putIfAbsent(d.id(), "k" + c);
    }
    for (Doc d : docs) out.putIfAbsent(d.id(), "unclustered-" + d.id()); // left out: its own story
    return out;
  }

  /**
   * The join rule's free weights, over {@link JoinModel#FEATURES}: the closest member's cosine counts
   * 1 and the storyline's size counts only through {@code centroidBySize}; each weight keeps its sign
   * (idle days and the bias count against joining, likeness for it).
   */
  private static final int[] FREE = {0, 1, 3, 4, 5, 7};
  private static final double[] SIGN = {-1, 1, 1, 1, 1, -1, 1, 1};
  private static final double[] START = {0.15, 0.15, 0, 0.15, 0.01, 0.03, 0, 0.1};
  private static final double[] STEP = {0.05, 0.1, 1, 0.1, 0.02, 1, 1, 0.05};

  /**
   * A join model for the reports of {@code stream} whose story {@code fitOn} accepts: the join rule
   * that sorts them best (coordinate ascent on the mean over the stream's parts of B-cubed F1, the
   * measure itself rather than a proxy, so that a part of ten-report topics counts as much as a part
   * of thousand-report storylines; below {@link #PRECISION_FLOOR} precision counts double), calibrated on the rows of each story's first
   * {@link #ROWS_PER_STORY} reports.
   */
  public static JoinModel fit(List<Report> stream, java.util.function.Predicate<String> fitOn, StoryDetector.Settings settings) {
    List<Report> on = stream.stream().filter(r -> fitOn.test(r.story())).toList();
    Stream part = new Stream(on, List.of());
    double[] magnitude = START.clone(), step = STEP.clone();
    double best = meanF1(part, settings, rule(magnitude));
    for (int round = 0; round < 3; round++) {
      for (int j : FREE) {
        for (int direction : new int[] {1, -1}) {
          while (true) {
            double[] tried = magnitude.clone();
            tried[j] += direction * step[j];
            if (tried[j] < 0) break;
            double f = meanF1(part, settings, rule(tried));
            if (f <= best + 1e-4) break;
            best = f;
            magnitude = tried;
          }
        }
      }
      for (int j = 0; j < step.length; j++) step[j] /= 2;
    }
    List<ReportFeatures> features = new ArrayList<>();
    Map<String, String> truth = new HashMap<>();
    for (Report r : on) {
      features.add(r.features());
      truth.put(r.id(), r.story());
    }
    return JoinModel.calibrate(rule(magnitude), StoryDetector.trainingRows(features, truth, settings, ROWS_PER_STORY));
  }

  private static double[] rule(double[] magnitude) {
    double[] w = new double[magnitude.length];
    for (int j = 0; j < w.length; j++) w[j] = SIGN[j] * magnitude[j];
    w[2] = 1;
    w[6] = 0;
    return w;
  }

  /**
   * A story that mixes two is worse for a reader than one told in two pieces: below this B-cubed
   * precision a part's F1 is docked twice the shortfall. (Searched on F1 alone, the rule merged six
   * Middle East topics of the DUC part into one story: precision 0.78.)
   */
  static final double PRECISION_FLOOR = 0.9;

  /** The mean B-cubed F1 over the stream's parts of placing it with the rule (a steep curve over the rule's score), precision kept. */
  private static double meanF1(Stream stream, StoryDetector.Settings settings, double[] rule) {
    double[] w = rule.clone();
    for (int j = 0; j < w.length; j++) w[j] *= 50;
    Map<String, ClusterScores> scores = score(stream, detect(stream.reports(), settings, new JoinModel(w, 0.5)));
    double sum = 0;
    int parts = 0;
    for (var e : scores.entrySet()) {
      if (e.getKey().equals("all")) continue;
      ClusterScores c = e.getValue();
      sum += c.f1() - 2 * Math.max(0, PRECISION_FLOOR - c.precision());
      parts++;
    }
    return sum / parts;
  }

  /**
   * newsbrief with the join model fitted on the other fold: stories are split in two folds (every
   * other story by name); for each fold the whole stream is replayed with the model fitted on the
   * other fold's stories, and this fold's reports keep where they went. Story ids carry their fold,
   * so a fold's reports are scored among themselves: one that joined a story of the other fold
   * counts as alone.
   */
  public static Map<String, String> crossValidated(List<Report> stream, StoryDetector.Settings settings) {
    List<String> stories = stream.stream().map(Report::story).distinct().sorted().toList();
    java.util.Set<String> first = new java.util.HashSet<>();
    for (int i = 0; i < stories.size(); i += 2) first.add(stories.get(i));
    Map<String, String> out = new HashMap<>();
    for (int fold = 0; fold < 2; fold++) {
      boolean inFirst = fold == 0;
      JoinModel model = fit(stream, s -> first.contains(s) != inFirst, settings);
      String prefix = "f" + fold + ":";
      Map<String, String> placed = detect(stream, settings, model);
      for (Report r : stream) {
        if (first.contains(r.story()) == inFirst) out.put(r.id(), prefix + placed.get(r.id()));
      }
    }
    return out;
  }

  /**
   * The rows a model is calibrated on come from each story's first 200 reports: a storyline of
   * 1,400 reports must not outweigh thirty stories of ten.
   */
  public static final int ROWS_PER_STORY = 200;

  /** The single-pass baseline at each threshold of {@code thresholds}: the one with the best B-cubed F1 on the whole stream. */
  public static Map.Entry<Double, Map<String, String>> bestSinglePass(Stream stream, double... thresholds) {
    Map.Entry<Double, Map<String, String>> best = null;
    double bestF = -1;
    for (double t : thresholds) {
      Map<String, String> p = singlePass(stream.reports(), t);
      double f = ClusterScores.of(stream.ids(), p, stream.truth()).f1();
      if (f > bestF) {
        bestF = f;
        best = Map.entry(t, p);
      }
    }
    return best;
  }

  /** Scores of one clustering per part of the stream. */
  public static Map<String, ClusterScores> score(Stream stream, Map<String, String> predicted) {
    Map<String, ClusterScores> out = new LinkedHashMap<>();
    Map<String, String> truth = stream.truth();
    for (String part : stream.parts()) out.put(part, ClusterScores.of(stream.ids(part), predicted, truth));
    return out;
  }

  /** The table {@code eval stories} prints: one row per method and part. */
  public static String table(Map<String, Map<String, ClusterScores>> byMethod) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-28s %-8s %7s %7s %7s %7s %7s %7s %6s%n", "method", "part", "reports", "B3-P",
        "B3-R", "B3-F1", "pair-F1", "ARI", "found/true"));
    for (var m : byMethod.entrySet()) {
      for (var p : m.getValue().entrySet()) {
        ClusterScores s = p.getValue();
        b.append(String.format(Locale.ROOT, "%-28s %-8s %7d %7.3f %7.3f %7.3f %7.3f %7.3f %6s%n", m.getKey(), p.getKey(),
            s.items(), s.precision(), s.recall(), s.f1(), s.pairF1(), s.ari(), s.found() + "/" + s.truth()));
      }
    }
    return b.toString();
  }
}
