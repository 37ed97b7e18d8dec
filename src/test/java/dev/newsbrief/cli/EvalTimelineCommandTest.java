package dev.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.eval.tls.Timeline;
import dev.newsbrief.eval.tls.TimelineReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsbrief eval timeline} on a tiny made-up topic in Timeline17 layout. */
class EvalTimelineCommandTest {
  @TempDir Path dir;
  Path bench;

  @BeforeEach
  void makeTopic() throws IOException {
    bench = dir.resolve("bench");
    Path topic = bench.resolve("dam");
    write(topic.resolve("InputDocs/2015-03-03/1.htm.txt"), "The Karsa dam breached on Tuesday , flooding the valley .",
        "Rescue teams reached the flooded villages by boat .");
    write(topic.resolve("InputDocs/2015-03-05/2.htm.txt"), "The government on Thursday ordered the evacuation of the valley .",
        "The dam breach on March 3 flooded twelve villages , officials said .");
    write(topic.resolve("InputDocs/2015-03-09/3.htm.txt"), "The Karsa dam breached on March 3 after heavy rain .",
        "An evacuation of the valley was ordered on March 5 as the water kept rising .");
    write(topic.resolve("InputDocs/2015-03-20/4.htm.txt"), "Outside the reference span , this report is never read .");
    write(topic.resolve("timelines/ref.txt"), "2015-03-03", "The dam breaches and floods the valley .", "-".repeat(32),
        "2015-03-09", "Investigators blame heavy rain .", "-".repeat(32));
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, java.util.List.of(lines));
  }

  @Test
  void scoresAndWritesEachMethodsTimeline() throws IOException {
    Path out = dir.resolve("out");
    MainTest.Run r = MainTest.run("eval", "timeline", bench.toString(), "--out", out.toString(), "--per-task");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("newsbrief").contains("firstsent").contains("dam/ref").contains("AVERAGE");
    Timeline ours = TimelineReader.read(out.resolve("newsbrief/dam/ref.txt"));
    assertThat(ours.dates()).hasSizeLessThanOrEqualTo(2).contains(LocalDate.of(2015, 3, 3))
        .allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2015, 3, 3), LocalDate.of(2015, 3, 9)));
    assertThat(Files.readString(out.resolve("firstsent/dam/ref.txt"))).contains("-".repeat(32));

    MainTest.Run again = MainTest.run("eval", "timeline", bench.toString(), "--out", out.toString());
    assertThat(again.code()).isEqualTo(ExitCode.OUTPUT);
    assertThat(again.err()).contains("--force");
    assertThat(MainTest.run("eval", "timeline", bench.toString(), "--out", out.toString(), "--force").code())
        .isEqualTo(ExitCode.OK);
  }

  @Test
  void jsonCarriesPrecisionRecallAndTheOtherRougeVariants() throws IOException {
    MainTest.Run r = MainTest.run("eval", "timeline", bench.resolve("dam").toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode task = new ObjectMapper().readTree(r.out()).at("/methods/newsbrief/tasks/0");
    assertThat(task.get("task").asText()).isEqualTo("dam/ref");
    assertThat(task.get("dates").asInt()).isEqualTo(2);
    assertThat(task.get("sentencesPerDate").asInt()).isEqualTo(1);
    assertThat(task.at("/AR1/p").isNumber()).isTrue();
    assertThat(task.at("/AR2/r").isNumber()).isTrue();
    assertThat(task.at("/concat/R1-F").isNumber()).isTrue();
    assertThat(task.at("/agreement/R2-F").isNumber()).isTrue();
    assertThat(task.at("/date/f").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void aFolderWithoutTopicsIsAnInputError() {
    MainTest.Run r = MainTest.run("eval", "timeline", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INPUT);
    assertThat(r.err()).contains("Timeline17").doesNotContain("Exception");
  }
}
