package dev.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsbrief eval speed} on a two-report story: the same figures as lines or as one JSON object. */
class EvalSpeedCommandTest {
  @TempDir Path dir;
  Path cluster;

  @BeforeEach
  void makeCluster() throws IOException {
    cluster = Files.createDirectories(dir.resolve("dam"));
    Files.writeString(cluster.resolve("a.txt"), "Dam spills at Marrow Ford\n\nThe dam at Marrow Ford spilled over on Monday and"
        + " about 1,200 residents left their homes, county officials said.\n");
    Files.writeString(cluster.resolve("b.txt"), "Repairs approved\n\nThe county approved repairs to the Marrow Ford spillway"
        + " costing 4 million dollars, officials said on Tuesday.\n");
  }

  @Test
  void textPrintsALinePerClusterAndJsonOneObjectOfTheSameFigures() throws Exception {
    MainTest.Run text = MainTest.run("eval", "speed", cluster.toString(), "--runs", "2", "--warmup", "0");
    assertThat(text.code()).as(text.err()).isEqualTo(ExitCode.OK);
    assertThat(text.out().lines()).singleElement().asString().startsWith(cluster.toString()).contains("2 reports")
        .contains("warm median").contains("p90");

    MainTest.Run json = MainTest.run("eval", "speed", cluster.toString(), "--runs", "2", "--warmup", "0", "--format", "json");
    assertThat(json.code()).as(json.err()).isEqualTo(ExitCode.OK);
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("runs").asInt()).isEqualTo(2);
    assertThat(root.get("warmup").asInt()).isZero();
    assertThat(root.get("summaryWords").asInt()).isPositive();
    JsonNode c = root.get("clusters").get(0);
    assertThat(root.get("clusters")).hasSize(1);
    assertThat(c.get("name").asText()).isEqualTo(cluster.toString());
    assertThat(c.get("reports").asInt()).isEqualTo(2);
    assertThat(c.get("words").asInt()).isGreaterThan(20);
    assertThat(c.get("coldMs").asDouble()).isPositive();
    assertThat(c.get("medianMs").asDouble()).isLessThanOrEqualTo(c.get("p90Ms").asDouble());
  }

  @Test
  void sizesAreFiguresTooAndAnUnknownFormatIsAUsageError() throws Exception {
    MainTest.Run r = MainTest.run("eval", "speed", cluster.toString(), "--sizes", "1,5", "--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode sizes = new ObjectMapper().readTree(r.out()).get("sizes");
    assertThat(sizes).hasSize(2);
    assertThat(sizes.get(0).get("reports").asInt()).isEqualTo(1);
    assertThat(sizes.get(0).get("seconds").asDouble()).isPositive();
    assertThat(sizes.get(0).get("firstSeconds").asDouble()).isPositive();
    // one report of the two left to add: the briefing of both, the first one's analysis kept
    assertThat(sizes.get(0).get("addedSeconds").asDouble()).isPositive();
    assertThat(sizes.get(0).has("msPerReport")).isTrue();
    assertThat(sizes.get(0).has("heapMb")).isTrue();
    // more reports asked for than given: said, not timed
    assertThat(sizes.get(1).get("reports").asInt()).isEqualTo(5);
    assertThat(sizes.get(1).get("given").asInt()).isEqualTo(2);
    assertThat(sizes.get(1).has("seconds")).isFalse();
    assertThat(MainTest.run("eval", "speed", cluster.toString(), "--sizes", "1,5").out()).contains("only 2 given");

    assertThat(MainTest.run("eval", "speed", cluster.toString(), "--format", "xml").code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void focusedAndUpdateBriefsAreTimedAndSaySo() throws Exception {
    MainTest.Run r = MainTest.run("eval", "speed", cluster.toString(), "--runs", "1", "--warmup", "0", "-f", "json",
        "--focus", "What will the repairs cost?", "--update", "--analysed-once");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("focus").asText()).isEqualTo("What will the repairs cost?");
    assertThat(root.get("update").asBoolean()).isTrue();
    assertThat(root.get("analysedOnce").asBoolean()).isTrue();
    assertThat(root.get("clusters").get(0).get("medianMs").asDouble()).isPositive();
  }
}
