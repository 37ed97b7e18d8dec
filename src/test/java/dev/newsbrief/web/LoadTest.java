package dev.newsbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load on loopback, bounded in time: 100 clients read briefings while 10 add reports, for 60 s.
 * Not part of {@code mvn verify} (tag "load"); run it with
 * {@code mvn -B test -Dtest=LoadTest -DexcludedTestGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("load")
class LoadTest {
  static final int READERS = Integer.getInteger("load.readers", 100), WRITERS = Integer.getInteger("load.writers", 10);
  static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 60));
  static final long WRITE_PAUSE_MILLIS = 1000;

  @TempDir Path dir;

  @Test
  void manyReadersAndSomeWritersWithoutErrorsOrLostReports() throws Exception {
    try (WebServer server = WebServer.start(WebConfig.defaults(dir).withPort(0))) {
      Http http = new Http(server.uri());
      List<String> stories = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        String s = http.post("/api/stories", Map.of("name", "Load " + i)).json().get("id").asText();
        for (String r : ApiTest.REPORTS) http.post("/api/stories/" + s + "/reports", Map.of("text", r));
        stories.add(s);
      }
      for (String s : stories) http.settledBriefing(s, Duration.ofSeconds(120));
      long computationsBefore = server.briefings().computations();

      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      AtomicLong errors = new AtomicLong();
      Map<String, List<String>> acked = new ConcurrentHashMap<>();
      List<long[]> readLatencies = new ArrayList<>(), writeLatencies = new ArrayList<>();
      long end = System.nanoTime() + RUN.toNanos();
      List<Thread> threads = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        String story = stories.get(w);
        long[] lat = new long[(int) (RUN.toSeconds() * 1000 / WRITE_PAUSE_MILLIS) + 10];
        writeLatencies.add(lat);
        acked.put(story, new ArrayList<>());
        int writer = w;
        threads.add(new Thread(() -> {
          for (int n = 0; System.nanoTime() < end && n < lat.length; n++) {
            String text = "Load report " + writer + "-" + n + ". Engineers inspected section " + n + " of the dam on day "
                + n + ". The ministers said crew " + writer + " repaired " + (n * 7 % 31) + " metres of the spillway.";
            long t0 = System.nanoTime();
            try {
              HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/stories/" + story + "/reports"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(Map.of("text", text)))).build(),
                  HttpResponse.BodyHandlers.ofString());
              lat[n] = System.nanoTime() - t0;
              if (r.statusCode() != 201) errors.incrementAndGet();
              else acked.get(story).add(Http.JSON.readTree(r.body()).get("report").get("id").asText());
            } catch (Exception e) {
              errors.incrementAndGet();
            }
            sleep(WRITE_PAUSE_MILLIS);
          }
        }));
      }
      for (int r = 0; r < READERS; r++) {
        long[] lat = new long[200_000];
        readLatencies.add(lat);
        threads.add(new Thread(() -> {
          int n = 0;
          while (System.nanoTime() < end && n < lat.length) {
            URI u = server.uri().resolve("/api/stories/" + stories.get(ThreadLocalRandom.current().nextInt(stories.size())) + "/briefing");
            long t0 = System.nanoTime();
            try {
              HttpResponse<byte[]> resp = client.send(HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.ofByteArray());
              lat[n++] = System.nanoTime() - t0;
              if (resp.statusCode() != 200 || !new String(resp.body(), 0, 9, StandardCharsets.UTF_8).equals("{\"story\":")) {
                errors.incrementAndGet();
              }
            } catch (Exception e) {
              errors.incrementAndGet();
            }
          }
        }));
      }
      long t0 = System.nanoTime();
      threads.forEach(Thread::start);
      for (Thread t : threads) t.join();
      double seconds = (System.nanoTime() - t0) / 1e9;

      assertThat(server.briefings().awaitIdle(Duration.ofMinutes(5))).as("briefings settle after the load").isTrue();
      long writes = 0;
      for (String s : stories) {
        List<String> ids = acked.get(s);
        writes += ids.size();
        JsonNode list = http.get("/api/stories/" + s + "/reports?limit=500").json();
        List<String> stored = new ArrayList<>();
        list.get("items").forEach(i -> stored.add(i.get("id").asText()));
        assertThat(stored).as("story %s keeps every acknowledged report", s).containsAll(ids);
        assertThat(list.get("total").asInt()).isEqualTo(ApiTest.REPORTS.length + ids.size());
        JsonNode b = http.get("/api/stories/" + s + "/briefing").json();
        assertThat(b.get("briefing").get("sources")).as("final briefing of %s covers every report", s)
            .hasSize(ApiTest.REPORTS.length + ids.size());
      }
      long[] reads = merge(readLatencies), writesLat = merge(writeLatencies);
      System.out.printf("LOAD %d readers, %d writers, %.1f s: %d reads (%.0f/s) p50 %.2f ms p99 %.2f ms max %.1f ms;"
              + " %d writes p50 %.1f ms p99 %.1f ms; %d briefing computations; %d errors%n",
          READERS, WRITERS, seconds, reads.length, reads.length / seconds, ms(reads, 0.50), ms(reads, 0.99), ms(reads, 1.0),
          writes, ms(writesLat, 0.50), ms(writesLat, 0.99), server.briefings().computations() - computationsBefore, errors.get());
      assertThat(errors.get()).isZero();
      assertThat(writes).isPositive();
    }
  }

  private static long[] merge(List<long[]> parts) {
    return parts.stream().flatMapToLong(a -> Arrays.stream(a).filter(v -> v > 0)).sorted().toArray();
  }

  private static double ms(long[] sorted, double q) {
    if (sorted.length == 0) return 0;
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] / 1e6;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
