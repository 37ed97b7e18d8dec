package dev.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the reimplementation equal to the official ROUGE-1.5.5 on ../shared/data/rouge-check:
 * 6 systems x 30 DUC 2003 clusters x 3 settings, every per-summary number and every average.
 */
class RougeOfficialScorerTest {
  private static final Path DATA = Path.of("../shared/data");
  private static final Path CHECK = DATA.resolve("rouge-check");
  private static final Path MODELS = DATA.resolve("duc2003-task2/models");
  /** Exact at ROUGE's 5 printed decimals (the brief allows 0.0005). */
  private static final double EXACT = 1e-9;

  private static final Map<String, RougeOptions> SETTINGS = Map.of(
      // -n 2 -m -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0 -a -2 4 -u -d
      "A", RougeOptions.defaults().withStem(true).withWordLimit(100),
      // -n 2 -m -s -b 665 -c 95 -r 1000 -f A -p 0.5 -t 0 -a -d
      "B", RougeOptions.defaults().withStem(true).withRemoveStopwords(true).withByteLimit(665),
      // -n 2 -c 95 -r 1000 -f A -p 0.5 -t 0 -a -d
      "C", RougeOptions.defaults());

  private static Map<String, List<List<String>>> referencesByCluster;
  /** Scores by setting/system/cluster, shared by both tests. */
  private static final Map<String, RougeScores> SCORES = new HashMap<>();

  @BeforeAll
  static void readReferences() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CHECK) && Files.isDirectory(MODELS),
        "../shared/data/rouge-check or duc2003-task2 absent: skipping the official ROUGE check");
    referencesByCluster = new TreeMap<>();
    try (Stream<Path> files = Files.list(MODELS)) {
      for (Path f : files.sorted().toList()) {
        String[] parts = f.getFileName().toString().split("\\.");
        String cluster = (parts[0] + parts[3]).toLowerCase();
        referencesByCluster.computeIfAbsent(cluster, c -> new ArrayList<>()).add(lines(f));
      }
    }
  }

  @Test
  void everyPerSummaryNumberEqualsTheOfficialScorer() throws IOException {
    List<String[]> rows = rows("expected-per-summary.tsv");
    List<String> mismatches = new ArrayList<>();
    for (String[] row : rows) {
      RougeScores scores = score(row[0], row[1], row[2]);
      RougeScore.Printed got = scores.get(metric(row[3])).printed();
      compare(String.join(" ", row[0], row[1], row[2], row[3]), got, row, 4, mismatches);
    }
    assertThat(rows).hasSize(1800);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void everyAverageEqualsTheOfficialScorer() throws IOException {
    List<String[]> rows = rows("expected-average.tsv");
    List<String> mismatches = new ArrayList<>();
    for (String[] row : rows) {
      List<RougeScore> perCluster = new ArrayList<>();
      for (String cluster : referencesByCluster.keySet()) { // ROUGE's order: eval IDs sorted
        perCluster.add(score(row[0], row[1], cluster).get(metric(row[2])));
      }
      RougeScore.Printed got = RougeAverage.bootstrap(perCluster, 1000, 95).average();
      compare(String.join(" ", row[0], row[1], row[2]), got, row, 3, mismatches);
    }
    assertThat(rows).hasSize(60);
    assertThat(mismatches).isEmpty();
  }

  private static void compare(String key, RougeScore.Printed got, String[] row, int from, List<String> out) {
    double[] want = {Double.parseDouble(row[from]), Double.parseDouble(row[from + 1]),
        Double.parseDouble(row[from + 2])};
    double[] have = {got.recall(), got.precision(), got.f()};
    for (int i = 0; i < 3; i++) {
      if (Math.abs(want[i] - have[i]) > EXACT) {
        out.add(key + " " + "RPF".charAt(i) + " want " + want[i] + " got " + have[i]);
      }
    }
  }

  private static RougeScores score(String setting, String system, String cluster) {
    return SCORES.computeIfAbsent(setting + "/" + system + "/" + cluster,
        k -> computeScore(setting, system, cluster));
  }

  private static RougeScores computeScore(String setting, String system, String cluster) {
    try {
      RougeOptions options = SETTINGS.get(setting);
      List<String> summary = lines(CHECK.resolve("summaries").resolve(system).resolve(cluster + ".txt"));
      return Rouge.score(summary, referencesByCluster.get(cluster), options);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static RougeMetric metric(String label) {
    return switch (label) {
      case "ROUGE-1" -> RougeMetric.ROUGE_1;
      case "ROUGE-2" -> RougeMetric.ROUGE_2;
      case "ROUGE-L" -> RougeMetric.ROUGE_L;
      case "ROUGE-SU4" -> RougeMetric.ROUGE_SU;
      default -> throw new IllegalArgumentException(label);
    };
  }

  private static List<String[]> rows(String file) throws IOException {
    List<String> lines = Files.readAllLines(CHECK.resolve(file), StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
