package dev.newsbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests a hostile or careless client sends: each gets a 4xx with a JSON body and the usual headers, never a 500. */
class HostileInputTest {
  @TempDir Path dir;
  WebServer server;
  Http http;

  @BeforeEach
  void start() {
    server = WebServer.start(TestServers.config(dir));
    http = new Http(server.uri());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void queryOperatorsWithNothingToJoinAreWords() {
    for (String q : new String[] {"AND", "OR", "NOT", "a%20AND", "%22", "title%3A"}) {
      Http.Res r = http.get("/api/search?q=" + q);
      assertThat(r.status()).as(q + ": " + r.body()).isEqualTo(200);
      assertThat(r.json().get("total").asInt()).isZero();
    }
  }

  @Test
  void aMultipartBodyThatCannotBeReadIsABadRequest() {
    for (String[] c : new String[][] {{"multipart/form-data", "xx"}, {"multipart/form-data; boundary=abc", "garbage garbage"}}) {
      Http.Res r = http.postRaw("/api/uploads", c[0], c[1].getBytes(StandardCharsets.UTF_8));
      assertThat(r.status()).as(r.body()).isEqualTo(400);
      assertThat(r.json().get("error").asText()).contains("multipart");
    }
  }

  @Test
  void anOversizedChunkedUploadIsTooLarge() throws Exception {
    long limit = WebConfig.defaults(dir).maxUploadBytes();
    String boundary = "nbboundary";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    InputStream body = new java.io.SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
      long left = limit + 1024 * 1024;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }
    });
    HttpRequest req = HttpRequest.newBuilder(server.uri().resolve("/api/uploads"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(); // no length: sent chunked
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    } catch (IOException e) {
      // the server answered and closed before the client had sent it all: refused all the same
    }
    assertThat(http.get("/api/stories").json().get("total").asInt()).isZero();
  }

  @Test
  void aDateNoReportCanHaveIsRefused() {
    for (String date : new String[] {"+999999999-12-31", "-999999999-01-01", "0001-01-01"}) {
      Http.Res r = http.post("/api/reports", Map.of("text", "Dam holds\nThe dam held through the night, engineers said.",
          "published", date));
      assertThat(r.status()).as(r.body()).isEqualTo(400);
      assertThat(r.json().get("error").asText()).contains("published");
    }
  }

  @Test
  void pastedHardWrappedTextIsReadAsTheSameTextInAFile() {
    String wrapped = "Families seek answers\n"
        + "Relatives of people who disappeared in Argentina during the\n"
        + "1976-83 military dictatorships asked the court on Monday to open\n"
        + "the archives of the armed forces, their lawyer said.\n\n"
        + "The court will rule next week, according to the lawyer.\n";
    Http.Res r = http.post("/api/reports", Map.of("text", wrapped));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode report = http.get("/api/reports/" + r.json().get("report").get("id").asText()).json();
    assertThat(report.get("title").asText()).isEqualTo("Families seek answers");
    assertThat(report.get("text").asText()).contains("Argentina during the 1976-83 military dictatorships asked")
        .doesNotContain("the\n1976");
  }

  @Test
  void whatJettyRefusesBeforeAnyRouteIsAnsweredInJson() throws Exception {
    String big = "a".repeat(100_000);
    for (String request : new String[] {"GET /%00 HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /..;/x HTTP/1.1\r\nHost: localhost\r\n\r\n", "GARBAGE LINE\r\n\r\n",
        "GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big + "\r\n\r\n"}) {
      String answer = raw(request);
      assertThat(answer).as(request.substring(0, Math.min(40, request.length()))).matches("(?s)HTTP/1\\.1 4\\d\\d .*|HTTP/1\\.1 505 .*");
      assertThat(answer).contains("Content-Type: application/json; charset=utf-8").contains("Content-Security-Policy:")
          .contains("X-Content-Type-Options: nosniff").contains("{\"error\":").doesNotContain("<html");
    }
  }

  @Test
  void copiesInsideOneUploadAreNamedNotDroppedSilently() {
    String line = "{\"title\": \"Dam holds\", \"text\": \"The dam held through the night, engineers said on Monday.\"}\n";
    Http.Res r = http.upload("/api/uploads", "copies.jsonl", line.repeat(4));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("placed")).hasSize(1);
    assertThat(r.json().get("skipped")).hasSize(3).allSatisfy(s ->
        assertThat(s.get("error").asText()).matches("line \\d: the same text as an earlier report of this file, skipped"));
    assertThat(r.body()).doesNotContain("newsbrief-upload-");
  }

  @Test
  void aStoryWithoutReportsIsNotPendingForever() {
    String s = http.post("/api/stories", Map.of("name", "Empty")).json().get("id").asText();
    JsonNode b = http.get("/api/stories/" + s + "/briefing").json();
    assertThat(b.get("pending").asBoolean()).isFalse();
    Http.Res export = http.get("/api/stories/" + s + "/export/md");
    assertThat(export.status()).isEqualTo(409);
    assertThat(export.json().get("error").asText()).contains("no reports yet");
  }

  @Test
  void jsonIsReadStrictly() {
    byte[] trailing = "{\"name\":\"a\"} xx".getBytes(StandardCharsets.UTF_8);
    assertThat(http.postRaw("/api/stories", "application/json", trailing).status()).isEqualTo(400);
    byte[] overlong = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'a', (byte) 0xC0, (byte) 0xAF, '"', '}'};
    Http.Res r = http.postRaw("/api/stories", "application/json", overlong);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).contains("UTF-8");
    assertThat(http.get("/api/stories").json().get("total").asInt()).isZero();
    Http.Res number = http.upload("/api/uploads", "n.jsonl", "{\"text\": 5}\n");
    assertThat(number.status()).isEqualTo(400);
  }

  @Test
  void theTokenSchemeIsCaseInsensitiveAndTheOriginMustMatchItsScheme() {
    server.close();
    server = WebServer.start(TestServers.config(dir).withToken("s3cret"));
    Http lower = new Http(server.uri(), Map.of("Authorization", "bearer s3cret"));
    assertThat(lower.get("/api/stories").status()).isEqualTo(200);
    String origin = "https://" + server.uri().getHost() + ":" + server.uri().getPort();
    Http.Res crossScheme = lower.post("/api/stories", Map.of("name", "x"), "Origin", origin);
    assertThat(crossScheme.status()).isEqualTo(403);
    String same = "http://" + server.uri().getHost() + ":" + server.uri().getPort();
    assertThat(lower.post("/api/stories", Map.of("name", "x"), "Origin", same).status()).isEqualTo(201);
  }

  @Test
  void aSmallStoryIsBriefedWhileHugeOnesCompute() throws Exception {
    String paragraph = "The dam at Marrow Ford held on Monday, March 2, engineers said, as about 1,200 residents waited. "
        + "\"We are confident,\" said Ana Ruiz, the chief engineer, on Tuesday.\n\n";
    List<String> huge = new java.util.ArrayList<>();
    for (int story = 0; story < 2; story++) {
      String id = http.post("/api/stories", Map.of("name", "Huge " + story)).json().get("id").asText();
      huge.add(id);
      // uploaded together, as a big file of reports arrives: the story is big from its first briefing on
      String[] files = new String[8];
      for (int i = 0; i < 4; i++) {
        files[2 * i] = "r" + i + ".txt";
        files[2 * i + 1] = "Report " + story + "." + i + "\n" + (i + " " + paragraph).repeat(150_000 / paragraph.length());
      }
      assertThat(http.upload("/api/stories/" + id + "/uploads", files).status()).isEqualTo(201);
    }
    String small = http.post("/api/stories", Map.of("name", "Small")).json().get("id").asText();
    for (String r : ApiTest.REPORTS) http.post("/api/stories/" + small + "/reports", Map.of("text", r));
    http.settledBriefing(small, java.time.Duration.ofSeconds(60));
    // settled while a huge story still computes or waits: it did not wait its turn behind two of them
    assertThat(huge).anyMatch(id -> http.get("/api/stories/" + id + "/briefing").json().get("pending").asBoolean());
    for (String id : huge) {
      JsonNode b = http.settledBriefing(id, java.time.Duration.ofSeconds(120));
      assertThat(b.get("briefing").get("notes").toString()).contains("only their first 100,000 characters");
    }
  }

  private String raw(String request) throws IOException {
    try (Socket s = new Socket(server.uri().getHost(), server.uri().getPort())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      byte[] buf = s.getInputStream().readNBytes(4096);
      return new String(buf, StandardCharsets.ISO_8859_1);
    } catch (java.net.SocketTimeoutException e) {
      throw new AssertionError("no answer to " + request.substring(0, Math.min(40, request.length())), e);
    }
  }
}
