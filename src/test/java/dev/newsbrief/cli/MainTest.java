package dev.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  /** Runs the CLI capturing standard output and error. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out, oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void briefsTheBundledExampleWithoutArguments() {
    Run r = run("brief");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("# ").contains("## Summary").contains("## Sources").contains("Marrow Ford");
  }

  @Test
  void writesJsonThatParses() throws Exception {
    Run r = run("brief", "--format", "json", "--words", "60");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("summary").size()).isPositive();
    int words = 0;
    for (JsonNode s : root.get("summary")) words += s.get("text").asText().split("\\s+").length;
    assertThat(words).isLessThanOrEqualTo(60);
  }

  @Test
  void missingInputIsAnInputError() {
    Run r = run("brief", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(ExitCode.INPUT);
    assertThat(r.err()).contains("no such file").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void emptyFolderIsAnInputError() {
    Run r = run("brief", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INPUT);
    assertThat(r.err()).startsWith("newsbrief: ").doesNotContain("\tat ");
  }

  @Test
  void badOptionIsAUsageError() {
    assertThat(run("brief", "--words", "many").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("brief", "--words", "3").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("brief", "--format", "pdf").code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void neverOverwritesAFileUnlessForcedAndNeverAnInput() throws Exception {
    Path report = dir.resolve("report.txt");
    String body = "Talks resume in Geneva\n\nKerry and Lavrov met in Geneva on Friday to discuss a ceasefire for Aleppo and aid deliveries.";
    Files.writeString(report, body);
    Path existing = dir.resolve("brief.md");
    Files.writeString(existing, "mine");

    assertThat(run("brief", report.toString(), "-o", existing.toString()).code()).isEqualTo(ExitCode.OUTPUT);
    assertThat(Files.readString(existing)).isEqualTo("mine");

    Run intoInput = run("brief", report.toString(), "-o", report.toString(), "--force");
    assertThat(intoInput.code()).isEqualTo(ExitCode.OUTPUT);
    assertThat(intoInput.err()).contains("input");
    assertThat(Files.readString(report)).isEqualTo(body);

    assertThat(run("brief", report.toString(), "-o", existing.toString(), "--force").code()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(existing)).contains("Kerry and Lavrov met in Geneva");

    Path fresh = dir.resolve("out/brief.html");
    assertThat(run("brief", report.toString(), "-f", "html", "-o", fresh.toString()).code()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(fresh)).startsWith("<!DOCTYPE html>");
    try (var files = Files.list(fresh.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("brief.html");
    }
  }
}
