package dev.newsbrief.eval.figures;

import dev.newsbrief.eval.labels.LabelledStories;
import dev.newsbrief.Pipeline;
import dev.newsbrief.figures.FigureExtractor;
import dev.newsbrief.model.DisputedFigure;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Figure;
import dev.newsbrief.story.Story;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores the Disputed figures section against figure frames labelled by reading
 * ({@code labels/figure-frames.tsv}, {@code figure-groups.tsv}). A group the section shows is
 * SAME-FRAME when every labelled value in it has one frame (and two or more are labelled); its
 * label is RIGHT when the readers call that frame 'changed' and the section CHANGED, or
 * 'disagree' and DISAGREEMENT. A real dispute is a frame the readers call 'changed' or 'disagree';
 * it is FOUND when a shown group holds two of its figures from different reports.
 */
public final class FiguresBenchmark {
  /** Counts of one label set. */
  public static final class Counts {
    public int clusters, groups, judged, sameFrame, rightLabel, disputes, found, disagreements, disagreementsFound;
    /** Labelled figures, and those the extractor still finds at their offsets. */
    public int labelled, located;

    public double share(int n, int of) { return of == 0 ? 0 : (double) n / of; }
  }

  private FiguresBenchmark() {}

  /** Counts per label set ("dev", "aside", "fresh"); {@code log} hears each error (or null). */
  public static Map<String, Counts> score(LabelledStories stories, Consumer<String> log) throws IOException {
    // cluster -> (article id + offset -> frame)
    Map<String, Map<String, String>> frames = new LinkedHashMap<>();
    Map<String, String> setOf = new HashMap<>(); // cluster -> its label set
    Map<String, Counts> out = new LinkedHashMap<>();
    out.put("dev", new Counts());
    out.put("aside", new Counts());
    Map<Document, List<Figure>> extracted = new java.util.IdentityHashMap<>(); // each report read once
    for (String[] r : LabelledStories.rows("figure-frames.tsv")) {
      Counts c = out.computeIfAbsent(r[2], k -> new Counts());
      c.labelled++;
      Story story = stories.story(r[1]);
      Document d = story == null ? null : LabelledStories.document(story, r[3]);
      if (d == null) continue;
      int offset = LabelledStories.offset(r[3]);
      if (extracted.computeIfAbsent(d, FigureExtractor::extract).stream().anyMatch(f -> f.start() == offset)) c.located++;
      frames.computeIfAbsent(r[1], k -> new HashMap<>()).put(d.id() + "#" + LabelledStories.offset(r[3]), r[4]);
      setOf.put(r[1], r[2]);
    }
    Map<String, String> groupLabels = new HashMap<>();
    for (String[] g : LabelledStories.rows("figure-groups.tsv")) groupLabels.put(g[0] + "\t" + g[1], g[2]);

    for (var e : frames.entrySet()) {
      String cluster = e.getKey();
      Story story = stories.story(cluster);
      String set = setOf.get(cluster);
      Counts c = out.get(set);
      c.clusters++;
      Map<String, String> frameOf = e.getValue();
      Set<String> found = new HashSet<>();
      for (DisputedFigure g : Pipeline.disputedFigures(story)) {
        c.groups++;
        Set<String> groupFrames = new LinkedHashSet<>();
        int labelled = 0;
        Map<String, Set<String>> reportsOf = new HashMap<>();
        for (DisputedFigure.SourcedFigure v : g.values()) {
          String f = frameOf.get(v.figure().articleId() + "#" + v.figure().start());
          if (f == null) continue;
          labelled++;
          groupFrames.add(f);
          reportsOf.computeIfAbsent(f, k -> new HashSet<>()).add(v.figure().articleId());
        }
        for (var rf : reportsOf.entrySet()) if (rf.getValue().size() >= 2) found.add(rf.getKey());
        if (labelled < 2) continue;
        c.judged++;
        String only = groupFrames.size() == 1 ? groupFrames.iterator().next() : null;
        boolean same = only != null && !only.equals("-") && !only.equals("x");
        String label = same ? groupLabels.getOrDefault(cluster + "\t" + only, "?") : null;
        boolean right = same && (label.equals("changed") && g.kind() == DisputedFigure.Kind.CHANGED
            || label.equals("disagree") && g.kind() == DisputedFigure.Kind.DISAGREEMENT);
        if (same) c.sameFrame++;
        if (right) c.rightLabel++;
        if (log != null && !right) {
          log.accept(set + " " + (same ? "LABEL " + g.kind() + " for '" + label + "'" : "MIXED " + groupFrames) + " " + cluster + ": "
              + g.quantity() + " " + g.values().stream().map(v -> v.figure().text()).toList());
        }
      }
      for (var gl : groupLabels.entrySet()) {
        String[] k = gl.getKey().split("\t");
        if (!k[0].equals(cluster) || gl.getValue().equals("same")) continue;
        c.disputes++;
        boolean disagree = gl.getValue().equals("disagree");
        if (disagree) c.disagreements++;
        if (found.contains(k[1])) {
          c.found++;
          if (disagree) c.disagreementsFound++;
        } else if (log != null) {
          log.accept(set + " MISSED " + gl.getValue() + " " + cluster + ": " + k[1]);
        }
      }
    }
    return out;
  }

  /** The table {@code eval figures} prints. */
  public static String table(Map<String, Counts> counts) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-6s %8s %7s %7s %11s %11s %15s %19s%n", "set", "clusters", "groups", "judged",
        "same frame", "right label", "disputes found", "disagreements found"));
    for (var e : counts.entrySet()) {
      Counts c = e.getValue();
      b.append(String.format(Locale.ROOT, "%-6s %8d %7d %7d %11s %11s %15s %19s%n", e.getKey(), c.clusters, c.groups, c.judged,
          pct(c.share(c.sameFrame, c.judged)), pct(c.share(c.rightLabel, c.judged)),
          c.found + "/" + c.disputes + " " + pct(c.share(c.found, c.disputes)),
          c.disagreementsFound + "/" + c.disagreements + " " + pct(c.share(c.disagreementsFound, c.disagreements))));
    }
    b.append("groups: shown in Disputed figures; judged: with two or more labelled values; same frame and right label are\n"
        + "shares of the judged groups; disputes: frames the readers call changed or disagree.\n");
    for (var e : counts.entrySet()) {
      b.append(String.format(Locale.ROOT, "%s: %d of %d labelled figures still extracted at their offsets%n", e.getKey(),
          e.getValue().located, e.getValue().labelled));
    }
    return b.toString();
  }

  private static String pct(double x) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }
}
