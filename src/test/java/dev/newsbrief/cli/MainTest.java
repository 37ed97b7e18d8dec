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
  void aFocusedBriefSaysWhatItAnswers() throws Exception {
    Run r = run("brief", "--format", "json", "--focus", "What did the engineers say about the dam?");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("notes").get(0).asText()).isEqualTo("The summary answers: \"What did the engineers say about the dam?\"; "
        + "timeline entries and voices that speak of it come first.");
    assertThat(root.get("summary").size()).isPositive();
  }

  @Test
  void anUpdateBriefSaysWhatTheNewReportsAddToThoseRead() throws Exception {
    String spill = "Dam spills at Marrow Ford\nThe dam at Marrow Ford spilled over on Monday and about 1,200 residents left their"
        + " homes, county officials said. Engineers said the spillway had held through the night despite the heavy rain.\n";
    String repair = "Repairs approved at Marrow Ford\nThe county approved repairs to the Marrow Ford spillway costing 4 million"
        + " dollars, and work will start in the spring, officials said. The dam at Marrow Ford spilled over on Monday and"
        + " about 1,200 residents left their homes, county officials said.\n";
    Path old = Files.writeString(dir.resolve("old.txt"), spill);
    Path fresh = Files.writeString(dir.resolve("new.txt"), repair);
    Run r = run("brief", fresh.toString(), "--read", old.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("notes").get(0).asText()).startsWith("Update: what 1 new report(s) add to 1 already read");
    assertThat(root.get("summary").findValuesAsText("text")).isNotEmpty().allMatch(t -> t.contains("repairs"));
    assertThat(run("brief", fresh.toString(), "--read", old.toString(), fresh.toString()).code()).isEqualTo(ExitCode.INPUT);
    assertThat(run("brief", old.toString(), "--since", "2020-01-01").err()).contains("none is dated after 2020-01-01");
  }

  @Test
  void aSkippedInputIsSaidSkippedOnceAndEvalListsWholeSummaries() throws Exception {
    Path png = Files.write(dir.resolve("x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2});
    Path report = Files.writeString(dir.resolve("r.txt"), "Dam holds\nThe dam at Marrow Ford held on Monday after a night"
        + " of heavy rain, engineers said, and about 1,200 residents who had left their homes began to return.\n");
    Run r = run("brief", png.toString(), report.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains("newsbrief: skipped " + png + ": binary file (PNG image)\n").doesNotContain("), skipped");
    // the briefing itself says so too, under the reader's own title
    JsonNode brief = new ObjectMapper().readTree(run("brief", png.toString(), report.toString(), "-f", "json", "--title", "My dam").out());
    assertThat(brief.get("headline").asText()).isEqualTo("My dam");
    assertThat(brief.get("notes").toString()).contains("Skipped " + png + ": binary file (PNG image).");
    // each eval subcommand's one-line summary is a whole sentence, not a description cut at its first line
    String commands = run("eval", "--help").out().split("Commands:")[1];
    java.util.List<String> entries = new java.util.ArrayList<>();
    for (String l : commands.lines().toList()) {
      if (l.startsWith("   ") && !entries.isEmpty()) entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + l.strip());
      else if (!l.isBlank()) entries.add(l.strip());
    }
    assertThat(entries).hasSizeGreaterThan(8).allSatisfy(e -> assertThat(e).endsWith("."));
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
  void versionNamesTheCommitItWasBuiltFromOrSaysItIsUnknown() throws Exception {
    Run r = run("--version");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out().strip()).matches("newsbrief \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{7}|unknown), built \\d{4}-\\d{2}-\\d{2}\\)");
    // built in a git checkout (as here, and in CI), the commit is the checkout's; from a source tarball, unknown
    String head = gitHead();
    assertThat(r.out()).contains(head == null ? "commit unknown" : "commit " + head.substring(0, 7) + ",");

    java.util.Properties tarball = new java.util.Properties();
    tarball.setProperty("version", "1.2.0");
    tarball.setProperty("commit", "unknown");
    tarball.setProperty("built", "2026-12-02");
    assertThat(Main.Version.line(tarball)).isEqualTo("newsbrief 1.2.0 (commit unknown, built 2026-12-02)");
    tarball.setProperty("commit", "${git.commit.id}");
    assertThat(Main.Version.line(tarball)).isEqualTo("newsbrief 1.2.0 (commit unknown, built 2026-12-02)");
    assertThat(Main.Version.line(new java.util.Properties())).isEqualTo("newsbrief unknown (commit unknown, built unknown)");
  }

  /** The commit checked out in the working folder, or null outside a git checkout. */
  private static String gitHead() throws InterruptedException {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /**
   * Running out of memory is told apart from a bug however it arrives: itself, from a stage on
   * another thread, or from a class whose set-up it stopped. (A JVM started with a tiny heap shows
   * the message, exit code 5, e.g. {@code java -Xmx10m -jar target/newsbrief.jar brief}; where the
   * heap runs out then depends on the class path, too unsteady for a test.)
   */
  @Test
  void runningOutOfMemoryIsToldApartFromABug() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    assertThat(Main.outOfMemory(oom)).isTrue();
    assertThat(Main.outOfMemory(new java.util.concurrent.CompletionException(oom))).isTrue();
    assertThat(Main.outOfMemory(new ExceptionInInitializerError(oom))).isTrue();
    assertThat(Main.outOfMemory(new RuntimeException(new java.util.concurrent.ExecutionException(oom)))).isTrue();
    assertThat(Main.outOfMemory(new IllegalStateException("a bug"))).isFalse();
    assertThat(Main.outOfMemory(new StackOverflowError())).isFalse();
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

  @Test
  void neverWritesOverAFileFoundThroughAFolderOrAGlob() throws Exception {
    Path reports = dir.resolve("reports");
    Files.createDirectories(reports);
    String body = "Talks resume in Geneva\n\nKerry and Lavrov met in Geneva on Friday to discuss a ceasefire for Aleppo and aid deliveries.";
    Path one = reports.resolve("one.txt");
    Files.writeString(one, body);
    Files.writeString(reports.resolve("two.txt"), body.replace("Friday", "Saturday"));
    Run viaFolder = run("brief", reports.toString(), "-o", one.toString(), "--force");
    assertThat(viaFolder.code()).isEqualTo(ExitCode.OUTPUT);
    assertThat(viaFolder.err()).contains("input");
    Run viaGlob = run("brief", reports + "/*.txt", "-o", one.toString(), "--force");
    assertThat(viaGlob.code()).isEqualTo(ExitCode.OUTPUT);
    assertThat(Files.readString(one)).isEqualTo(body);
  }

  @Test
  void theOutputFileNamesTheFormatAndIsCreatedAsAnyNewFile() throws Exception {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "Talks resume in Geneva\n\nKerry and Lavrov met in Geneva on Friday to discuss a ceasefire for Aleppo.");
    Path html = dir.resolve("brief.html");
    assertThat(run("brief", report.toString(), "-o", html.toString()).code()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    Path json = dir.resolve("brief.json");
    assertThat(run("brief", report.toString(), "-o", json.toString()).code()).isEqualTo(ExitCode.OK);
    assertThat(new ObjectMapper().readTree(Files.readString(json)).get("summary")).isNotNull();
    Run mismatch = run("brief", report.toString(), "-f", "md", "-o", dir.resolve("other.html").toString());
    assertThat(mismatch.code()).isEqualTo(ExitCode.USAGE);
    assertThat(mismatch.err()).contains("does not match");
    assertThat(dir.resolve("other.html")).doesNotExist();
    // the mode a new file gets under this umask, not a temporary file's 0600
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Path plain = Files.createFile(dir.resolve("plain.txt"));
      assertThat(Files.getPosixFilePermissions(html)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
  }

  @Test
  void aWriteThatFailsSaysWhy() throws Exception {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "Talks resume in Geneva\n\nKerry and Lavrov met in Geneva on Friday to discuss a ceasefire for Aleppo.");
    Path blocker = dir.resolve("blocker");
    Files.writeString(blocker, "a file where a folder should be");
    Run r = run("brief", report.toString(), "-o", blocker.resolve("brief.md").toString());
    assertThat(r.code()).isEqualTo(ExitCode.OUTPUT);
    assertThat(r.err()).contains("cannot write").doesNotContain(".newsbrief-").doesNotContain("Exception");
    assertThat(r.err().strip()).doesNotEndWith(":");
  }

  private static final String REPORT = "Talks resume in Geneva\n\nKerry and Lavrov met in Geneva on Friday to discuss a "
      + "ceasefire for Aleppo and the delivery of aid to the besieged east of the city.\n\nThe talks lasted five hours, "
      + "officials said, and will continue on Saturday at the lakeside hotel where both delegations stay.\n";

  @Test
  void badInputsAreSkippedWithAWarningAndTheRestIsBriefed() throws Exception {
    Files.writeString(dir.resolve("good.txt"), REPORT);
    Files.write(dir.resolve("binary.bin"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, (byte) 0xff, 0});
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.writeString(dir.resolve("copy.txt"), REPORT);
    Run r = run("brief", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains("binary").contains("empty").contains("duplicate").doesNotContain("\tat ");
    assertThat(r.out()).contains("Kerry and Lavrov met in Geneva").contains("[1]");
  }

  @Test
  void onlyBadInputsIsAnInputError() throws Exception {
    Files.write(dir.resolve("binary.bin"), new byte[] {0, 1, 2, 3, 0, 0, 0, 0});
    Files.writeString(dir.resolve("empty.txt"), "");
    Run r = run("brief", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INPUT);
    assertThat(r.err()).contains("binary").doesNotContain("\tat ");
  }

  @Test
  void aHugeFileIsRefusedClearlyWithoutRunningOutOfMemory() throws Exception {
    Path huge = dir.resolve("huge.txt");
    byte[] line = "Kerry and Lavrov met again in Geneva on Friday to talk about Aleppo and aid.\n\n".getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(huge)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) out.write(line);
    }
    Files.writeString(dir.resolve("good.txt"), REPORT);
    Run r = run("brief", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains("huge.txt").contains("MB");
    assertThat(Files.size(huge)).isGreaterThanOrEqualTo(50L * 1024 * 1024);
  }

  @Test
  void fiveHundredReportsAreBriefed() throws Exception {
    java.util.Random random = new java.util.Random(7);
    String[] words = REPORT.replaceAll("[^A-Za-z ]", " ").trim().split("\\s+");
    for (int i = 0; i < 500; i++) {
      StringBuilder b = new StringBuilder("Report " + i + "\n\n");
      for (int s = 0; s < 12; s++) {
        b.append(Character.toUpperCase(words[random.nextInt(words.length)].charAt(0)));
        for (int w = 0; w < 15; w++) b.append(words[random.nextInt(words.length)]).append(' ');
        b.append("end.\n\n");
      }
      Files.writeString(dir.resolve(String.format("r%03d.txt", i)), b.toString());
    }
    Run r = run("brief", dir.toString(), "-f", "json");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("sources").size()).isEqualTo(500);
  }

  @Test
  void nonEnglishTextIsBriefedWithAWarning() throws Exception {
    Files.writeString(dir.resolve("de.txt"), "Gespräche in Genf\n\nDie Außenminister der Vereinigten Staaten und Russlands "
        + "haben sich am Freitag in Genf getroffen, um über einen Waffenstillstand in Syrien zu sprechen. Die Gespräche "
        + "dauerten mehrere Stunden und sollen am Samstag in einem Hotel am See fortgesetzt werden, sagten Beamte. "
        + "Beide Seiten zeigten sich vorsichtig optimistisch, nannten aber keine Einzelheiten.\n");
    Run r = run("brief", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains("English");
    assertThat(r.out()).contains("Gespräche in Genf");
  }
}
