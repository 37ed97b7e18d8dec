package dev.newsbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feed polling against an RSS feed served on loopback by the test itself. */
class FeedPollerTest {
  @TempDir Path dir;
  HttpServer site;
  WebServer server;
  Http http;
  volatile String feed;
  volatile String etag = "\"one\"";
  final List<String> feedRequests = new CopyOnWriteArrayList<>(); // "200" or "304" per request

  @BeforeEach
  void start() throws IOException {
    site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext("/feed.xml", ex -> {
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        feedRequests.add("304");
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      feedRequests.add("200");
      ex.getResponseHeaders().add("ETag", etag);
      send(ex, 200, "application/rss+xml; charset=utf-8", feed);
    });
    site.createContext("/news/", ex -> {
      String n = ex.getRequestURI().getPath().replaceAll("\\D", "");
      send(ex, 200, "text/plain; charset=utf-8", ApiTest.REPORTS[Integer.parseInt(n) % ApiTest.REPORTS.length]);
    });
    site.createContext("/broken.xml", ex -> send(ex, 500, "text/plain", "down"));
    site.start();
    feed = rss(1, 2);
    server = WebServer.start(TestServers.config(dir).withAllowPrivateUrls(true));
    http = new Http(server.uri());
  }

  @AfterEach
  void stop() {
    server.close();
    site.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + site.getAddress().getPort();
  }

  private String rss(int... items) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Valley Wire</title><link>" + base() + "/</link><description>test</description>");
    for (int i : items) {
      s.append("<item><title>Item ").append(i).append("</title><link>").append(base()).append("/news/").append(i)
          .append("</link><pubDate>Wed, 12 Oct 2016 10:00:00 GMT</pubDate><description>Entry ").append(i).append("</description></item>");
    }
    return s.append("</channel></rss>").toString();
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
      Thread.sleep(50);
    }
  }

  private int reports(String story) {
    return http.get("/api/stories/" + story + "/reports").json().get("total").asInt();
  }

  @Test
  void pollsConditionallyAddsNewEntriesOnceAndUpdatesTheBriefing() throws Exception {
    String s = http.post("/api/stories", Map.of("name", "Feeds")).json().get("id").asText();
    Http.Res added = http.post("/api/stories/" + s + "/feeds", Map.of("url", base() + "/feed.xml", "intervalSeconds", 1));
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json().get("intervalSeconds").asInt()).isEqualTo(1);

    await("two entries", () -> reports(s) == 2);
    JsonNode items = http.get("/api/stories/" + s + "/reports").json().get("items");
    assertThat(items.get(0).get("url").asText()).isEqualTo(base() + "/news/1");
    assertThat(items.get(0).get("title").asText()).isEqualTo("Item 1");
    assertThat(items.get(0).get("outlet").asText()).isEqualTo("Valley Wire");
    assertThat(items.get(0).get("published").asText()).isEqualTo("2016-10-12");

    // unchanged feed: the next polls are conditional and answered 304
    await("a 304", () -> feedRequests.contains("304"));
    assertThat(reports(s)).isEqualTo(2);

    // the feed gains an entry (and repeats the old ones): only the new one is added
    feed = rss(1, 2, 3);
    etag = "\"two\"";
    await("the third entry", () -> reports(s) == 3);
    JsonNode b = http.settledBriefing(s, Duration.ofSeconds(60));
    assertThat(b.get("briefing").get("sources")).hasSize(3);
    JsonNode f = http.get("/api/stories/" + s + "/feeds").json().get("items").get(0);
    assertThat(f.get("title").asText()).isEqualTo("Valley Wire");
    assertThat(f.get("itemsAdded").asInt()).isEqualTo(3);
    assertThat(f.get("lastError").isNull()).isTrue();

    // polite: no more than about one request per interval
    int before = feedRequests.size();
    Thread.sleep(3000);
    assertThat(feedRequests.size() - before).isBetween(1, 4);
  }

  @Test
  void aFeedOfNoStoryPlacesItsReportsWhereTheyBelong() throws Exception {
    // items 1 and 2 are two reports of one dam story (ApiTest.REPORTS[1], [2])
    Http.Res added = http.post("/api/feeds", Map.of("url", base() + "/feed.xml", "intervalSeconds", 1));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("storyId").isNull()).as(added.body()).isTrue();
    assertThat(http.post("/api/feeds", Map.of("url", base() + "/feed.xml")).status()).isEqualTo(409);
    await("two placed entries", () -> http.get("/api/stories").json().get("items").findValues("reports").stream()
        .mapToInt(JsonNode::asInt).sum() == 2);
    JsonNode stories = http.get("/api/stories").json();
    assertThat(stories.get("total").asInt()).isEqualTo(1); // both went to one story, opened by the first
    // the poll records what it added once it has placed them all
    await("the poll recorded", () -> http.get("/api/feeds").json().get("items").get(0).get("itemsAdded").asInt() == 2);
    // a later poll adds nothing twice
    await("a 304", () -> feedRequests.contains("304"));
    assertThat(http.get("/api/stories").json().get("items").get(0).get("reports").asInt()).isEqualTo(2);
  }

  @Test
  void aFailingFeedShowsItsErrorAndBacksOff() throws Exception {
    String s = http.post("/api/stories", Map.of("name", "Broken")).json().get("id").asText();
    String id = http.post("/api/stories/" + s + "/feeds", Map.of("url", base() + "/broken.xml", "intervalSeconds", 1))
        .json().get("id").asText();
    await("an error", () -> !http.get("/api/stories/" + s + "/feeds").json().get("items").get(0).get("lastError").isNull());
    JsonNode f = http.get("/api/stories/" + s + "/feeds").json().get("items").get(0);
    assertThat(f.get("lastError").asText()).contains("500");
    assertThat(f.get("failures").asInt()).isPositive();
    // the next poll waits longer than the interval after repeated failures
    await("two failures", () -> http.get("/api/stories/" + s + "/feeds").json().get("items").get(0).get("failures").asInt() >= 2);
    JsonNode g = http.get("/api/stories/" + s + "/feeds").json().get("items").get(0);
    Duration wait = Duration.between(java.time.Instant.parse(g.get("lastPolled").asText()), java.time.Instant.parse(g.get("nextPoll").asText()));
    assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    assertThat(http.post("/api/feeds/" + id + "/poll", Map.of()).status()).isEqualTo(202);
    assertThat(http.delete("/api/feeds/" + id).status()).isEqualTo(204);
    assertThat(http.get("/api/stories/" + s + "/feeds").json().get("total").asInt()).isZero();
  }

  @Test
  void theIntervalCannotGoBelowTheServersMinimum() throws Exception {
    String s = http.post("/api/stories", Map.of("name", "Min")).json().get("id").asText();
    server.close();
    server = WebServer.start(TestServers.config(dir).withAllowPrivateUrls(true)
        .withFeedTiming(WebConfig.DEFAULT_MIN_FEED_INTERVAL, Duration.ofMillis(200)));
    http = new Http(server.uri());
    JsonNode f = http.post("/api/stories/" + s + "/feeds", Map.of("url", base() + "/feed.xml", "intervalSeconds", 5)).json();
    assertThat(f.get("intervalSeconds").asInt()).isEqualTo(300);
    // "poll now" waits for the minimum interval since the last poll, however often it is asked
    String id = f.get("id").asText();
    await("the first poll", () -> !http.get("/api/stories/" + s + "/feeds").json().get("items").get(0).get("lastPolled").isNull());
    for (int i = 0; i < 3; i++) {
      JsonNode asked = http.post("/api/feeds/" + id + "/poll", Map.of()).json();
      Duration wait = Duration.between(java.time.Instant.parse(asked.get("lastPolled").asText()),
          java.time.Instant.parse(asked.get("nextPoll").asText()));
      assertThat(wait).isGreaterThanOrEqualTo(WebConfig.DEFAULT_MIN_FEED_INTERVAL);
    }
  }
}
