package dev.newsbrief.eval.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reproduces every row of ../shared/data/tls-check/expected.tsv (tilse as news-tls calls it): 15
 * predictions on 6 Timeline17 dev topics, concat / agreement / align+ m:1 at ROUGE-1 and -2, Date
 * P/R/F1, and the news-tls averages over topics.
 */
class TimelineMetricsOfficialTest {
  private static final Path DATA = Path.of("../shared/data");
  private static final Path CHECK = DATA.resolve("tls-check");
  private static final Path TOPICS = DATA.resolve("timeline17-dev");
  /** The brief allows 0.0005; the reimplementation is exact up to floating point. */
  private static final double TOLERANCE = 1e-9;

  private static final Map<String, TimelineScores> SCORES = new LinkedHashMap<>();

  @BeforeAll
  static void scoreAllPredictions() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CHECK) && Files.isDirectory(TOPICS),
        "../shared/data/tls-check or timeline17-dev absent: skipping the tilse check");
    try (Stream<Path> files = Files.list(CHECK.resolve("predictions"))) {
      for (Path file : files.sorted().toList()) {
        String[] name = file.getFileName().toString().split("\\.");
        Timeline predicted = TimelineReader.read(file);
        SCORES.put(name[0] + "\t" + name[1], TimelineMetrics.evaluate(predicted, reference(name[0])));
      }
    }
  }

  @Test
  void everyRowOfExpectedTsvIsReproduced() throws IOException {
    List<String> lines = Files.readAllLines(CHECK.resolve("expected.tsv"), StandardCharsets.UTF_8);
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) continue;
      String[] f = line.split("\t");
      TimelineScores scores = f[0].equals("ALL") ? average(f[1]) : SCORES.get(f[0] + "\t" + f[1]);
      Prf got = pick(scores, f[2], f[3]);
      double[] want = {Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])};
      double[] have = {got.precision(), got.recall(), got.f1()};
      for (int k = 0; k < 3; k++) {
        if (Math.abs(want[k] - have[k]) > TOLERANCE) {
          mismatches.add(line + "  -> got " + have[0] + " " + have[1] + " " + have[2]);
          break;
        }
      }
      checked++;
    }
    assertThat(checked).isEqualTo(126);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void shiftedPredictionsGetAlignmentPrecisionOneHalfAndConcatOne() {
    SCORES.forEach((key, s) -> {
      if (!key.endsWith("shifted")) return;
      assertThat(s.alignManyToOne().rouge1().precision()).as(key).isEqualTo(0.5);
      assertThat(s.concat().rouge1().f1()).as(key).isEqualTo(1.0);
      assertThat(s.concat().rouge2().f1()).as(key).isEqualTo(1.0);
    });
  }

  private static TimelineScores average(String kind) {
    return TimelineScores.mean(SCORES.entrySet().stream()
        .filter(e -> e.getKey().endsWith("\t" + kind)).map(Map.Entry::getValue).toList());
  }

  private static Prf pick(TimelineScores s, String metric, String rouge) {
    if (metric.equals("date")) return s.date();
    TimelineRouge r = switch (metric) {
      case "concat" -> s.concat();
      case "agreement" -> s.agreement();
      case "align_date_content_costs_many_to_one" -> s.alignManyToOne();
      default -> throw new IllegalArgumentException(metric);
    };
    return rouge.equals("1") ? r.rouge1() : r.rouge2();
  }

  static Timeline reference(String topic) throws IOException {
    try (Stream<Path> files = Files.list(TOPICS.resolve(topic).resolve("timelines"))) {
      List<Path> all = files.toList();
      assertThat(all).as("one reference for " + topic).hasSize(1);
      return TimelineReader.read(all.get(0));
    }
  }
}
