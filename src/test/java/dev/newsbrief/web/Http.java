package dev.newsbrief.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the API tests: JSON in, JSON out, multipart uploads. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final Map<String, String> headers;

  record Res(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Http(URI base) {
    this(base, Map.of());
  }

  Http(URI base, Map<String, String> headers) {
    this.base = base;
    this.headers = headers;
  }

  Res get(String path, String... extraHeaders) {
    return send(request(path, extraHeaders).GET());
  }

  Res delete(String path) {
    return send(request(path).DELETE());
  }

  Res post(String path, Object json, String... extraHeaders) {
    try {
      return send(request(path, extraHeaders).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json))));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  Res postRaw(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Uploads files in the multipart field "file": name, then content, alternately. */
  Res upload(String path, String... nameThenContent) {
    String boundary = "----nb" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i + 1 < nameThenContent.length; i += 2) {
      String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + nameThenContent[i]
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
      out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return postRaw(path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  private HttpRequest.Builder request(String path, String... extraHeaders) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    headers.forEach(b::header);
    for (int i = 0; i + 1 < extraHeaders.length; i += 2) b.header(extraHeaders[i], extraHeaders[i + 1]);
    return b;
  }

  private Res send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Res(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Waits until the story's briefing is computed and nothing is pending; returns it. */
  JsonNode settledBriefing(String storyId, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      JsonNode b = get("/api/stories/" + storyId + "/briefing").json();
      if (!b.get("pending").asBoolean() && b.get("version").asInt() > 0) return b;
      if (System.nanoTime() > end) throw new AssertionError("briefing of " + storyId + " not settled: " + b);
      Thread.sleep(50);
    }
  }
}
