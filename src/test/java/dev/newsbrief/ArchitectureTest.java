package dev.newsbrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the architecture honest: the core knows no CLI, HTTP or cluster framework, and packages
 * depend on each other without cycles. Reads the sources, so it needs no extra library.
 */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/newsbrief");
  /** Interfaces: they may use anything; nothing in the core may use them. */
  private static final Set<String> INTERFACES = Set.of("cli", "web", "store", "engine", "eval");
  private static final Pattern REF = Pattern.compile("\\bdev\\.newsbrief\\.([a-z]+)\\.");
  private static final Pattern FRAMEWORK = Pattern.compile("\\b(picocli|io\\.javalin|org\\.apache\\.spark|org\\.apache\\.flink|jakarta\\.servlet)\\b");

  private static Map<String, Set<String>> packageDependencies() throws IOException {
    Map<String, Set<String>> deps = new HashMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = SOURCES.relativize(f);
        String pkg = rel.getNameCount() == 1 ? "(root)" : rel.getName(0).toString();
        Set<String> mine = deps.computeIfAbsent(pkg, k -> new HashSet<>());
        Matcher m = REF.matcher(Files.readString(f));
        while (m.find()) if (!m.group(1).equals(pkg)) mine.add(m.group(1));
        if (FRAMEWORK.matcher(Files.readString(f)).find() && !INTERFACES.contains(pkg)) mine.add("!framework");
      }
    }
    return deps;
  }

  @Test
  void theCoreUsesNoInterfaceAndNoFramework() throws IOException {
    packageDependencies().forEach((pkg, deps) -> {
      if (INTERFACES.contains(pkg)) return;
      assertThat(deps).as("package %s", pkg).doesNotContain("!framework");
      for (String i : INTERFACES) assertThat(deps).as("package %s", pkg).doesNotContain(i);
    });
  }

  @Test
  void packagesHaveNoCycles() throws IOException {
    Map<String, Set<String>> deps = packageDependencies();
    for (String start : deps.keySet()) {
      List<String> path = new ArrayList<>();
      assertThat(cycleFrom(start, start, deps, new HashSet<>(), path)).as("cycle through %s: %s", start, path).isFalse();
    }
  }

  private static boolean cycleFrom(String start, String at, Map<String, Set<String>> deps, Set<String> seen, List<String> path) {
    for (String next : deps.getOrDefault(at, Set.of())) {
      if (next.startsWith("!")) continue;
      path.add(next);
      if (next.equals(start)) return true;
      if (seen.add(next) && cycleFrom(start, next, deps, seen, path)) return true;
      path.remove(path.size() - 1);
    }
    return false;
  }
}
