package dev.newsbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader of a big story waits for in {@code serve} (issue 12): a story of
 * {@code big.reports} (1,000) BP oil spill reports from the Timeline17 dev inputs, then
 * {@code big.adds} (20) reports added one at a time, each timed from the request to the updated
 * briefing being readable (the 0.5 s quiet period included). A benchmark, not part of
 * {@code mvn verify} (tag "load"); run it with
 * {@code mvn -B test -Dtest=BigStoryUpdateTest -DexcludedTestGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("load")
class BigStoryUpdateTest {
  static final int REPORTS = Integer.getInteger("big.reports", 1000), ADDS = Integer.getInteger("big.adds", 20);

  @TempDir Path dir;

  @Test
  void aReportAddedToABigStoryIsInItsBriefingSoon() throws Exception {
    Path data = Fixtures.shared("timeline17-dev");
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> topics = Files.list(data)) {
      for (Path t : topics.sorted().toList()) if (t.getFileName().toString().startsWith("bpoil_")) inputs.add(t.resolve("InputDocs").toString());
    }
    List<Article> pile = new ArrayList<>(Ingest.read(inputs, System.in).articles());
    Collections.shuffle(pile, new Random(7));
    assertThat(pile).hasSizeGreaterThan(REPORTS + ADDS);
    try (WebServer server = WebServer.start(WebConfig.defaults(dir).withPort(0))) {
      Http http = new Http(server.uri());
      String story = http.post("/api/stories", Map.of("name", "BP oil spill")).json().get("id").asText();
      for (Article a : pile.subList(0, REPORTS)) post(http, story, a);
      long t0 = System.nanoTime();
      int sources = http.settledBriefing(story, Duration.ofMinutes(10)).get("briefing").get("sources").size();
      System.out.printf("%,d reports briefed in %.1f s%n", REPORTS, (System.nanoTime() - t0) / 1e9);
      double[] seconds = new double[ADDS];
      for (int i = 0; i < ADDS; i++) {
        long t = System.nanoTime();
        post(http, story, pile.get(REPORTS + i));
        var briefing = http.settledBriefing(story, Duration.ofMinutes(5));
        seconds[i] = (System.nanoTime() - t) / 1e9;
        assertThat(briefing.get("briefing").get("sources").size()).isEqualTo(++sources); // the new report is among them
      }
      System.out.println("each add, s: " + Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 10) / 10.0).toArray()));
      Arrays.sort(seconds);
      System.out.printf("report added to a %,d-report story, updated briefing readable: p50 %.1f s, max %.1f s (%d adds)%n",
          REPORTS, seconds[ADDS / 2], seconds[ADDS - 1], ADDS);
    }
  }

  private static void post(Http http, String story, Article a) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("text", a.text());
    if (a.title() != null) fields.put("title", a.title());
    if (a.published() != null) fields.put("published", a.published().toString());
    assertThat(http.post("/api/stories/" + story + "/reports", fields).status()).isEqualTo(201);
  }
}
