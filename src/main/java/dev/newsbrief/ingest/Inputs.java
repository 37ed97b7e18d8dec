package dev.newsbrief.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resolves command-line style inputs into files: a file, a folder (recursively, sorted, hidden
 * files and folders skipped), a glob the shell did not expand ("reports/*.html"), or "-".
 */
final class Inputs {
  static final String STDIN = "-";

  private Inputs() {}

  /** The files one input names, in reading order; problems for empty folders. */
  static List<Path> files(String input, List<Problem> problems) throws IngestException {
    Path p = Path.of(input);
    if (Files.isDirectory(p)) {
      List<Path> files = walk(p);
      if (files.isEmpty()) problems.add(new Problem(input, "folder has no (visible) files"));
      return files;
    }
    if (Files.isRegularFile(p)) return List.of(p);
    if (Files.exists(p)) throw new IngestException("not a file or folder: " + input);
    if (isGlob(input)) {
      List<Path> matches = glob(input);
      if (matches.isEmpty()) throw new IngestException("no file matches " + input);
      return matches;
    }
    throw new IngestException("no such file or folder: " + input);
  }

  static boolean isGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }

  private static List<Path> walk(Path dir) throws IngestException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(f -> !hidden(dir, f)).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IngestException("cannot list folder " + dir + ": " + e.getMessage());
    }
  }

  private static boolean hidden(Path root, Path f) {
    for (Path part : root.relativize(f)) if (part.toString().startsWith(".")) return true;
    return false;
  }

  /** Files matching a glob, searched from the longest leading folder without wildcards. */
  private static List<Path> glob(String pattern) throws IngestException {
    String norm = pattern.replace('\\', '/');
    int firstWild = indexOfWildcard(norm);
    int slash = norm.lastIndexOf('/', firstWild);
    Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : norm.substring(0, slash));
    if (!Files.isDirectory(base)) return List.of();
    String rest = norm.substring(slash + 1);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    List<Path> out = new ArrayList<>();
    for (Path f : walk(base)) {
      if (matcher.matches(base.relativize(f))) out.add(slash < 0 ? base.relativize(f) : f);
    }
    return out;
  }

  private static int indexOfWildcard(String s) {
    int best = s.length();
    for (char c : new char[] {'*', '?', '[', '{'}) {
      int i = s.indexOf(c);
      if (i >= 0) best = Math.min(best, i);
    }
    return best;
  }
}
