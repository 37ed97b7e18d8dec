package dev.newsbrief.cli;

import dev.newsbrief.text.Patterns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The example story shipped inside the jar, unpacked to a temporary folder for the duration of a
 * run so that it is read exactly as a user's folder would be.
 */
final class BundledExample implements AutoCloseable {
  private static final String ROOT = "/dev/newsbrief/example/";
  private final Path folder;

  private BundledExample(Path folder) {
    this.folder = folder;
  }

  static BundledExample extract() {
    try {
      Path dir = Files.createTempDirectory("newsbrief-example-");
      String index;
      try (InputStream in = resource("index.txt")) {
        index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      for (String name : Patterns.split(index, "\\s+")) {
        if (name.isBlank()) continue;
        try (InputStream in = resource(name)) {
          Files.copy(in, dir.resolve(name));
        }
      }
      return new BundledExample(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the bundled example", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = BundledExample.class.getResourceAsStream(ROOT + name);
    if (in == null) throw new IOException("missing " + ROOT + name + " in the jar");
    return in;
  }

  Path folder() {
    return folder;
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }
}
