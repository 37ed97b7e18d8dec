package dev.newsbrief.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.newsbrief.store.FeedState;
import dev.newsbrief.store.Ids;
import dev.newsbrief.store.NewReport;
import dev.newsbrief.store.Store;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;

/**
 * Polls the feeds stories subscribe to, politely: each feed no more often than its interval (at
 * least the configured minimum), with conditional GETs (ETag, Last-Modified) so an unchanged feed
 * costs the publisher a 304, and backing off when a feed keeps failing. New entries are fetched as
 * articles (through {@link SafeFetcher}); when the article cannot be fetched, the entry's own text
 * stands in. Entries already in the story (same URL, or same text) are skipped.
 */
public final class FeedPoller implements AutoCloseable {
  private static final int MAX_ENTRIES_PER_POLL = 50;
  private static final int MAX_BACKOFF = 12;

  private final Store store;
  private final SafeFetcher fetcher;
  private final Briefings briefings;
  private final Duration tick;
  private final ScheduledExecutorService timer;
  private volatile boolean closed;

  /** Places the reports of feeds that belong to no story (null: such feeds add nothing). */
  private volatile StoryAssigner assigner;

  void placeWith(StoryAssigner assigner) {
    this.assigner = assigner;
  }

  public FeedPoller(Store store, SafeFetcher fetcher, Briefings briefings, Duration tick) {
    this.store = store;
    this.fetcher = fetcher;
    this.briefings = briefings;
    this.tick = tick;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsbrief-feeds");
      t.setDaemon(true);
      return t;
    });
  }

  public void start() {
    timer.scheduleWithFixedDelay(this::pollDue, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Polls every feed that is due now. */
  void pollDue() {
    try {
      for (FeedState f : store.dueFeeds(Instant.now())) {
        if (closed) return;
        poll(f);
      }
    } catch (RuntimeException e) {
      System.err.println("newsbrief: feed polling failed: " + e);
    }
  }

  /** Polls one feed and records the outcome; returns how many reports it added. */
  int poll(FeedState feed) {
    long feedKey = Ids.parse(feed.id(), 'f').getAsLong();
    Long storyKey = feed.storyId() == null ? null : Ids.parse(feed.storyId(), 's').getAsLong();
    Instant now = Instant.now();
    Map<String, String> headers = new HashMap<>();
    if (feed.etag() != null) headers.put("If-None-Match", feed.etag());
    if (feed.lastModified() != null) headers.put("If-Modified-Since", feed.lastModified());
    try {
      SafeFetcher.Response r = fetcher.get(URI.create(feed.url()), headers);
      if (r.status() == 304) {
        store.recordPoll(feedKey, null, feed.etag(), feed.lastModified(), now, now.plusSeconds(feed.intervalSeconds()), null, 0, 0);
        return 0;
      }
      if (r.status() / 100 != 2) throw new FeedFailure("the feed answered HTTP " + r.status());
      SyndFeed parsed;
      try {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false); // no DTDs, so no external entities
        parsed = input.build(new XmlReader(new ByteArrayInputStream(r.body()), r.contentType(), true));
      } catch (Exception e) {
        throw new FeedFailure("not a readable RSS or Atom feed: " + e.getMessage());
      }
      int added = 0;
      List<SyndEntry> entries = parsed.getEntries();
      java.util.Set<Long> changed = new java.util.HashSet<>();
      for (SyndEntry e : entries.subList(0, Math.min(MAX_ENTRIES_PER_POLL, entries.size()))) {
        Long into = addEntry(storyKey, r.uri(), parsed.getTitle(), e);
        if (into != null) {
          added++;
          changed.add(into);
        }
      }
      for (long key : changed) briefings.changed(key);
      store.recordPoll(feedKey, parsed.getTitle(), r.etag(), r.lastModified(), now, now.plusSeconds(feed.intervalSeconds()),
          null, 0, added);
      return added;
    } catch (SafeFetcher.FetchException | FeedFailure | RuntimeException e) {
      int failures = feed.failures() + 1;
      long wait = (long) feed.intervalSeconds() * Math.min(MAX_BACKOFF, 1L << Math.min(failures - 1, 4));
      store.recordPoll(feedKey, null, feed.etag(), feed.lastModified(), now, now.plusSeconds(wait), e.getMessage(), failures, 0);
      return 0;
    }
  }

  /** Adds an entry's report to the story (or, for a feed of no story, where it belongs); returns the story it went to, or null. */
  private Long addEntry(Long storyKey, URI feedUri, String feedTitle, SyndEntry e) {
    String link = link(feedUri, e);
    if (link != null && store.hasUrl(storyKey, link)) return null;
    String title = e.getTitle() == null ? "" : e.getTitle().strip();
    LocalDate published = date(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
    NewReport report = null;
    if (link != null) report = fetchArticle(link, title, feedTitle, published);
    if (report == null) {
      String text = entryText(e);
      if (text.isBlank()) return null;
      report = new NewReport(title, text, feedTitle, link, published, "feed " + feedUri, null);
    }
    if (storyKey == null) {
      StoryAssigner a = assigner;
      if (a == null) return null;
      StoryAssigner.Placed placed = a.place(report);
      return placed.added().duplicate() ? null : placed.storyKey();
    }
    return store.addReport(storyKey, report).duplicate() ? null : storyKey;
  }

  private NewReport fetchArticle(String link, String title, String feedTitle, LocalDate published) {
    try {
      SafeFetcher.Response page = fetcher.get(URI.create(link), Map.of());
      if (page.status() / 100 != 2) return null;
      List<NewReport> found = ReportReader.file(link, page.contentType(), page.body(), link, link);
      if (found.isEmpty()) return null;
      NewReport a = found.get(0);
      return new NewReport(title.isEmpty() ? a.title() : title, a.text(), a.outlet() != null ? a.outlet() : feedTitle,
          link, a.published() != null ? a.published() : published, a.origin(), a.original());
    } catch (SafeFetcher.FetchException | java.io.IOException | IllegalArgumentException ex) {
      return null;
    }
  }

  private static String link(URI feedUri, SyndEntry e) {
    String l = e.getLink() != null ? e.getLink() : e.getUri();
    if (l == null || l.isBlank()) return null;
    try {
      URI u = feedUri.resolve(l.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? u.toString() : null;
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  /** The entry's own text: its content, else its description, as plain text. */
  private static String entryText(SyndEntry e) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : e.getContents()) if (c.getValue() != null) html.append(c.getValue()).append("\n");
    if (html.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null) {
      html.append(e.getDescription().getValue());
    }
    return Jsoup.parse(html.toString()).text().strip();
  }

  private static LocalDate date(Date d) {
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static final class FeedFailure extends Exception {
    FeedFailure(String message) {
      super(message);
    }
  }

  @Override
  public void close() {
    closed = true;
    timer.shutdown(); // no interrupt: a poll may be writing to the store
    try {
      timer.awaitTermination(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
