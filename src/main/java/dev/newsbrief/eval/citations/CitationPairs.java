package dev.newsbrief.eval.citations;

import dev.newsbrief.eval.labels.LabelledStories;
import dev.newsbrief.ingest.IngestException;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    LabelledStories stories = LabelledStories.load(data);
    List<Pair> out = new ArrayList<>();
    int unlocated = 0;
    for (String[] r : LabelledStories.rows("citation-pairs.tsv")) {
      Story story = stories.story(r[1]);
      Sentence target = story == null ? null : LabelledStories.sentence(story, r[3]);
      Sentence candidate = story == null ? null : LabelledStories.sentence(story, r[4]);
      if (target == null || candidate == null || target == candidate) {
        unlocated++;
        continue;
      }
      out.add(new Pair(r[0], r[1], r[2].equals("aside"), r[5], story, target, candidate));
    }
    return new Loaded(out, unlocated);
  }
}
