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

  /**
   * The fuzzer's SSRF detector flags every connection (its policy is reset for each input): this
   * test's own requests to its server are allowed, any other one (the server fetching a URL it was
   * given) stays a finding.
   */
  private static com.code_intelligence.jazzer.api.SilentCloseable onlyTheServer() {
    return com.code_intelligence.jazzer.api.BugDetectors.allowNetworkConnections((host, port) ->
        server != null && port == server.uri().getPort() && (host.equals("127.0.0.1") || host.equals("localhost")));
  }

  private static synchronized Http http() throws Exception {
    if (server == null) {
      Path dir = Files.createTempDirectory("newsbrief-apifuzz-");
      server = WebServer.start(TestServers.config(dir));
      http = new Http(server.uri());
      story = http.post("/api/stories", java.util.Map.of("name", "Fuzz")).json().get("id").asText();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return http;
  }

  private static final String[] ROUTES = {"/api/stories", "/api/reports", "STORY/reports", "STORY/feeds", "/api/feeds",
      "/api/reports/r1/move", "STORY/urls"};

  @FuzzTest(maxDuration = "5m")
  void jsonBodies(FuzzedDataProvider data) throws Exception {
    try (var allowed = onlyTheServer()) {
      jsonBody(data);
    }
  }

  private static void jsonBody(FuzzedDataProvider data) throws Exception {
    Http h = http();
    String route = data.pickValue(ROUTES).replace("STORY", "/api/stories/" + story);
    byte[] body = data.consumeRemainingAsBytes();
    if (body.length > 64 * 1024) return;
    // routes that fetch a URL they are given are sent no body naming one: fetching is their job, and there is no network here
    if (new String(body, StandardCharsets.ISO_8859_1).matches("(?s).*(?i:https?|feed|ftp)[:%].*")
        && !route.equals("/api/reports") && !route.equals("/api/stories")) return;
    Http.Res r = h.postRaw(route, "application/json", body);
    check(r);
  }

  @FuzzTest(maxDuration = "3m")
  void search(FuzzedDataProvider data) throws Exception {
    String q = data.consumeRemainingAsString();
    if (q.length() > 600) return;
    try (var allowed = onlyTheServer()) {
      check(http().get("/api/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=5"));
    }
  }

  private static void check(Http.Res r) {
    assertThat(r.status()).as(r.body()).isLessThan(500);
    if (r.status() >= 400) assertThat(r.json().get("error").asText()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
