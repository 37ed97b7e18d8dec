package dev.newsbrief.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {
  @TempDir Path dir;
  WebServer server;
  Http http;

  static final String[] REPORTS = {
      "Ministers meet on river dam\nThe regional water ministers met in Marrow Ford on Tuesday to discuss the failing dam. "
          + "Engineers said the spillway had cracked after a week of heavy rain. The ministers agreed to evacuate three villages downstream.",
      "Villages evacuated below dam\nThree villages below the Marrow Ford dam were evacuated on Wednesday. "
          + "Engineers said the cracked spillway could fail within days. About two thousand residents moved to schools in the valley.",
      "Dam repairs begin\nRepair crews started work on the cracked spillway of the Marrow Ford dam on Thursday. "
          + "The water ministers said the evacuation of three villages would last at least a week.",
  };

  @BeforeEach
  void start() {
    server = WebServer.start(TestServers.config(dir));
    http = new Http(server.uri());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String story(String name) {
    Http.Res r = http.post("/api/stories", Map.of("name", name));
    assertThat(r.status()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  private static final String CONSOLE = "Console sells out\nThe new games console from Nintara sold out within hours in Tokyo,"
      + " as gamers queued overnight outside electronics shops. Nintara said the console would be restocked next month.";
  private static final String CONSOLE_AGAIN = "Gamers queue for console\nGamers queued overnight outside electronics shops in Tokyo"
      + " for the new Nintara games console, which sold out within hours. Nintara said stock would return next month.";

  private JsonNode place(String text) {
    Http.Res r = http.post("/api/reports", Map.of("text", text));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  /** Asks until the reader briefing is computed (202 while it is). */
  private JsonNode answered(String path) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      Http.Res r = http.get(path);
      if (r.status() == 200) return r.json();
      assertThat(r.status()).as(r.body()).isEqualTo(202);
      assertThat(r.json().get("pending").asBoolean()).isTrue();
      Thread.sleep(50);
    }
    throw new AssertionError("no answer to " + path);
  }

  @Test
  void aQuestionGetsAFocusedBriefAndAReturningReaderWhatIsNew() throws Exception {
    String id = story("Dam");
    String r1 = http.post("/api/stories/" + id + "/reports", Map.of("text", REPORTS[0])).json().get("report").get("id").asText();
    String r2 = http.post("/api/stories/" + id + "/reports", Map.of("text", REPORTS[1])).json().get("report").get("id").asText();
    String r3 = http.post("/api/stories/" + id + "/reports", Map.of("text", REPORTS[2])).json().get("report").get("id").asText();

    JsonNode focus = answered("/api/stories/" + id + "/focus?q=" + java.net.URLEncoder.encode("Which  villages were evacuated?", UTF_8));
    assertThat(focus.get("question").asText()).isEqualTo("Which villages were evacuated?");
    JsonNode brief = focus.get("briefing");
    assertThat(brief.get("notes").get(0).asText()).startsWith("The summary answers: \"Which villages were evacuated?\"");
    assertThat(brief.get("summary")).isNotEmpty();
    assertThat(brief.get("summary").get(0).get("text").asText().toLowerCase()).containsAnyOf("evacuat", "village");
    // the same question, asked again in other spacing and case, is the kept answer at once
    Http.Res again = http.get("/api/stories/" + id + "/focus?q=which+villages+were+EVACUATED%3F");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("briefing")).isEqualTo(brief);

    // a reader who read r1 and r2: what r3 adds, cited to r3 only
    JsonNode since = answered("/api/stories/" + id + "/since?read=" + r1 + "," + r2);
    JsonNode update = since.get("briefing");
    assertThat(update.get("notes").get(0).asText()).startsWith("Update: what 1 new report(s) add to 2 already read");
    assertThat(update.get("summary")).isNotEmpty();
    for (JsonNode s : update.get("summary")) {
      assertThat(s.get("citations").get(0).get("id").asText()).isEqualTo(r3);
    }
    // one who read everything, said as a run of ids: nothing new
    JsonNode nothing = answered("/api/stories/" + id + "/since?read=" + r1 + "-" + r3);
    assertThat(nothing.get("briefing").isNull()).isTrue();
    assertThat(nothing.get("read").asInt()).isEqualTo(3);
    assertThat(answered("/api/stories/" + id + "/since?read=" + r1 + "-" + r2).get("briefing")).isEqualTo(update);
    for (String bad : List.of("x1", "r5-r2", "r1-", "r1,," + "r2".repeat(30))) {
      assertThat(http.get("/api/stories/" + id + "/since?read=" + java.net.URLEncoder.encode(bad, UTF_8)).status()).as(bad).isEqualTo(400);
    }
    // a list too long for a URL goes in a POST body: the same answer
    Http.Res posted = http.post("/api/stories/" + id + "/since", Map.of("read", List.of(r1, r2)));
    assertThat(posted.status()).isIn(200, 202);
    assertThat(answered("/api/stories/" + id + "/since?read=" + r1 + "," + r2).get("briefing")).isEqualTo(update);
    assertThat(http.post("/api/stories/" + id + "/since", Map.of("read", "r1")).status()).isEqualTo(400);
    assertThat(http.post("/api/stories/" + id + "/since", Map.of("read", java.util.Collections.nCopies(100_001, r1))).status())
        .isEqualTo(400);

    assertThat(http.get("/api/stories/" + id + "/focus").status()).isEqualTo(400);
    assertThat(http.get("/api/stories/" + id + "/focus?q=" + "x".repeat(501)).status()).isEqualTo(400);
    assertThat(http.get("/api/stories/s999/focus?q=dam").status()).isEqualTo(404);
    assertThat(http.get("/api/stories/" + story("Empty") + "/since?read=").status()).isEqualTo(409);
  }

  @Test
  void reportsAddedWithoutAStoryFindTheirStoryAndFollowCorrections() {
    JsonNode first = place(REPORTS[0]);
    assertThat(first.get("newStory").asBoolean()).isTrue();
    String dam = first.get("story").get("id").asText();
    assertThat(first.get("story").get("name").asText()).isEqualTo("Ministers meet on river dam");
    JsonNode second = place(REPORTS[1]);
    assertThat(second.get("newStory").asBoolean()).isFalse();
    assertThat(second.get("story").get("id").asText()).isEqualTo(dam);
    assertThat(second.get("placement").get("closest").asText()).isEqualTo(first.get("report").get("id").asText());
    JsonNode console = place(CONSOLE);
    assertThat(console.get("newStory").asBoolean()).isTrue();
    assertThat(console.get("story").get("id").asText()).isNotEqualTo(dam);

    // a person moves the console report into the dam story; a report like it follows it there
    String consoleId = console.get("report").get("id").asText();
    Http.Res moved = http.post("/api/reports/" + consoleId + "/move", Map.of("story", dam));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("report").get("storyId").asText()).isEqualTo(dam);
    JsonNode follower = place(CONSOLE_AGAIN);
    assertThat(follower.get("placement").get("closest").asText()).isEqualTo(consoleId);
    assertThat(follower.get("story").get("id").asText()).isEqualTo(dam);

    // split out: the follower gets a story of its own
    String followerId = follower.get("report").get("id").asText();
    Http.Res split = http.post("/api/reports/" + followerId + "/move", Map.of("story", "new"));
    assertThat(split.status()).isEqualTo(200);
    assertThat(split.json().get("report").get("storyId").asText()).isNotEqualTo(dam);
    assertThat(http.get("/api/stories/" + dam + "/reports").json().get("total").asInt()).isEqualTo(3);

    // what was learnt survives a restart, and a state file lost is learnt again from the store
    server.close();
    server = WebServer.start(TestServers.config(dir));
    http = new Http(server.uri());
    assertThat(place(REPORTS[2]).get("story").get("id").asText()).isEqualTo(dam);
    server.close();
    assertThat(dir.resolve("storylines.json").toFile().delete()).isTrue();
    server = WebServer.start(TestServers.config(dir));
    http = new Http(server.uri());
    JsonNode again = place("Dam holds after repairs\nThe cracked spillway of the Marrow Ford dam held on Friday after repair crews"
        + " worked through the night, the water ministers said. Evacuated residents of the three villages may return next week.");
    assertThat(again.get("story").get("id").asText()).isEqualTo(dam);

    // uploads without a story: each report placed; one already placed is a duplicate, not an error
    Http.Res up = http.upload("/api/uploads", "inspection.txt", "Dam inspected\nEngineers inspected the repaired spillway of the"
        + " Marrow Ford dam on Saturday and said the three evacuated villages could soon return, the water ministers said.",
        "console.txt", CONSOLE, "empty.txt", " ");
    assertThat(up.status()).as(up.body()).isEqualTo(201);
    assertThat(up.json().get("placed")).hasSize(1);
    assertThat(up.json().get("placed").get(0).get("story").get("id").asText()).isEqualTo(dam);
    assertThat(up.json().get("duplicates")).hasSize(1);
    assertThat(up.json().get("skipped")).hasSize(1);

    // the front page: stories of today, the best corroborated first; the console story, emptied by the move, last
    JsonNode front = http.get("/api/stories").json().get("items");
    assertThat(front.get(0).get("id").asText()).isEqualTo(dam);
    assertThat(front.get(0).get("reports").asInt()).isGreaterThan(front.get(1).get("reports").asInt());
    assertThat(front.get(0).get("lastReport").isNull()).isFalse();
    assertThat(front.get(front.size() - 1).get("id").asText()).isEqualTo(console.get("story").get("id").asText());
    assertThat(front.get(front.size() - 1).get("lastReport").isNull()).isTrue();

    // bad moves are clear errors
    assertThat(http.post("/api/reports/" + consoleId + "/move", Map.of("story", "s999")).status()).isEqualTo(404);
    assertThat(http.post("/api/reports/" + consoleId + "/move", Map.of("story", "r1")).status()).isEqualTo(400);
    assertThat(http.post("/api/reports/r999/move", Map.of("story", dam)).status()).isEqualTo(404);
  }

  @Test
  void theOpenApiDocumentDescribesExactlyTheRegisteredRoutes() throws Exception {
    JsonNode doc = http.get("/api/openapi.json").json();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> documented = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> p = paths.next();
      for (Iterator<String> ops = p.getValue().fieldNames(); ops.hasNext(); ) {
        String op = ops.next();
        if (!op.equals("parameters")) documented.add(op.toUpperCase(Locale.ROOT) + " " + p.getKey());
      }
    }
    Set<String> registered = new HashSet<>();
    for (String r : server.routes()) if (r.contains(" /api/")) registered.add(r);
    assertThat(registered).as("routes registered with Javalin").hasSizeGreaterThan(15);
    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void theReadmeListsExactlyTheRegisteredRoutes() throws Exception {
    String readme = java.nio.file.Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("### API endpoints and page addresses"), readme.indexOf("## JSON schema"));
    Set<String> listed = new HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\| `(GET|POST|DELETE) (/api/[^`?]*)[^`]*` \\|", java.util.regex.Pattern.MULTILINE)
        .matcher(section);
    while (m.find()) listed.add(m.group(1) + " " + m.group(2));
    Set<String> registered = new HashSet<>();
    for (String r : server.routes()) if (r.contains(" /api/")) registered.add(r);
    assertThat(listed).isEqualTo(registered);
    assertThat(section).contains("`#/s/<story>`", "`#/s/<story>/r/<report>/<start>-<end>`", "`#/search?q=<words>`");
  }

  @Test
  void pastedReportsAreBriefedOnceAndCitationsPointIntoTheReportText() throws Exception {
    String s = story("Dam");
    long before = server.briefings().computations();
    List<String> ids = new ArrayList<>();
    for (String text : REPORTS) {
      Http.Res r = http.post("/api/stories/" + s + "/reports", Map.of("text", text, "outlet", "Valley Times", "published", "2016-10-12"));
      assertThat(r.status()).isEqualTo(201);
      ids.add(r.json().get("report").get("id").asText());
    }
    JsonNode b = http.settledBriefing(s, Duration.ofSeconds(60));
    // a burst of reports is briefed about once, not once per report
    assertThat(server.briefings().computations() - before).isBetween(1L, 2L);
    JsonNode brief = b.get("briefing");
    assertThat(brief.get("schema").asText()).isEqualTo("newsbrief.brief/3");
    assertThat(brief.get("sources")).hasSize(3);
    assertThat(b.get("story").get("reports").asInt()).isEqualTo(3);
    assertThat(brief.get("summary").size()).isPositive();
    for (JsonNode sentence : brief.get("summary")) {
      for (JsonNode c : sentence.get("citations")) {
        assertThat(ids).contains(c.get("id").asText());
        String text = http.get("/api/reports/" + c.get("id").asText()).json().get("text").asText();
        assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
      }
    }
    // the headline line became the title, the rest the text
    JsonNode first = http.get("/api/reports/" + ids.get(0)).json();
    assertThat(first.get("title").asText()).isEqualTo("Ministers meet on river dam");
    assertThat(first.get("text").asText()).startsWith("The regional water ministers");
    assertThat(first.get("published").asText()).isEqualTo("2016-10-12");

    // unchanged briefing: conditional GET is a 304
    Http.Res again = http.get("/api/stories/" + s + "/briefing");
    assertThat(http.get("/api/stories/" + s + "/briefing", "If-None-Match", again.header("ETag")).status()).isEqualTo(304);

    // deleting a report makes a new version without it
    int version = b.get("version").asInt();
    assertThat(http.delete("/api/reports/" + ids.get(2)).status()).isEqualTo(204);
    JsonNode after = http.settledBriefing(s, Duration.ofSeconds(60));
    assertThat(after.get("version").asInt()).isGreaterThan(version);
    assertThat(after.get("briefing").get("sources")).hasSize(2);
  }

  @Test
  void badRequestsGetClearStatusesAndErrorBodies() {
    String s = story("Errors");
    assertThat(http.post("/api/stories", Map.of("name", "Errors")).status()).isEqualTo(409);
    Http.Res missing = http.post("/api/stories", Map.of("title", "x"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("error").asText()).contains("name");
    assertThat(http.postRaw("/api/stories", "text/plain", "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(415);
    assertThat(http.postRaw("/api/stories", "application/json", "{not json".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
    assertThat(http.post("/api/stories/" + s + "/reports", Map.of("text", "x", "published", "yesterday")).status()).isEqualTo(400);
    Http.Res dup1 = http.post("/api/stories/" + s + "/reports", Map.of("text", "The same text twice."));
    Http.Res dup2 = http.post("/api/stories/" + s + "/reports", Map.of("text", "  The  same text   twice. "));
    assertThat(dup1.status()).isEqualTo(201);
    assertThat(dup2.status()).isEqualTo(409);
    assertThat(dup2.json().get("report").get("id").asText()).isEqualTo(dup1.json().get("report").get("id").asText());
    for (String path : List.of("/api/stories/s999", "/api/stories/nope", "/api/reports/r1%2F..%2F..", "/api/reports/r999",
        "/api/stories/s999/briefing", "/api/feeds/f1/poll", "/api/nothing")) {
      Http.Res r = path.endsWith("/poll") ? http.post(path, Map.of()) : http.get(path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.json().get("error").asText()).as(path).isNotBlank();
    }
    assertThat(http.get("/api/stories/" + s + "/export/pdf").status()).isEqualTo(404);
    assertThat(http.get("/api/search").status()).isEqualTo(400);
  }

  @Test
  void aPastedReportsOutletMayBeCalledSourceAsInJsonl() {
    String s = story("Outlets");
    Http.Res bySource = http.post("/api/stories/" + s + "/reports", Map.of("text", REPORTS[0], "source", "Valley Times"));
    assertThat(bySource.status()).as(bySource.body()).isEqualTo(201);
    assertThat(bySource.json().get("report").get("outlet").asText()).isEqualTo("Valley Times");
    Http.Res byOutlet = http.post("/api/reports", Map.of("text", CONSOLE, "outlet", "Tokyo Daily", "source", "Tokyo Daily"));
    assertThat(byOutlet.status()).as(byOutlet.body()).isEqualTo(201);
    assertThat(byOutlet.json().get("report").get("outlet").asText()).isEqualTo("Tokyo Daily");
    Http.Res placed = http.post("/api/reports", Map.of("text", REPORTS[1], "source", "River Post"));
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    assertThat(placed.json().get("report").get("outlet").asText()).isEqualTo("River Post");
    Http.Res both = http.post("/api/stories/" + s + "/reports", Map.of("text", REPORTS[2], "outlet", "A", "source", "B"));
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.json().get("error").asText()).contains("outlet").contains("source");
    assertThat(http.post("/api/stories/" + s + "/reports", Map.of("text", REPORTS[2], "source", 7)).status()).isEqualTo(400);
  }

  @Test
  void listsArePaginatedWithTotals() {
    for (int i = 0; i < 7; i++) story("Story " + i);
    JsonNode page = http.get("/api/stories?limit=3&offset=6").json();
    assertThat(page.get("total").asInt()).isEqualTo(7);
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("name").asText()).isEqualTo("Story 0"); // newest first
    assertThat(http.get("/api/stories?limit=0").status()).isEqualTo(400);
    assertThat(http.get("/api/stories?limit=abc").status()).isEqualTo(400);
    assertThat(http.get("/api/stories?offset=-1").status()).isEqualTo(400);
  }

  /**
   * An oversized body gets 413, or, when the server answers before the client has finished sending,
   * the client sees the connection closed under it: either way nothing is stored (checked after).
   */
  private static void assertRefusedAsTooLarge(java.util.function.Supplier<Http.Res> request) {
    try {
      assertThat(request.get().status()).isEqualTo(413);
    } catch (AssertionError e) {
      Throwable cause = e.getCause();
      assertThat(cause).as("neither 413 nor a closed connection: %s", e).isInstanceOf(java.io.IOException.class);
    }
  }

  @Test
  void uploadsTextAndJsonlFilesAndRefusesOversizedOnes() throws Exception {
    String s = story("Uploads");
    Http.Res r = http.upload("/api/stories/" + s + "/uploads", "a.txt", REPORTS[0], "b.txt", REPORTS[1]);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("reports")).hasSize(2);
    String id = r.json().get("reports").get(0).get("id").asText();
    Http.Res original = http.get("/api/reports/" + id + "/original");
    assertThat(original.body()).isEqualTo(REPORTS[0]);
    assertThat(original.header("Content-Disposition")).startsWith("attachment");
    assertThat(original.header("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(http.upload("/api/stories/" + s + "/uploads", "c.txt", REPORTS[0]).status()).isEqualTo(409);
    assertThat(http.upload("/api/stories/" + s + "/uploads", "empty.txt", "").status()).isEqualTo(400);
    assertThat(http.postRaw("/api/stories/" + s + "/uploads", "application/json", "{}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(415);
    String huge = "x".repeat(11 << 20); // the default limit is 10 MiB
    assertRefusedAsTooLarge(() -> http.upload("/api/stories/" + s + "/uploads", "huge.txt", huge));
    assertRefusedAsTooLarge(() -> http.post("/api/stories/" + s + "/reports", Map.of("text", huge)));
    assertThat(http.get("/api/stories/" + s + "/reports").json().get("total").asInt()).isEqualTo(2);
  }

  @Test
  void exportsTheBriefingAsTheCliWritesIt() throws Exception {
    String s = story("Export");
    for (String text : REPORTS) http.post("/api/stories/" + s + "/reports", Map.of("text", text));
    JsonNode b = http.settledBriefing(s, Duration.ofSeconds(60));
    Http.Res md = http.get("/api/stories/" + s + "/export/md");
    assertThat(md.body()).startsWith("# ").contains("## Summary").contains("## Sources");
    assertThat(md.header("Content-Disposition")).contains("briefing-" + s + ".md");
    JsonNode json = http.get("/api/stories/" + s + "/export/json").json();
    assertThat(json).isEqualTo(b.get("briefing"));
    Http.Res html = http.get("/api/stories/" + s + "/export/html");
    assertThat(html.body()).startsWith("<!DOCTYPE html>");
    assertThat(html.header("Content-Security-Policy")).contains("sandbox").doesNotContain("script-src");
  }

  @Test
  void everyResponseCarriesSecurityHeadersAndThePageHasNoInlineScript() {
    Http.Res page = http.get("/");
    assertThat(page.status()).isEqualTo(200);
    String csp = page.header("Content-Security-Policy");
    assertThat(csp).contains("script-src 'self'").contains("default-src 'none'").doesNotContain("unsafe");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern("\\son[a-z]+=")
        .doesNotContain("style=");
    String js = http.get("/static/app.js").body();
    assertThat(js).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML").doesNotContain("document.write")
        .doesNotContain("eval(");
    Http.Res traversal = http.get("/static/../../../../etc/passwd");
    assertThat(traversal.status()).isIn(400, 404);
    assertThat(traversal.body()).doesNotContain("root:");
    assertThat(http.get("/static/..%2F..%2Fopenapi.json").status()).isIn(400, 404);
    assertThat(http.get("/static/Store.class").status()).isEqualTo(404);
    assertThat(http.get("/api/stories").header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void crossSiteWritesAndForeignHostNamesAreRefused() throws Exception {
    assertThat(http.post("/api/stories", Map.of("name", "x"), "Origin", "http://evil.example").status()).isEqualTo(403);
    assertThat(http.post("/api/stories", Map.of("name", "y"), "Origin", "http://" + server.uri().getAuthority()).status()).isEqualTo(201);
    // DNS rebinding: a page at evil.example whose name now points at 127.0.0.1 sends Host: evil.example
    assertThat(rawStatus("GET /api/stories HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")).isEqualTo(403);
    assertThat(rawStatus("GET /api/stories HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n")).isEqualTo(200);
  }

  private int rawStatus(String request) throws Exception {
    try (Socket sock = new Socket("127.0.0.1", server.port())) {
      sock.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String status = new BufferedReader(new InputStreamReader(sock.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  @Test
  void withATokenEveryApiRequestMustCarryIt() {
    server.close();
    server = WebServer.start(TestServers.config(dir).withToken("s3cret-token"));
    http = new Http(server.uri());
    Http.Res none = http.get("/api/stories");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(http.get("/api/stories", "Authorization", "Bearer wrong").status()).isEqualTo(401);
    assertThat(http.get("/api/stories", "Authorization", "Bearer s3cret-token").status()).isEqualTo(200);
    assertThat(http.get("/api/openapi.json").status()).isEqualTo(200);
    assertThat(http.get("/").status()).isEqualTo(200); // the page itself holds no data; it asks for the token
  }

  @Test
  void bindingBeyondLoopbackNeedsAToken() {
    WebConfig open = TestServers.config(dir).withHost("0.0.0.0");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebServer.requireTokenBeyondLoopback(open))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
    WebServer.requireTokenBeyondLoopback(open.withToken("t")); // no exception
    WebServer.requireTokenBeyondLoopback(TestServers.config(dir)); // loopback: fine without
  }

  @Test
  void urlsArePrivateOnlyWhenAllowedAndFetchedArticlesAreStored() throws Exception {
    HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext("/article", ex -> {
      byte[] body = REPORTS[1].getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    site.start();
    try {
      String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/article";
      String s = story("Urls");
      Http.Res refused = http.post("/api/stories/" + s + "/urls", Map.of("url", url));
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.json().get("error").asText()).contains("private");
      assertThat(http.post("/api/stories/" + s + "/urls", Map.of("url", "file:///etc/passwd")).status()).isEqualTo(400);
      assertThat(http.post("/api/stories/" + s + "/feeds", Map.of("url", url)).status()).isEqualTo(400);

      server.close();
      server = WebServer.start(TestServers.config(dir).withAllowPrivateUrls(true));
      http = new Http(server.uri());
      Http.Res added = http.post("/api/stories/" + s + "/urls", Map.of("url", url));
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      assertThat(added.json().get("report").get("url").asText()).isEqualTo(url);
      assertThat(http.post("/api/stories/" + s + "/urls", Map.of("url", url)).status()).isEqualTo(409);
      Http.Res missing = http.post("/api/stories/" + s + "/urls", Map.of("url", "http://127.0.0.1:" + site.getAddress().getPort() + "/gone"));
      assertThat(missing.status()).isEqualTo(502);

      // without a story: the fetched article is placed, here in a story of its own
      Http.Res placed = http.post("/api/urls", Map.of("url", url));
      assertThat(placed.status()).as(placed.body()).isEqualTo(201);
      assertThat(placed.json().get("newStory").asBoolean()).isTrue();
      assertThat(placed.json().get("report").get("url").asText()).isEqualTo(url);
      assertThat(http.post("/api/urls", Map.of("url", "file:///etc/passwd")).status()).isEqualTo(400);
    } finally {
      site.stop(0);
    }
  }
}
