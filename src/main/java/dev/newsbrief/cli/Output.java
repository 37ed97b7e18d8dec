package dev.newsbrief.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Writes a result to standard output or to a file, never over an input and never over an existing
 * file unless asked; the file appears whole or not at all (written aside, then moved in place).
 */
final class Output {
  private Output() {}

  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  /**
   * Refuses to write results into a folder that already holds files, unless forced, so a run
   * never mixes with (or silently replaces) an earlier one.
   */
  static void checkOutputFolder(Path folder, boolean force) throws Refused {
    if (folder == null || force || !Files.isDirectory(folder)) return;
    try (java.util.stream.Stream<Path> s = Files.list(folder)) {
      if (s.findAny().isPresent()) throw new Refused(folder + " already holds files; use --force to write into it");
    } catch (IOException e) {
      throw new Refused("cannot read " + folder + ": " + e.getMessage());
    }
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Refuses a target that is an input, a folder, or an existing file without {@code force}; a
   * long run checks before it starts, so its result is not lost at the end.
   */
  static Path checkTarget(Path target, boolean force, Collection<Path> inputs) throws Refused {
    Path abs = target.toAbsolutePath().normalize();
    for (Path in : inputs) {
      Path inAbs = in.toAbsolutePath().normalize();
      if (abs.equals(inAbs) || isSameFile(abs, inAbs)) throw new Refused("refusing to write over an input: " + target);
    }
    if (Files.isDirectory(abs)) throw new Refused("output is a folder: " + target);
    if (Files.exists(abs) && !force) throw new Refused(target + " exists; use --force to replace it");
    return abs;
  }

  static void write(String content, Path target, boolean force, Collection<Path> inputs, PrintStream stdout)
      throws Refused {
    if (target == null || target.toString().equals("-")) {
      stdout.print(content);
      stdout.flush();
      return;
    }
    Path abs = checkTarget(target, force, inputs);
    Path dir = abs.getParent();
    try {
      if (dir != null) Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".newsbrief-", ".tmp");
      try {
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
          Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new Refused("cannot write " + target + ": " + e.getMessage());
    }
  }
}
