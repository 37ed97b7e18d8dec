package dev.newsbrief.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads word lists and models shipped on the class path; nothing is ever downloaded. */
public final class Resources {
  private Resources() {}

  public static InputStream open(String path) {
    InputStream in = Resources.class.getResourceAsStream(path);
    if (in == null) throw new IllegalStateException("missing resource " + path + " (broken build?)");
    return in;
  }

  /** Whitespace-separated words of a resource file; '#' starts a comment line. */
  public static Set<String> words(String path) {
    Set<String> out = new LinkedHashSet<>();
    try (InputStream in = open(path)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#")) continue;
        for (String w : Patterns.split(line.trim(), "\\s+")) if (!w.isEmpty()) out.add(w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
