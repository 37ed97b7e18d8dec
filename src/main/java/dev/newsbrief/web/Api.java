package dev.newsbrief.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbrief.store.Added;
import dev.newsbrief.store.FeedState;
import dev.newsbrief.store.Ids;
import dev.newsbrief.store.NewReport;
import dev.newsbrief.store.Store;
import dev.newsbrief.store.StoredBriefing;
import dev.newsbrief.store.StoryInfo;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON API's handlers. Every input is checked here; the store and pipeline get clean values. */
final class Api {
  static final int DEFAULT_LIMIT = 50;

  private final Store store;
  private final Briefings briefings;
  private final ReaderBriefings readerBriefings;
  private final SafeFetcher fetcher;
  private final WebConfig config;
  private final StoryAssigner assigner;
  private final byte[] openApi;

  Api(Store store, Briefings briefings, ReaderBriefings readerBriefings, SafeFetcher fetcher, WebConfig config, StoryAssigner assigner)
      throws IOException {
    this.readerBriefings = readerBriefings;
    this.store = store;
    this.assigner = assigner;
    this.briefings = briefings;
    this.fetcher = fetcher;
    this.config = config;
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) throw new IOException("openapi.json missing from the classpath");
      this.openApi = in.readAllBytes();
    }
  }

  // ---- stories ----

  void listStories(Context ctx) {
    json(ctx, 200, Views.page(store.stories(limit(ctx), offset(ctx)), Views::story));
  }

  void createStory(Context ctx) {
    String name = text(body(ctx), "name", 200, true);
    json(ctx, 201, Views.story(store.createStory(name)));
  }

  void getStory(Context ctx) {
    json(ctx, 200, Views.story(story(ctx)));
  }

  void deleteStory(Context ctx) {
    long key = storyKey(ctx);
    if (!store.deleteStory(key)) throw ApiError.notFound("no story " + ctx.pathParam("id"));
    briefings.forget(key);
    readerBriefings.forget(key);
    envelopes.remove(key);
    ctx.status(204);
  }

  // ---- reports ----

  void listReports(Context ctx) {
    long key = storyKey(story(ctx));
    json(ctx, 200, Views.page(store.reports(key, limit(ctx), offset(ctx)), Views::report));
  }

  void pasteReport(Context ctx) {
    long key = storyKey(story(ctx));
    NewReport r = pasted(body(ctx));
    Added a = store.addReport(key, r);
    if (a.duplicate()) throw duplicate(a);
    briefings.changed(key);
    json(ctx, 201, Views.JSON.createObjectNode().set("report", Views.report(a.report())));
  }

  /** A report as pasted: text, and optionally title, outlet (or source, as JSONL names it), url and published. */
  private NewReport pasted(JsonNode b) {
    String text = text(b, "text", Integer.MAX_VALUE, true);
    String url = text(b, "url", 4000, false);
    if (url != null) url = httpUrl(url).toString();
    NewReport r = ReportReader.pasted(text(b, "title", 2000, false), text, outlet(b), url,
        Views.date(text(b, "published", 40, false)));
    if (r.text().isBlank()) throw ApiError.badRequest("the report has a title but no text");
    return r;
  }

  /** The outlet, given as "outlet" or as "source" (the JSONL name); both, naming different outlets, is an error. */
  private static String outlet(JsonNode b) {
    String outlet = text(b, "outlet", 500, false), source = text(b, "source", 500, false);
    if (outlet != null && source != null && !outlet.equals(source)) {
      throw ApiError.badRequest("outlet and source name the same field, the outlet: give one, or the same value in both");
    }
    return outlet != null ? outlet : source;
  }

  /** A report added without a story: newsbrief places it in the story it belongs to, or a new one. */
  void placeReport(Context ctx) {
    json(ctx, 201, place(pasted(body(ctx))));
  }

  /** An article fetched from a URL, placed in the story it belongs to. */
  void placeUrl(Context ctx) throws IOException {
    URI uri = httpUrl(text(body(ctx), "url", 4000, true));
    json(ctx, 201, place(fetched(uri)));
  }

  /** Uploaded files, each report placed in the story it belongs to. */
  void placeUploads(Context ctx) throws IOException {
    upload(ctx, "placed", "these reports are in their stories already", r -> {
      StoryAssigner.Placed p = assigner.place(r);
      if (!p.added().duplicate()) briefings.changed(p.storyKey());
      return p;
    }, p -> p.added().duplicate() ? p.added() : null, this::shown);
  }

  /** Places one report and says where it went and why: {report, story, newStory, placement}. */
  private ObjectNode place(NewReport r) {
    StoryAssigner.Placed placed = assigner.place(r);
    if (placed.added().duplicate()) throw duplicate(placed.added());
    briefings.changed(placed.storyKey());
    return shown(placed);
  }

  private ObjectNode shown(StoryAssigner.Placed placed) {
    ObjectNode out = Views.JSON.createObjectNode();
    out.set("report", Views.report(placed.added().report()));
    out.set("story", Views.story(store.story(placed.storyKey()).orElseThrow()));
    out.put("newStory", placed.newStory());
    ObjectNode why = out.putObject("placement");
    why.put("closest", placed.newStory() ? null : placed.placement().closest());
    why.put("similarity", Math.round(placed.placement().similarity() * 1000) / 1000.0);
    why.put("probability", Math.round(placed.placement().probability() * 1000) / 1000.0);
    return out;
  }

  /** A person's correction: the report moves to another story ({@code "story": "s3"}) or to a story of its own ("new"). */
  void moveReport(Context ctx) {
    long key = reportKey(ctx);
    var report = store.reportInfo(key).orElseThrow(() -> ApiError.notFound("no report " + ctx.pathParam("id")));
    String target = text(body(ctx), "story", 40, true);
    long from = Ids.parse(report.storyId(), 's').getAsLong();
    long to;
    if (target.equals("new")) {
      String name = report.title() == null || report.title().isBlank() ? "Story of " + report.id() : report.title();
      to = Ids.parse(store.createStory(name.length() <= 200 ? name : name.substring(0, 197) + "...").id(), 's').getAsLong();
    } else {
      to = Ids.parse(target, 's').orElseThrow(() -> ApiError.badRequest("\"story\" is a story id such as s3, or \"new\""));
    }
    Added moved = store.moveReport(key, to).orElseThrow(() -> ApiError.notFound("no story " + target));
    if (moved.duplicate()) throw duplicate(moved);
    briefings.changed(from);
    briefings.changed(to);
    json(ctx, 200, Views.JSON.createObjectNode().set("report", Views.report(moved.report())));
  }

  void uploadReports(Context ctx) throws IOException {
    long key = storyKey(story(ctx));
    boolean[] any = new boolean[1];
    upload(ctx, "reports", "the story already has these reports", r -> {
      Added a = store.addReport(key, r);
      any[0] |= !a.duplicate();
      return a;
    }, a -> a.duplicate() ? a : null, a -> Views.report(a.report()));
    if (any[0]) briefings.changed(key);
  }

  /**
   * Adds each report of each uploaded file and answers {field: [added], duplicates: [the copies
   * already there], skipped: [{file, error}]}: 201, or 400 when nothing was readable, 409 when
   * everything was there already ({@code allThere}).
   */
  private <T> void upload(Context ctx, String field, String allThere, java.util.function.Function<NewReport, T> add,
                          java.util.function.Function<T, Added> duplicateOf, java.util.function.Function<T, ObjectNode> shown)
      throws IOException {
    ArrayNode added = Views.JSON.createArrayNode(), duplicates = Views.JSON.createArrayNode(), skipped = Views.JSON.createArrayNode();
    for (UploadedFile f : uploads(ctx)) {
      String name = f.filename() == null ? "upload" : f.filename();
      List<String> why = new java.util.ArrayList<>();
      List<NewReport> reports = read(f, name, why);
      for (String w : why) skipped.add(Views.JSON.createObjectNode().put("file", name).put("error", w));
      if (reports.isEmpty() && why.isEmpty()) skipped.add(Views.JSON.createObjectNode().put("file", name).put("error", "no readable report in it"));
      for (NewReport r : reports) {
        T result = add.apply(r);
        Added duplicate = duplicateOf.apply(result);
        if (duplicate != null) duplicates.add(Views.report(duplicate.report()));
        else added.add(shown.apply(result));
      }
    }
    ObjectNode out = Views.JSON.createObjectNode();
    out.set(field, added);
    out.set("duplicates", duplicates);
    out.set("skipped", skipped);
    if (added.isEmpty()) {
      out.put("error", duplicates.isEmpty() ? "no readable report in the upload" : allThere);
      json(ctx, duplicates.isEmpty() ? 400 : 409, out);
      return;
    }
    json(ctx, 201, out);
  }

  /** The files of a multipart upload's field "file", each within the size limit. */
  private List<UploadedFile> uploads(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("multipart/form-data")) throw new ApiError(415, "send files as multipart/form-data, field \"file\"");
    List<UploadedFile> files;
    try {
      files = ctx.uploadedFiles("file");
    } catch (Exception e) { // Jetty's parse failures arrive as (undeclared) ServletExceptions
      if (WebServer.tooLarge(e)) throw new ApiError(413, "the request is larger than " + config.maxUploadBytes() + " bytes");
      throw ApiError.badRequest("the body is not multipart/form-data with a boundary and a field \"file\"");
    }
    if (files.isEmpty()) throw ApiError.badRequest("no file in the field \"file\"");
    for (UploadedFile f : files) {
      if (f.size() > config.maxUploadBytes()) throw new ApiError(413, f.filename() + " is larger than " + config.maxUploadBytes() + " bytes");
    }
    return files;
  }

  private static List<NewReport> read(UploadedFile f, String name, List<String> skipped) throws IOException {
    byte[] bytes;
    try (InputStream in = f.content()) {
      bytes = in.readAllBytes();
    }
    return ReportReader.file(name, f.contentType(), bytes, "upload " + clip(name), null, skipped::add);
  }

  /** The article at {@code uri}, fetched safely. */
  private NewReport fetched(URI uri) throws IOException {
    SafeFetcher.Response page;
    try {
      page = fetcher.get(uri, Map.of());
    } catch (SafeFetcher.FetchException e) {
      throw new ApiError(e.refused() ? 400 : 502, e.getMessage());
    }
    if (page.status() / 100 != 2) throw new ApiError(502, uri + " answered HTTP " + page.status());
    List<NewReport> found = ReportReader.file(uri.getPath(), page.contentType(), page.body(), uri.toString(), uri.toString());
    if (found.isEmpty()) throw new ApiError(422, "no readable report at " + uri);
    return found.get(0);
  }

  void addUrl(Context ctx) throws IOException {
    long key = storyKey(story(ctx));
    URI uri = httpUrl(text(body(ctx), "url", 4000, true));
    if (store.hasUrl(key, uri.toString())) {
      throw new ApiError(409, "the story already has the report from " + uri);
    }
    Added a = store.addReport(key, fetched(uri));
    if (a.duplicate()) throw duplicate(a);
    briefings.changed(key);
    json(ctx, 201, Views.JSON.createObjectNode().set("report", Views.report(a.report())));
  }

  void getReport(Context ctx) {
    long key = reportKey(ctx);
    ObjectNode n = Views.report(store.reportInfo(key).orElseThrow(() -> ApiError.notFound("no report " + ctx.pathParam("id"))));
    n.put("text", store.reportText(key).orElse(""));
    json(ctx, 200, n);
  }

  void getOriginal(Context ctx) {
    long key = reportKey(ctx);
    NewReport.Original o = store.original(key).orElseThrow(() -> ApiError.notFound("report " + ctx.pathParam("id") + " has no original file"));
    // Never rendered by the browser: whatever it holds is downloaded as opaque bytes.
    ctx.header("Content-Disposition", "attachment; filename=\"" + ctx.pathParam("id") + "." + ReportReader.extension(o.name(), o.contentType()) + "\"");
    ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
    ctx.contentType("application/octet-stream").result(o.bytes());
  }

  void deleteReport(Context ctx) {
    long key = reportKey(ctx);
    String storyId = store.reportInfo(key).orElseThrow(() -> ApiError.notFound("no report " + ctx.pathParam("id"))).storyId();
    store.deleteReport(key);
    briefings.changed(Ids.parse(storyId, 's').getAsLong());
    ctx.status(204);
  }

  // ---- briefings ----

  void getBriefing(Context ctx) {
    long key = storyKey(ctx);
    StoryInfo story = briefings.story(key).orElseThrow(() -> ApiError.notFound("no story " + ctx.pathParam("id")));
    StoredBriefing b = briefings.current(key).orElse(null);
    // The report set can change a moment before the change is announced: compare signatures too,
    // so a briefing is never called settled while reports it lacks are already readable.
    // a story without reports has nothing to compute: no briefing, and none pending
    boolean pending = b == null ? story.reports() > 0 || briefings.isPending(key)
        : briefings.isPending(key) || !b.signature().equals(store.signature(key));
    Envelope e = envelopes.get(key);
    if (e == null || !e.story().equals(story) || e.briefing() != b || e.pending() != pending) {
      e = envelope(story, b, pending);
      envelopes.put(key, e);
    }
    ctx.header("ETag", e.etag());
    ctx.header("Cache-Control", "no-cache");
    if (e.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.status(200).contentType("application/json").result(e.bytes());
  }

  /** The brief that answers a reader's question: {@code ?q=}; 202 while it is computed. */
  void getFocusBriefing(Context ctx) {
    StoryInfo story = readableStory(ctx);
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) throw ApiError.badRequest("q: ask a question (or give keywords)");
    if (q.length() > ReaderBriefings.MAX_QUESTION) throw ApiError.badRequest("q: at most " + ReaderBriefings.MAX_QUESTION + " characters");
    String asked = ReaderBriefings.asked(q);
    answer(ctx, story, "\"question\":" + quote(asked), readerBriefings.focus(storyKey(story), asked));
  }

  /**
   * What the reports not among those read add for a reader of those; 202 while it is computed. GET
   * takes {@code ?read=r1,r4-r9}; POST a body {@code {"read": ["r1", "r4-r9"]}}, for a list too long for a URL.
   */
  void getUpdateBriefing(Context ctx) {
    StoryInfo story = readableStory(ctx);
    ReaderBriefings.ReadSet read;
    if ("POST".equals(ctx.method().name())) {
      JsonNode list = body(ctx).get("read");
      if (list == null || !list.isArray()) throw ApiError.badRequest("read: an array of report ids or runs of ids (\"r7-r42\")");
      List<String> parts = new ArrayList<>();
      for (JsonNode n : list) {
        if (!n.isTextual()) throw ApiError.badRequest("read: report ids are strings (\"r3\")");
        parts.add(n.asText());
      }
      read = ReaderBriefings.ReadSet.of(parts);
    } else {
      read = ReaderBriefings.ReadSet.parse(ctx.queryParam("read"));
    }
    ReaderBriefings.Answer a = readerBriefings.since(storyKey(story), read);
    if (a == null) a = new ReaderBriefings.Answer(false, null, null); // every report read: nothing new
    answer(ctx, story, "\"read\":" + read.size(), a);
  }

  private StoryInfo readableStory(Context ctx) {
    StoryInfo story = story(ctx);
    if (story.reports() == 0) throw new ApiError(409, "the story has no reports yet: add some first");
    return story;
  }

  private static void answer(Context ctx, StoryInfo story, String asked, ReaderBriefings.Answer a) {
    String body = "{\"story\":" + write(Views.story(story)) + "," + asked + ",\"pending\":" + a.pending()
        + ",\"error\":" + (a.error() == null ? "null" : quote(a.error()))
        + ",\"briefing\":" + (a.json() == null ? "null" : a.json().strip()) + "}";
    ctx.header("Cache-Control", "no-cache");
    ctx.status(a.pending() ? 202 : 200).contentType("application/json").result(body.getBytes(StandardCharsets.UTF_8));
  }

  /** A briefing as the API sends it, encoded once and reused until anything in it changes. */
  private record Envelope(StoryInfo story, StoredBriefing briefing, boolean pending, String etag, byte[] bytes) {}

  private final java.util.concurrent.ConcurrentHashMap<Long, Envelope> envelopes = new java.util.concurrent.ConcurrentHashMap<>();

  private static Envelope envelope(StoryInfo story, StoredBriefing b, boolean pending) {
    String etag = "W/\"" + story.id() + "-" + (b == null ? 0 : b.version()) + (pending ? "p" : "") + "-" + story.reports() + "\"";
    // The briefing is stored already rendered: the envelope only frames it.
    StringBuilder s = new StringBuilder(b == null ? 256 : b.json().length() + 512);
    s.append("{\"story\":").append(write(Views.story(story)))
        .append(",\"version\":").append(b == null ? 0 : b.version())
        .append(",\"computedAt\":").append(b == null ? "null" : quote(b.computedAt().toString()))
        .append(",\"pending\":").append(pending)
        .append(",\"error\":").append(b == null || b.error() == null ? "null" : quote(b.error()))
        .append(",\"briefing\":").append(b == null ? "null" : b.json().strip())
        .append('}');
    return new Envelope(story, b, pending, etag, s.toString().getBytes(StandardCharsets.UTF_8));
  }

  void export(Context ctx) {
    StoryInfo story = story(ctx);
    String format = ctx.pathParam("format");
    if (!List.of("md", "html", "json").contains(format)) throw ApiError.notFound("no export format " + clip(format) + " (md, html or json)");
    StoredBriefing b = briefings.current(storyKey(story)).orElseThrow(() -> new ApiError(409, story.reports() == 0
        ? "the story has no reports yet: add some, then export its briefing"
        : "the briefing is still being computed; try again in a moment"));
    String file = "briefing-" + story.id();
    switch (format) {
      case "md" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + ".md\"");
        ctx.contentType("text/markdown; charset=utf-8").result(b.markdown());
      }
      case "json" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + ".json\"");
        ctx.contentType("application/json").result(b.json());
      }
      case "html" -> {
        // The renderer's page has inline style and no script; sandboxed all the same.
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        ctx.header("Content-Disposition", "inline; filename=\"" + file + ".html\"");
        ctx.contentType("text/html; charset=utf-8").result(b.html());
      }
      default -> throw new IllegalStateException(format);
    }
  }

  // ---- feeds ----

  void listFeeds(Context ctx) {
    listFeeds(ctx, storyKey(story(ctx)));
  }

  /** Feeds of no story (their reports are placed where they belong). */
  void listUnassignedFeeds(Context ctx) {
    listFeeds(ctx, null);
  }

  private void listFeeds(Context ctx, Long storyKey) {
    ArrayNode items = Views.JSON.createArrayNode();
    store.feeds(storyKey).forEach(f -> items.add(Views.feed(f)));
    ObjectNode out = Views.JSON.createObjectNode();
    out.set("items", items);
    out.put("total", items.size());
    json(ctx, 200, out);
  }

  void addFeed(Context ctx) {
    follow(ctx, storyKey(story(ctx)));
  }

  /** A feed for no story: each report it brings is placed in the story it belongs to. */
  void followFeed(Context ctx) {
    follow(ctx, null);
  }

  private void follow(Context ctx, Long storyKey) {
    JsonNode b = body(ctx);
    URI uri = feedUrl(b);
    json(ctx, 201, Views.feed(store.addFeed(storyKey, uri.toString(), feedInterval(b))));
  }

  private URI feedUrl(JsonNode b) {
    URI uri = httpUrl(text(b, "url", 4000, true));
    try {
      fetcher.check(uri); // refuse a private address now rather than at every poll
    } catch (SafeFetcher.FetchException e) {
      throw new ApiError(e.refused() ? 400 : 502, e.getMessage());
    }
    return uri;
  }

  /** The poll interval asked for, never below the server's minimum. */
  private int feedInterval(JsonNode b) {
    long min = config.minFeedInterval().toSeconds();
    long asked = b.hasNonNull("intervalSeconds") ? b.get("intervalSeconds").asLong(min) : min;
    if (asked <= 0 || asked > 7 * 24 * 3600) throw ApiError.badRequest("intervalSeconds must be 1..604800");
    return (int) Math.max(min, asked);
  }

  void deleteFeed(Context ctx) {
    if (!store.deleteFeed(feedKey(ctx))) throw ApiError.notFound("no feed " + ctx.pathParam("id"));
    ctx.status(204);
  }

  void pollFeed(Context ctx) {
    long key = feedKey(ctx);
    FeedState feed = store.feed(key).orElseThrow(() -> ApiError.notFound("no feed " + ctx.pathParam("id")));
    // "poll now" is as soon as the feed may be polled again: never more often than --min-feed-interval
    Instant now = Instant.now();
    Instant allowed = feed.lastPolled() == null ? now : feed.lastPolled().plus(config.minFeedInterval());
    if (!store.pollAt(key, allowed.isAfter(now) ? allowed : now)) throw ApiError.notFound("no feed " + ctx.pathParam("id"));
    json(ctx, 202, Views.feed(store.feed(key).orElseThrow()));
  }

  // ---- search and the rest ----

  void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) throw ApiError.badRequest("say what to search for: ?q=words");
    if (q.length() > 500) throw ApiError.badRequest("the query is longer than 500 characters");
    json(ctx, 200, Views.page(store.search(q, limit(ctx), offset(ctx)), Views::hit));
  }

  void health(Context ctx) {
    json(ctx, 200, Views.JSON.createObjectNode().put("ok", true).put("schemaVersion", store.schemaVersion()));
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  // ---- helpers ----

  private StoryInfo story(Context ctx) {
    return store.story(storyKey(ctx)).orElseThrow(() -> ApiError.notFound("no story " + ctx.pathParam("id")));
  }

  private static long storyKey(StoryInfo s) {
    return Ids.parse(s.id(), 's').getAsLong();
  }

  private static long storyKey(Context ctx) {
    return Ids.parse(ctx.pathParam("id"), 's').orElseThrow(() -> ApiError.notFound("no story " + clip(ctx.pathParam("id"))));
  }

  private static long reportKey(Context ctx) {
    return Ids.parse(ctx.pathParam("id"), 'r').orElseThrow(() -> ApiError.notFound("no report " + clip(ctx.pathParam("id"))));
  }

  private static long feedKey(Context ctx) {
    return Ids.parse(ctx.pathParam("id"), 'f').orElseThrow(() -> ApiError.notFound("no feed " + clip(ctx.pathParam("id"))));
  }

  private static ApiError duplicate(Added a) {
    return new DuplicateError(a);
  }

  /** A 409 that also names the report the story already has. */
  static final class DuplicateError extends ApiError {
    final Added added;

    DuplicateError(Added a) {
      super(409, "the story already has this report (" + a.report().id() + ")");
      this.added = a;
    }
  }

  static int limit(Context ctx) {
    return intParam(ctx, "limit", DEFAULT_LIMIT, 1, 500);
  }

  static int offset(Context ctx) {
    return intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  private static int intParam(Context ctx, String name, int def, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return def;
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) throw ApiError.badRequest(name + " must be " + min + ".." + max);
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a whole number");
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectReader STRICT_JSON = Views.JSON.reader()
      .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The request's JSON object; 415 unless it is sent as JSON (a cross-site form cannot send that). */
  private static JsonNode body(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) throw new ApiError(415, "send JSON with Content-Type: application/json");
    String text;
    try {
      // strictly: an overlong or broken UTF-8 sequence is refused, not read as some other character
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(ctx.bodyAsBytes())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw ApiError.badRequest("the body is not valid UTF-8");
    }
    try {
      JsonNode n = STRICT_JSON.readTree(text);
      if (n == null || !n.isObject()) throw ApiError.badRequest("the body must be a JSON object");
      return n;
    } catch (IOException e) {
      throw ApiError.badRequest("the body is not valid JSON (one object, nothing after it)");
    }
  }

  private static String text(JsonNode b, String field, int max, boolean required) {
    JsonNode v = b.get(field);
    if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
      if (required) throw ApiError.badRequest(field + " is required");
      return null;
    }
    if (!v.isTextual()) throw ApiError.badRequest(field + " must be a string");
    String s = v.asText().strip();
    if (s.length() > max) throw ApiError.badRequest(field + " is longer than " + max + " characters");
    return s;
  }

  private static URI httpUrl(String s) {
    try {
      URI u = new URI(s.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw ApiError.badRequest("not an http or https URL: " + clip(s));
      }
      return u;
    } catch (URISyntaxException e) {
      throw ApiError.badRequest("not a URL: " + clip(s));
    }
  }

  static void json(Context ctx, int status, JsonNode n) {
    ctx.status(status).contentType("application/json").result(write(n).getBytes(StandardCharsets.UTF_8));
  }

  private static String write(JsonNode n) {
    try {
      return Views.JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String quote(String s) {
    return write(Views.JSON.getNodeFactory().textNode(s));
  }

  private static String clip(String s) {
    return s == null ? "" : s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
