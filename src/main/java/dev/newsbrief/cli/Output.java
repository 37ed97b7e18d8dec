package dev.newsbrief.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
    Path tmp = null;
    try {
      if (dir != null) Files.createDirectories(dir);
      // created as any new file is (the umask decides its mode), not 0600 as a temporary file would be
      tmp = dir.resolve(".newsbrief-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      keepMode(abs, tmp);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new Refused("cannot write " + target + ": " + reason(e));
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // nothing was written there, or it is gone
        }
      }
    }
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** A file replaced keeps its permissions. */
  private static void keepMode(Path replaced, Path tmp) {
    try {
      if (Files.exists(replaced)) Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(replaced));
    } catch (UnsupportedOperationException | IOException ignored) {
      // not a POSIX file system: the new file keeps the default mode
    }
  }

  /** Why a write failed, in words (Java's file exceptions carry only the path). */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.file.NoSuchFileException) return "no such folder";
    if (e instanceof java.nio.file.FileAlreadyExistsException f) return f.getFile() + " is in the way";
    if (e instanceof java.nio.file.NotDirectoryException) return "a file stands where a folder should";
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(java.util.Locale.ROOT);
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
