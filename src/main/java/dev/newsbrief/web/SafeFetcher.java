package dev.newsbrief.web;

import dev.newsbrief.text.Patterns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Fetches a URL a person (or a feed) gave us without letting it reach where it should not: only
 * http and https; every address the host resolves to must be public (no loopback, private,
 * link-local, carrier-grade NAT, multicast or reserved range) unless private addresses are allowed
 * by configuration; redirects are followed by hand, each target checked again; the body is cut off
 * past a size limit and the whole exchange past a time limit.
 *
 * <p>Known gap: the JDK client resolves the host again when it connects, so a DNS server that
 * answers differently within that instant (rebinding) is not stopped; Java 17 offers no hook to
 * pin the checked address without breaking TLS host checks.
 */
public final class SafeFetcher {
  private static final int MAX_REDIRECTS = 5;
  private static final String USER_AGENT = "newsbrief/0.1 (feed reader; polite polling)";

  private final Predicate<InetAddress> allowed;
  private final long maxBytes;
  private final Duration timeout;
  private final HttpClient client;

  /** What the server answered: any status, with the body read in full (within the limit). */
  public record Response(URI uri, int status, String contentType, byte[] body, String etag, String lastModified) {}

  /** The URL was refused (not fetchable by policy) or the fetch failed. */
  public static final class FetchException extends Exception {
    private final boolean refused;

    FetchException(String message, boolean refused) {
      super(message);
      this.refused = refused;
    }

    /** True when policy refused the URL (the caller's mistake), false when the fetch itself failed. */
    public boolean refused() {
      return refused;
    }
  }

  public SafeFetcher(boolean allowPrivate, long maxBytes, Duration timeout) {
    this(allowPrivate ? a -> true : SafeFetcher::isPublic, maxBytes, timeout);
  }

  /** A fetcher that reaches only the addresses {@code allowed} accepts (tests narrow it). */
  SafeFetcher(Predicate<InetAddress> allowed, long maxBytes, Duration timeout) {
    this.allowed = allowed;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
        .version(HttpClient.Version.HTTP_1_1).build();
  }

  public Response get(URI uri, Map<String, String> headers) throws FetchException {
    URI current = uri;
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      check(current);
      HttpRequest.Builder req = HttpRequest.newBuilder(current).GET().timeout(remaining(deadline))
          .header("User-Agent", USER_AGENT)
          .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
      headers.forEach(req::header);
      HttpResponse<InputStream> resp;
      try {
        resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        throw new FetchException("cannot fetch " + current + ": " + describe(e), false);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("interrupted while fetching " + current, false);
      }
      int status = resp.statusCode();
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        closeQuietly(resp.body());
        String location = resp.headers().firstValue("Location")
            .orElseThrow(() -> new FetchException("redirect without a Location from " + uri, false));
        try {
          current = current.resolve(location.trim());
        } catch (IllegalArgumentException e) {
          throw new FetchException("bad redirect target " + location, false);
        }
        continue;
      }
      long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        closeQuietly(resp.body());
        throw new FetchException(current + " is larger than " + maxBytes + " bytes", false);
      }
      byte[] body = read(resp.body(), deadline, current);
      return new Response(current, status, resp.headers().firstValue("Content-Type").orElse(""), body,
          resp.headers().firstValue("ETag").orElse(null), resp.headers().firstValue("Last-Modified").orElse(null));
    }
    throw new FetchException("too many redirects from " + uri, false);
  }

  /** Refuses what policy forbids, resolving the host to check every address it has. */
  void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) throw new FetchException("only http and https URLs can be fetched", true);
    if (uri.getRawUserInfo() != null) throw new FetchException("URLs with a user name or password are not fetched", true);
    String host = uri.getHost();
    if (host == null || host.isBlank()) throw new FetchException("the URL has no host", true);
    if (ambiguousNumber(host)) {
      throw new FetchException(host + " is an address written in a form tools read differently (octal, hex or short);"
          + " write it as four plain decimal numbers", true);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + host, true);
    }
    for (InetAddress a : addresses) {
      if (!allowed.test(a)) {
        throw new FetchException(host + " resolves to a private or reserved address (" + a.getHostAddress()
            + "); such URLs are refused unless the server allows private URLs", true);
      }
    }
  }

  private static final java.util.regex.Pattern PLAIN_IPV4 =
      java.util.regex.Pattern.compile("(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

  /**
   * A host made of numbers that is not a plain dotted quad ("0177.0.0.1", "0x7f.1", "2130706433"):
   * some clients read it as octal or hex (127.0.0.1), Java as decimal, so it is judged by neither.
   */
  static boolean ambiguousNumber(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    boolean numeric = Patterns.matches(h, "(?i)(?:0x[0-9a-f]*|\\d+)(?:\\.(?:0x[0-9a-f]*|\\d+))*");
    return numeric && !PLAIN_IPV4.matcher(h).matches();
  }

  /** True for addresses on the public internet. */
  static boolean isPublic(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int b0 = b[0] & 0xff, b1 = b[1] & 0xff, b2 = b[2] & 0xff;
      if (b0 == 0 || b0 >= 240) return false;                       // "this network", reserved, broadcast
      if (b0 == 100 && b1 >= 64 && b1 <= 127) return false;         // carrier-grade NAT
      if (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2)) return false; // IETF protocol, TEST-NET-1
      if (b0 == 198 && (b1 == 18 || b1 == 19)) return false;        // benchmarking
      if (b0 == 198 && b1 == 51 && b2 == 100) return false;         // TEST-NET-2
      if (b0 == 203 && b1 == 0 && b2 == 113) return false;          // TEST-NET-3
      return true;
    }
    if (a instanceof Inet6Address) {
      int b0 = b[0] & 0xff;
      if ((b0 & 0xfe) == 0xfc) return false;                        // unique local fc00::/7
      if (b0 == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) return false; // documentation
      boolean v4Embedded = true;                                    // ::a.b.c.d (deprecated compatible form)
      for (int i = 0; i < 12; i++) v4Embedded &= b[i] == 0;
      if (v4Embedded) return false;
      if (b0 == 0x20 && (b[1] & 0xff) == 0x02) {
        try {                                                       // 6to4 2002::/16: judge the IPv4 inside
          return isPublic(InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]}));
        } catch (UnknownHostException e) {
          return false;
        }
      }
      if (b0 == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0) return false; // Teredo 2001::/32 tunnels anywhere
      if (b0 == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
        try {                                                       // NAT64 64:ff9b::/96: judge the IPv4 inside
          return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private byte[] read(InputStream in, long deadline, URI uri) throws FetchException {
    // Closing the stream from a timer unblocks a read that a slow server keeps waiting.
    CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> closeQuietly(in),
        CompletableFuture.delayedExecutor(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS));
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
        if (out.size() > maxBytes) throw new FetchException(uri + " is larger than " + maxBytes + " bytes", false);
        if (System.nanoTime() > deadline) throw new FetchException(uri + " took longer than " + timeout.toSeconds() + " s", false);
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (System.nanoTime() > deadline) throw new FetchException(uri + " took longer than " + timeout.toSeconds() + " s", false);
      throw new FetchException("cannot read " + uri + ": " + describe(e), false);
    } finally {
      watchdog.cancel(false);
    }
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing to do: we are abandoning the stream
    }
  }
}
