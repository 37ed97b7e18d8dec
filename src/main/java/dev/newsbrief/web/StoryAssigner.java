package dev.newsbrief.web;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Article;
import dev.newsbrief.stories.JoinModel;
import dev.newsbrief.stories.ReportFeatures;
import dev.newsbrief.stories.StateJson;
import dev.newsbrief.stories.StoryDetector;
import dev.newsbrief.store.Added;
import dev.newsbrief.store.Ids;
import dev.newsbrief.store.NewReport;
import dev.newsbrief.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Places reports added without a story: story detection over every report the server holds, its
 * state kept in {@code storylines.json} beside the store. A report joins the story of the report it
 * is closest to (wherever that report is now: a person's move is followed) when the detector says
 * it belongs with it, or opens a new story named by its headline. The state is saved at most every
 * few seconds and on close; reports the saved state does not know (stories made by hand, the last
 * seconds before a crash, a state file lost) are learnt from the store when the server starts.
 */
final class StoryAssigner implements AutoCloseable {
  /** Where a report went. */
  record Placed(Added added, long storyKey, boolean newStory, StoryDetector.Placement placement) {}

  private static final Duration SAVE_EVERY = Duration.ofSeconds(5);

  private final Store store;
  private final Path file;
  private final StoryDetector detector;
  private long savedAt;
  private boolean dirty;

  private StoryAssigner(Store store, Path file, StoryDetector detector) {
    this.store = store;
    this.file = file;
    this.detector = detector;
  }

  static StoryAssigner open(Store store, Path data) {
    Path file = data.resolve("storylines.json");
    StoryDetector detector = null;
    if (Files.exists(file)) {
      try {
        detector = StoryDetector.restore(StateJson.read(file), StoryDetector.Settings.DEFAULT, JoinModel.shipped());
      } catch (IOException | RuntimeException e) {
        // learnt again from the store below: nothing the user made is lost
        System.err.println("newsbrief: " + file + " cannot be read (" + e.getMessage() + "); story detection learns the stored reports again");
      }
    }
    StoryAssigner a = new StoryAssigner(store, file, detector == null ? new StoryDetector() : detector);
    Set<String> known = a.detector.placedIds();
    for (long key : store.reportKeys()) {
      if (known.contains(Ids.report(key))) continue;
      store.article(key).ifPresent(r -> a.detector.add(ReportFeatures.of(r, r.id())));
      a.dirty = true;
    }
    a.save();
    return a;
  }

  /** Places {@code r} in the story it belongs to, or a new one. */
  synchronized Placed place(NewReport r) {
    Article article = new Article("new", r.title(), r.text(), r.outlet(), r.url(), r.published(), r.origin());
    StoryDetector.Placement p = detector.add(ReportFeatures.of(article, "new"));
    Long storyKey = p.opened() || p.closest() == null ? null : storyOf(p.closest()).orElse(null);
    boolean created = storyKey == null;
    if (created) storyKey = Ids.parse(store.createStory(name(r)).id(), 's').orElseThrow();
    Added added = store.addReport(storyKey, r);
    // the detector knew the report as "new": from now on its closest-report answers name it by its id
    detector.rename(p, added.report().id());
    dirty = true;
    if (System.nanoTime() / 1_000_000 - savedAt >= SAVE_EVERY.toMillis()) save();
    return new Placed(added, storyKey, created, p);
  }

  /** The story a report is in now, or empty when it was deleted. */
  private Optional<Long> storyOf(String reportId) {
    var key = Ids.parse(reportId, 'r');
    if (key.isEmpty()) return Optional.empty();
    return store.reportInfo(key.getAsLong()).map(r -> Ids.parse(r.storyId(), 's').getAsLong());
  }

  private static String name(NewReport r) {
    String name = r.title() == null || r.title().isBlank() ? r.text().strip() : r.title().strip();
    name = Patterns.replaceAll(name, "\\s+", " ");
    return name.length() <= 120 ? name : name.substring(0, 117) + "...";
  }

  /** Writes the state if it changed since it was last written (atomically: a crash leaves the old file or the new). */
  synchronized void save() {
    if (!dirty) return;
    try {
      StateJson.write(file, detector.state());
      dirty = false;
      savedAt = System.nanoTime() / 1_000_000;
    } catch (IOException e) {
      // the store holds every report; a state not written is learnt again at the next start
      System.err.println("newsbrief: cannot write " + file + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    save();
  }
}
