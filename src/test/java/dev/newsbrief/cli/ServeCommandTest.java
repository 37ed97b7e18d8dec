package dev.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void refusesToListenBeyondLoopbackWithoutAToken() {
    Assumptions.assumeTrue(System.getenv("NEWSBRIEF_TOKEN") == null, "skipped: NEWSBRIEF_TOKEN is set in this environment");
    MainTest.Run r = MainTest.run("serve", "--host", "0.0.0.0", "--port", "0", "--data", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("token").doesNotContain("Exception");
  }

  @Test
  void checksItsOptions() {
    assertThat(MainTest.run("serve", "--port", "70000", "--data", dir.toString()).code()).isEqualTo(ExitCode.USAGE);
    assertThat(MainTest.run("serve", "--min-feed-interval", "0", "--data", dir.toString()).code()).isEqualTo(ExitCode.USAGE);
    assertThat(MainTest.run("serve", "--help").out()).contains("--allow-private-urls").contains("--token");
  }
}
