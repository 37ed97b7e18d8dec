package dev.newsbrief.web;

import dev.newsbrief.model.Article;
import dev.newsbrief.stories.ReportFeatures;
import dev.newsbrief.stories.StateJson;
import dev.newsbrief.stories.StoryDetector;
import dev.newsbrief.store.Added;
import dev.newsbrief.store.NewReport;
import dev.newsbrief.store.Store;
import dev.newsbrief.store.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Places reports added without a story: story detection over every report the server has placed
 * or holds, its state kept in {@code storylines.json} beside the store. A report joins the story of
 * the report it is closest to when the detector says it belongs with it, or opens a new story named
 * by its headline. A person's correction (a report moved to another story) is kept: later reports
 * closest to the moved one follow it. Stories made by hand keep working as they are; their reports
 * are learnt once, when the state is first made, so that new reports can join them.
 */
final class StoryAssigner {
  /** What the detector knows, as kept on disk. */
  record Saved(StoryDetector.State detector, Map<String, Long> storyOfReport) {}

  /** Where a report went. */
  record Placed(Added added, long storyKey, boolean newStory, StoryDetector.Placement placement) {}

  private final Store store;
  private final Path file;
  private final StoryDetector detector;
  /** report id (as the store names it) → the story key it belongs to */
  private final Map<String, Long> storyOfReport;

  private StoryAssigner(Store store, Path file, StoryDetector detector, Map<String, Long> storyOfReport) {
    this.store = store;
    this.file = file;
    this.detector = detector;
    this.storyOfReport = storyOfReport;
  }

  static StoryAssigner open(Store store, Path data) {
    Path file = data.resolve("storylines.json");
    try {
      if (Files.exists(file)) {
        Saved s = StateJson.mapper().readValue(file.toFile(), Saved.class);
        return new StoryAssigner(store, file, StoryDetector.restore(s.detector(), StoryDetector.Settings.DEFAULT,
            dev.newsbrief.stories.JoinModel.shipped()), new HashMap<>(s.storyOfReport()));
      }
    } catch (IOException | RuntimeException e) {
      // a state that cannot be read is learnt again from the store: nothing the user made is lost
      try {
        Files.move(file, file.resolveSibling("storylines.json.unreadable"), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException ignored) {
        // left where it is; it is rewritten at the next placement
      }
    }
    StoryAssigner a = new StoryAssigner(store, file, new StoryDetector(), new HashMap<>());
    for (long key : store.storyKeys()) {
      for (Article r : store.articles(key)) a.learn(r, key);
    }
    return a;
  }

  private void learn(Article r, long storyKey) {
    detector.add(ReportFeatures.of(r, r.id()));
    storyOfReport.put(r.id(), storyKey);
  }

  /** Places {@code r} in the story it belongs to, or a new one. */
  synchronized Placed place(NewReport r) {
    Article article = new Article("new", r.title(), r.text(), r.outlet(), r.url(), r.published(), r.origin());
    ReportFeatures features = ReportFeatures.of(article, "new");
    StoryDetector.Placement p = detector.add(features);
    Long storyKey = p.opened() || p.closest() == null ? null : storyOfReport.get(p.closest());
    if (storyKey != null && store.story(storyKey).isEmpty()) storyKey = null; // its story was deleted
    boolean created = storyKey == null;
    if (created) storyKey = Ids.parse(store.createStory(name(r)).id(), 's').orElseThrow();
    Added added = store.addReport(storyKey, r);
    // the detector knew the report as "new": from now on its closest-report answers name it by its id
    detector.rename(p, added.report().id());
    if (!added.duplicate()) storyOfReport.put(added.report().id(), storyKey);
    save();
    return new Placed(added, storyKey, created, p);
  }

  /** A person moved a report: later reports closest to it follow it to {@code storyKey}. */
  synchronized void moved(String reportId, long storyKey) {
    storyOfReport.put(reportId, storyKey);
    save();
  }

  private static String name(NewReport r) {
    String name = r.title() == null || r.title().isBlank() ? r.text().strip() : r.title().strip();
    name = name.replaceAll("\\s+", " ");
    return name.length() <= 120 ? name : name.substring(0, 117) + "...";
  }

  private void save() {
    try {
      Path tmp = Files.createTempFile(file.getParent(), ".storylines-", ".tmp");
      try {
        StateJson.mapper().writeValue(tmp.toFile(), new Saved(detector.state(), storyOfReport));
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the story state in " + file, e);
    }
  }
}
