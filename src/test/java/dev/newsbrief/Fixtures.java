package dev.newsbrief;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.story.Story;
import dev.newsbrief.text.Analyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Builds small stories for tests, and finds the shared evaluation data when it is present. */
public final class Fixtures {
  public static final Path SHARED = Path.of("../shared/data");

  private Fixtures() {}

  /** A story of reports given as body texts (no title), ids r1, r2, ... */
  public static Story story(String... bodies) {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      docs.add(Analyzer.analyze(new Article("r" + (i + 1), "Report " + (i + 1), bodies[i], null, null, null, "test")));
    }
    return Story.of(docs);
  }

  /** The folder {@code ../shared/data/<name>}, or the test is skipped with a clear message. */
  public static Path shared(String name) {
    Path dir = SHARED.resolve(name);
    Assumptions.assumeTrue(Files.isDirectory(dir),
        () -> "skipped: " + dir + " is absent (it ships beside the project in CI, not in a fresh clone)");
    return dir;
  }
}
