package dev.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir Path dir;

  private static final String PAGE = "<!doctype html><html lang='en'><head><title>Bridge reopens | Valley Post</title>"
      + "<meta property='og:site_name' content='Valley Post'><link rel='canonical' href='https://valley.example/bridge'>"
      + "<meta property='article:published_time' content='2024-03-05'><meta name='author' content='Jo Reyes'></head><body>"
      + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bridge reopens</h1>"
      + "<p>The old river bridge reopened on Monday after two years of repairs, the county said, and the first cars crossed"
      + " it just after dawn while a small crowd watched from the bank.</p>"
      + "<p>The work cost eleven million dollars, more than twice the first estimate, because the piers were found to be"
      + " weaker than the engineers had thought when they first looked at them.</p>"
      + "<div class='newsletter-signup'>Sign up for our morning newsletter</div>"
      + "<p>Follow us on Twitter @valleypost</p></article><footer>© Valley Post</footer></body></html>";

  @Test
  void jsonLinesGiveTheArticleAsKeptWithItsFacts() throws Exception {
    Path page = dir.resolve("bridge.html");
    Files.writeString(page, PAGE);
    MainTest.Run r = MainTest.run("extract", page.toString(), "--format", "json", "--explain");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    JsonNode n = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(n.get("source").asText()).isEqualTo(page.toString());
    assertThat(n.get("title").asText()).isEqualTo("Bridge reopens");
    assertThat(n.get("text").asText()).startsWith("The old river bridge reopened").contains("\n\nThe work cost")
        .doesNotContain("newsletter").doesNotContain("Follow us").doesNotContain("Home");
    assertThat(n.get("outlet").asText()).isEqualTo("Valley Post");
    assertThat(n.get("authors").get(0).asText()).isEqualTo("Jo Reyes");
    assertThat(n.get("published").asText()).isEqualTo("2024-03-05");
    assertThat(n.get("published_from").asText()).isEqualTo("meta article:published_time");
    assertThat(n.get("url").asText()).isEqualTo("https://valley.example/bridge");
    assertThat(n.get("language").asText()).isEqualTo("en");
    assertThat(n.get("left_out").findValuesAsText("reason")).anyMatch(s -> s.contains("newsletter"))
        .anyMatch(s -> s.contains("social media")).anyMatch(s -> s.contains("<nav>"));
  }

  @Test
  void aGzippedPageReadsAsTextAndAnUnreadableInputIsAnInputErrorWhileTheOthersAreStillShown() throws Exception {
    Path page = dir.resolve("bridge.html.gz");
    try (var z = new java.util.zip.GZIPOutputStream(Files.newOutputStream(page))) {
      z.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    MainTest.Run r = MainTest.run("extract", page.toString(), empty.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INPUT);
    assertThat(r.out()).contains("Title:     Bridge reopens").contains("Published: 2024-03-05 (from meta article:published_time)")
        .contains("The old river bridge reopened");
    assertThat(r.err()).contains("empty.txt").doesNotContain("Exception");
    assertThat(MainTest.run("extract", page.toString(), "--format", "xml").code()).isEqualTo(ExitCode.USAGE);
  }
}
