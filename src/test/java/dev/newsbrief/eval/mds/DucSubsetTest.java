package dev.newsbrief.eval.mds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** newsbrief against DUC's lead baseline on three DUC 2003 clusters (skipped without ../shared). */
class DucSubsetTest {
  @Test
  void newsbriefBeatsLeadOnThreeDucClusters() throws Exception {
    Path duc = Fixtures.shared("duc2003-task2");
    List<Cluster> three = BenchmarkReader.read(duc).subList(0, 3);
    Map<String, List<MdsRun.Row>> run = MdsRun.run(three, Methods.named(List.of("newsbrief", "lead")), 100, (d, c) -> {});

    for (String metric : List.of("R1", "R2")) {
      assertThat(MdsReport.meanRecall(run.get("newsbrief"), metric)).as(metric)
          .isGreaterThan(MdsReport.meanRecall(run.get("lead"), metric));
    }
    for (MdsRun.Row r : run.get("newsbrief")) {
      assertThat(r.summary()).isNotEmpty();
      assertThat(r.summary().stream().mapToInt(s -> s.strip().split("\\s+").length).sum()).isLessThanOrEqualTo(100);
    }
  }
}
