package dev.newsbrief.ingest;

import dev.newsbrief.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Entry point of ingest: turns command-line style inputs into articles. */
public final class Ingest {
  private Ingest() {}

  /**
   * Reads every input: a file, a folder (its files, sorted by name), or "-" for standard input.
   *
   * @throws IngestException when an input does not exist or nothing readable was found
   */
  public static Ingested read(List<String> inputs, InputStream stdin) throws IngestException {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String input : inputs) {
      Path p = Path.of(input);
      if (!Files.exists(p)) throw new IngestException("no such file or folder: " + input);
      try {
        if (Files.isDirectory(p)) {
          try (Stream<Path> files = Files.list(p)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) articles.add(plain(f));
          }
        } else {
          articles.add(plain(p));
        }
      } catch (IOException e) {
        problems.add(new Problem(input, e.getMessage()));
      }
    }
    if (articles.isEmpty()) throw new IngestException("no readable report in " + String.join(" ", inputs));
    return new Ingested(articles, problems);
  }

  private static Article plain(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
    String[] lines = text.strip().split("\n", 2);
    String body = lines.length > 1 ? lines[1] : "";
    String name = file.getFileName().toString();
    return new Article(name.replaceFirst("\\.[^.]+$", ""), lines[0].strip(), body, null, null, null, file.toString());
  }
}
