package dev.newsbrief.web;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.Pipeline;
import dev.newsbrief.store.Store;
import dev.newsbrief.text.AnalysisCache;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code newsbrief serve}: the store, the briefing cache, the feed poller and the HTTP server
 * (page and API) in one object. Security is applied to every request before routing: loopback
 * Host names only (unless a token is set, against DNS rebinding), the bearer token when set,
 * same-origin for anything that changes state, and strict headers (CSP without inline script,
 * nosniff, no framing, no referrer).
 */
public final class WebServer implements AutoCloseable {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  private static final Map<String, String> STATIC = Map.of(
      "index.html", "text/html; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "app.css", "text/css; charset=utf-8",
      "favicon.svg", "image/svg+xml");

  private final WebConfig config;
  private final Store store;
  private final Briefings briefings;
  private final ReaderBriefings readerBriefings;
  private final FeedPoller poller;
  private final StoryAssigner assigner;
  private final Javalin app;
  private final List<String> routes = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /** Reports kept analysed (held softly: the collector takes them back before memory runs short). */
  static final int ANALYSES_KEPT = 20_000;

  private WebServer(WebConfig config, Store store) throws IOException {
    this.config = config;
    this.store = store;
    // a story's briefing is recomputed as reports arrive: each report is analysed once (kept in memory
    // while it allows, and in the store beside the report, for the next start)
    AnalysisCache analyses = new AnalysisCache(ANALYSES_KEPT, new StoredAnalyses(store));
    this.briefings = new Briefings(store, new Pipeline().reusing(analyses), Pipeline.Options.DEFAULT, config.debounce());
    this.readerBriefings = new ReaderBriefings(store, Pipeline.Options.DEFAULT, analyses);
    SafeFetcher fetcher = new SafeFetcher(config.allowPrivateUrls(), config.maxFetchBytes(), config.fetchTimeout());
    this.poller = new FeedPoller(store, fetcher, briefings, config.feedTick());
    for (String name : STATIC.keySet()) {
      try (InputStream in = WebServer.class.getResourceAsStream("static/" + name)) {
        if (in == null) throw new IOException("static/" + name + " missing from the classpath");
        files.put(name, in.readAllBytes());
      }
    }
    this.assigner = StoryAssigner.open(store, config.data());
    poller.placeWith(assigner);
    Api api = new Api(store, briefings, readerBriefings, fetcher, config, assigner);
    this.app = Javalin.create(c -> configure(c, api));
  }

  /**
   * Opens the store and starts serving.
   *
   * @throws IllegalArgumentException when asked to bind beyond loopback without a token
   */
  public static WebServer start(WebConfig config) {
    requireTokenBeyondLoopback(config);
    Store store = Store.open(config.data());
    try {
      WebServer s = new WebServer(config, store);
      s.app.start();
      s.briefings.catchUp();
      s.poller.start();
      return s;
    } catch (IOException | RuntimeException e) {
      store.close();
      if (e instanceof IOException io) throw new UncheckedIOException(io);
      throw (RuntimeException) e;
    }
  }

  static void requireTokenBeyondLoopback(WebConfig config) {
    boolean loopback;
    try {
      loopback = InetAddress.getByName(config.host()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve --host " + config.host());
    }
    if (!loopback && (config.token() == null || config.token().isBlank())) {
      throw new IllegalArgumentException("binding to " + config.host() + " makes the server reachable from other machines:"
          + " set a token (--token or NEWSBRIEF_TOKEN) so only those who have it can use it");
    }
  }

  private void configure(JavalinConfig c, Api api) {
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    c.jetty.host = config.host();
    c.jetty.port = config.port();
    c.http.maxRequestSize = config.maxUploadBytes();
    c.http.prefer405over404 = true;
    c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
    c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), SizeUnit.BYTES);
    c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
    c.events.handlerAdded(h -> {
      if (h.getHttpMethod().isHttpMethod()) routes.add(h.getHttpMethod().name() + " " + h.getPath());
    });

    var r = c.routes;
    r.before(this::guard);
    r.get("/", ctx -> file(ctx, "index.html"));
    r.get("/static/{name}", ctx -> file(ctx, ctx.pathParam("name")));

    r.get("/api/openapi.json", api::openApi);
    r.get("/api/health", api::health);
    r.get("/api/stories", api::listStories);
    r.post("/api/stories", api::createStory);
    r.get("/api/stories/{id}", api::getStory);
    r.delete("/api/stories/{id}", api::deleteStory);
    r.get("/api/stories/{id}/reports", api::listReports);
    r.post("/api/stories/{id}/reports", api::pasteReport);
    r.post("/api/stories/{id}/uploads", api::uploadReports);
    r.post("/api/stories/{id}/urls", api::addUrl);
    r.get("/api/stories/{id}/feeds", api::listFeeds);
    r.post("/api/stories/{id}/feeds", api::addFeed);
    r.get("/api/stories/{id}/briefing", api::getBriefing);
    r.get("/api/stories/{id}/focus", api::getFocusBriefing);
    r.get("/api/stories/{id}/since", api::getUpdateBriefing);
    r.post("/api/stories/{id}/since", api::getUpdateBriefing);
    r.get("/api/stories/{id}/export/{format}", api::export);
    r.post("/api/reports", api::placeReport);
    r.post("/api/urls", api::placeUrl);
    r.post("/api/uploads", api::placeUploads);
    r.get("/api/feeds", api::listUnassignedFeeds);
    r.post("/api/feeds", api::followFeed);
    r.get("/api/reports/{id}", api::getReport);
    r.post("/api/reports/{id}/move", api::moveReport);
    r.delete("/api/reports/{id}", api::deleteReport);
    r.get("/api/reports/{id}/original", api::getOriginal);
    r.delete("/api/feeds/{id}", api::deleteFeed);
    r.post("/api/feeds/{id}/poll", api::pollFeed);
    r.get("/api/search", api::search);

    r.exception(Api.DuplicateError.class, (e, ctx) -> {
      var body = Views.error(e.getMessage());
      body.set("report", Views.report(e.added.report()));
      Api.json(ctx, 409, body);
    });
    r.exception(ApiError.class, (e, ctx) -> Api.json(ctx, e.status, Views.error(e.getMessage())));
    r.exception(dev.newsbrief.store.Conflict.class, (e, ctx) -> Api.json(ctx, 409, Views.error(e.getMessage())));
    r.exception(java.util.NoSuchElementException.class, (e, ctx) -> Api.json(ctx, 404, Views.error(e.getMessage())));
    r.exception(HttpResponseException.class, (e, ctx) -> Api.json(ctx, e.getStatus(), Views.error(e.getMessage())));
    r.exception(Exception.class, (e, ctx) -> {
      if (tooLarge(e)) {
        Api.json(ctx, 413, Views.error("the request is larger than " + config.maxUploadBytes() + " bytes"));
        return;
      }
      Integer status = badMessage(e);
      if (status != null) {
        Api.json(ctx, status, Views.error("the request is malformed (HTTP " + status + ")"));
        return;
      }
      System.err.println("newsbrief: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
      Api.json(ctx, 500, Views.error("internal error (the server log has the details)"));
    });
    r.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) Api.json(ctx, 404, Views.error("not found: " + ctx.path()));
    });
    r.error(405, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) Api.json(ctx, 405, Views.error(ctx.method() + " is not allowed on " + ctx.path()));
    });
  }

  /** The status of a malformed request Jetty found while a route read it, or null. */
  private static Integer badMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.BadMessageException b && b.getCode() >= 400 && b.getCode() < 500) return b.getCode();
    }
    return null;
  }

  /** Multipart limits surface as Jetty exceptions deep inside; find them. */
  static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("exceeds max") || m.contains("exceeded") || m.contains("too large") || m.contains("max file size") || m.contains("413")) return true;
    }
    return false;
  }

  /** Runs before every route: headers, Host, token, same-origin writes, body size. */
  private void guard(Context ctx) {
    JsonErrors.HEADERS.forEach(ctx::header);
    boolean api = ctx.path().startsWith("/api/");
    if (api) ctx.header("Cache-Control", "no-store");
    boolean tokenSet = config.token() != null && !config.token().isBlank();
    if (!tokenSet && !loopbackHost(ctx.host())) {
      throw new ApiError(403, "this server answers only to localhost names");
    }
    String method = ctx.method().name();
    boolean writes = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
    if (writes) {
      String origin = ctx.header("Origin");
      if (origin != null && !sameOrigin(origin, ctx.scheme(), ctx.host())) throw new ApiError(403, "cross-site requests are refused");
      long length = ctx.req().getContentLengthLong();
      if (length > config.maxUploadBytes()) throw new ApiError(413, "the request is larger than " + config.maxUploadBytes() + " bytes");
    }
    if (api && tokenSet && !ctx.path().equals("/api/openapi.json") && !tokenMatches(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "this server needs a token: send Authorization: Bearer <token>");
    }
  }

  private boolean tokenMatches(String header) {
    // the scheme's name is case-insensitive (RFC 9110 11.1)
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8));
  }

  static boolean loopbackHost(String hostHeader) {
    if (hostHeader == null) return false;
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) h = h.substring(1, Math.max(1, h.indexOf(']')));
    else if (h.indexOf(':') >= 0) h = h.substring(0, h.indexOf(':'));
    return h.equals("localhost") || h.equals("::1") || Patterns.matches(h, "127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  /** Whether a request's Origin is this server as the client reached it: the same scheme, host and port. */
  static boolean sameOrigin(String origin, String scheme, String host) {
    try {
      URI o = new URI(origin);
      String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
      return host != null && authority != null && authority.equalsIgnoreCase(host.strip())
          && o.getScheme() != null && o.getScheme().equalsIgnoreCase(scheme);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private void file(Context ctx, String name) {
    byte[] bytes = files.get(name);
    if (bytes == null) throw ApiError.notFound("no such file");
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(STATIC.get(name)).result(bytes);
  }

  public int port() {
    return app.port();
  }

  /** The base URI, e.g. http://127.0.0.1:8080/. */
  public URI uri() {
    String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + h + ":" + port() + "/");
  }

  public Store store() {
    return store;
  }

  public Briefings briefings() {
    return briefings;
  }

  FeedPoller poller() {
    return poller;
  }

  /** Every HTTP route registered, as "METHOD /path" (the OpenAPI test checks them). */
  List<String> routes() {
    return List.copyOf(routes);
  }

  @Override
  public void close() {
    poller.close();
    app.stop();
    try {
      briefings.awaitIdle(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    briefings.close();
    readerBriefings.close();
    assigner.close();
    store.close();
  }
}
