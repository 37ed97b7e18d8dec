package dev.newsbrief.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real JVM that is adding reports ({@code kill -9}, at a moment the test does not choose
 * precisely) and checks that every report it acknowledged is in the reopened store, with its text,
 * and that the search index agrees with the database.
 */
class CrashTest {
  @TempDir Path dir;

  static String body(int n) {
    return "Crash report number w" + n + " describes event " + n + ".\n\nA second paragraph for report " + n + ".";
  }

  @Test
  void everyAcknowledgedReportSurvivesKillNine() throws Exception {
    for (int round = 0; round < 2; round++) {
      Path data = dir.resolve("round" + round);
      Map<String, Integer> acked = new HashMap<>();
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "-XX:+UseSerialGC", CrashWorker.class.getName(), data.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        int target = 40 + 37 * round; // kill at different points of the write cycle
        String line;
        while ((line = out.readLine()) != null) {
          if (line.startsWith("ACK ")) {
            String[] f = line.split(" ");
            acked.put(f[1], Integer.parseInt(f[2]));
            if (acked.size() >= target) {
              p.destroyForcibly(); // SIGKILL: no shutdown hook, no close
              break;
            }
          }
        }
      } finally {
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(acked).as("worker acknowledged reports before being killed").hasSizeGreaterThanOrEqualTo(40);

      try (Store store = Store.open(data)) {
        long story = Ids.parse("s1", 's').getAsLong();
        Map<String, String> texts = new HashMap<>();
        store.articles(story).forEach(a -> texts.put(a.id(), a.text()));
        for (Map.Entry<String, Integer> e : acked.entrySet()) {
          assertThat(texts).as("acknowledged report %s", e.getKey()).containsEntry(e.getKey(), body(e.getValue()));
        }
        // the index agrees with the database: every stored report is searchable, nothing else is
        Set<Long> stored = new HashSet<>();
        texts.keySet().forEach(id -> stored.add(Ids.parse(id, 'r').getAsLong()));
        assertThat(store.indexedKeys()).isEqualTo(stored);
        int last = acked.values().stream().max(Integer::compare).orElseThrow();
        assertThat(store.search("w" + last, 5, 0).items()).extracting(SearchHit::reportId).isNotEmpty();
        // and the store takes new writes
        assertThat(store.addReport(story, new NewReport("after", "After the crash.", null, null, null, "t", null)).duplicate()).isFalse();
      }
    }
  }
}
