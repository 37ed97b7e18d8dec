package dev.newsbrief.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SafeFetcherTest {
  HttpServer site;
  String base;

  @BeforeEach
  void start() throws Exception {
    site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext("/ok", ex -> {
      byte[] b = "hello".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("ETag", "\"v1\"");
      ex.sendResponseHeaders(200, b.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(b);
      }
    });
    site.createContext("/to-other-loopback", ex -> {
      ex.getResponseHeaders().add("Location", "http://127.0.0.2:" + site.getAddress().getPort() + "/ok");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    site.createContext("/to-ok", ex -> {
      ex.getResponseHeaders().add("Location", "/ok");
      ex.sendResponseHeaders(301, -1);
      ex.close();
    });
    site.createContext("/big", ex -> {
      ex.sendResponseHeaders(200, 0); // chunked: no length announced
      try (OutputStream o = ex.getResponseBody()) {
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 40; i++) o.write(chunk);
      } catch (java.io.IOException ignored) {
        // the client hung up, as it should
      }
    });
    site.createContext("/slow", ex -> {
      try {
        Thread.sleep(3000);
        ex.sendResponseHeaders(200, -1);
      } catch (InterruptedException | java.io.IOException ignored) {
        // stopped
      }
      ex.close();
    });
    site.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    site.start();
    base = "http://127.0.0.1:" + site.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    site.stop(0);
  }

  private static SafeFetcher onlyFirstLoopback(long max, Duration timeout) {
    return new SafeFetcher(a -> a.getHostAddress().equals("127.0.0.1"), max, timeout);
  }

  @Test
  void privateAndReservedAddressesAreNotPublic() throws Exception {
    for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "255.255.255.255", "224.0.0.1", "::1", "::", "fc00::1", "fd12::1", "fe80::1", "::ffff:127.0.0.1",
        "::ffff:10.0.0.1", "64:ff9b::a00:1", "::127.0.0.1", "198.18.0.1", "2002:7f00:1::1", "2002:a00:1::", "2001:0:4136:e378::1"}) {
      assertThat(SafeFetcher.isPublic(InetAddress.getByName(a))).as(a).isFalse();
    }
    for (String a : new String[] {"93.184.216.34", "8.8.8.8", "2001:4860:4860::8888", "64:ff9b::808:808", "2002:808:808::1"}) {
      assertThat(SafeFetcher.isPublic(InetAddress.getByName(a))).as(a).isTrue();
    }
  }

  @Test
  void refusesWhatPolicyForbidsBeforeConnecting() {
    SafeFetcher f = new SafeFetcher(false, 1 << 20, Duration.ofSeconds(5));
    for (String url : new String[] {base + "/ok", "http://localhost:1/", "file:///etc/passwd", "ftp://example.org/",
        "http://user:pw@example.org/", "http://[::1]:1/", "http://169.254.169.254/latest/meta-data/", "http://0177.0.0.1:1/",
        "http://0x7f.0.0.1:1/", "http://2130706433:1/", "http://127.1:1/", "http://[2002:7f00:1::1]:1/"}) {
      assertThatThrownBy(() -> f.get(URI.create(url), Map.of())).as(url)
          .isInstanceOfSatisfying(SafeFetcher.FetchException.class, e -> assertThat(e.refused()).isTrue());
    }
  }

  @Test
  void fetchesAllowedAddressesAndFollowsRedirectsThere() throws Exception {
    SafeFetcher.Response r = onlyFirstLoopback(1 << 20, Duration.ofSeconds(5)).get(URI.create(base + "/to-ok"), Map.of());
    assertThat(r.status()).isEqualTo(200);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
    assertThat(r.uri().getPath()).isEqualTo("/ok");
    assertThat(r.etag()).isEqualTo("\"v1\"");
  }

  @Test
  void everyRedirectTargetIsCheckedAgain() {
    assertThatThrownBy(() -> onlyFirstLoopback(1 << 20, Duration.ofSeconds(5)).get(URI.create(base + "/to-other-loopback"), Map.of()))
        .isInstanceOfSatisfying(SafeFetcher.FetchException.class, e -> {
          assertThat(e.refused()).isTrue();
          assertThat(e.getMessage()).contains("127.0.0.2");
        });
  }

  @Test
  void stopsReadingPastTheSizeLimit() {
    assertThatThrownBy(() -> onlyFirstLoopback(1 << 20, Duration.ofSeconds(10)).get(URI.create(base + "/big"), Map.of()))
        .isInstanceOf(SafeFetcher.FetchException.class).hasMessageContaining("larger than");
  }

  @Test
  void givesUpOnASlowServerWithinTheTimeLimit() {
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> onlyFirstLoopback(1 << 20, Duration.ofMillis(800)).get(URI.create(base + "/slow"), Map.of()))
        .isInstanceOf(SafeFetcher.FetchException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2500));
  }
}
