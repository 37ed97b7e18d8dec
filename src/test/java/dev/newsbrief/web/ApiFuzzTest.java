package dev.newsbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The API's JSON bodies and query strings, fuzzed against one running server: every answer is
 * below 500 and, when an error, a JSON object that names it without Java's exception text.
 */
class ApiFuzzTest {
  private static WebServer server;
  private static Http http;
  private static String story;
  private static AutoCloseable allowed;

  private static synchronized Http http() throws Exception {
    if (server == null) {
      Path dir = Files.createTempDirectory("newsbrief-apifuzz-");
      server = WebServer.start(TestServers.config(dir));
      http = new Http(server.uri());
      // the fuzzer's SSRF detector flags every connection; this test's own requests to its server are
      // allowed, any other one (the server fetching a URL from a body) stays a finding
      int port = server.uri().getPort();
      allowed = com.code_intelligence.jazzer.api.BugDetectors.allowNetworkConnections(
          (host, p) -> p == port && (host.equals("127.0.0.1") || host.equals("localhost")));
      story = http.post("/api/stories", java.util.Map.of("name", "Fuzz")).json().get("id").asText();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return http;
  }

  private static final String[] ROUTES = {"/api/stories", "/api/reports", "STORY/reports", "STORY/feeds", "/api/feeds",
      "/api/reports/r1/move", "STORY/urls"};

  @FuzzTest(maxDuration = "5m")
  void jsonBodies(FuzzedDataProvider data) throws Exception {
    Http h = http();
    String route = data.pickValue(ROUTES).replace("STORY", "/api/stories/" + story);
    byte[] body = data.consumeRemainingAsBytes();
    if (body.length > 64 * 1024) return;
    // a URL in a body must not send the server to the network: only loopback ones are let through, and they are refused
    if (new String(body, StandardCharsets.ISO_8859_1).matches("(?s).*(?i:https?|feed|ftp)[:%].*")
        && !route.equals("/api/reports") && !route.equals("/api/stories")) return;
    Http.Res r = h.postRaw(route, "application/json", body);
    check(r);
  }

  @FuzzTest(maxDuration = "3m")
  void search(FuzzedDataProvider data) throws Exception {
    String q = data.consumeRemainingAsString();
    if (q.length() > 600) return;
    Http.Res r = http().get("/api/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=5");
    check(r);
  }

  private static void check(Http.Res r) {
    assertThat(r.status()).as(r.body()).isLessThan(500);
    if (r.status() >= 400) assertThat(r.json().get("error").asText()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
