package dev.newsbrief.store;

import dev.newsbrief.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The durable store of {@code newsbrief serve}, in one data folder: an H2 database ({@code db/})
 * that holds everything, and a Lucene index ({@code index/}) derived from it.
 *
 * <p>Durability: a method that adds or changes something returns only after the database
 * transaction is committed and written out (H2 with {@code WRITE_DELAY=0}), so whatever a caller was
 * told survives the process being killed at any moment. The index is committed in the background;
 * on open it is reconciled with the database (missing reports indexed, stale ones removed), so it
 * always ends up consistent. Writes are serialised by one lock: the database and the index see them
 * in the same order.
 */
public final class Store implements AutoCloseable {
  private static final int MAX_LIMIT = 500;

  private final JdbcConnectionPool pool;
  private final SearchIndex index;
  private final ReentrantLock writes = new ReentrantLock();
  private final ScheduledExecutorService committer;

  private Store(JdbcConnectionPool pool, SearchIndex index, long indexCommitMillis) {
    this.pool = pool;
    this.index = index;
    this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsbrief-index-commit");
      t.setDaemon(true);
      return t;
    });
    committer.scheduleWithFixedDelay(this::commitIndexQuietly, indexCommitMillis, indexCommitMillis, TimeUnit.MILLISECONDS);
  }

  /** Opens (creating or upgrading as needed) the store in {@code dir}. */
  public static Store open(Path dir) {
    return open(dir, Migrations.LATEST, 1000);
  }

  /** Opens the store, migrating the schema only up to {@code schemaVersion} (tests of upgrades use this). */
  static Store open(Path dir, int schemaVersion, long indexCommitMillis) {
    try {
      Files.createDirectories(dir.resolve("db"));
    } catch (IOException e) {
      throw new StoreException("cannot create data folder " + dir + ": " + e.getMessage(), e);
    }
    String url = "jdbc:h2:file:" + dir.resolve("db").resolve("newsbrief").toAbsolutePath()
        + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "newsbrief", "");
    pool.setMaxConnections(32);
    SearchIndex index = null;
    try (Connection c = pool.getConnection()) {
      Migrations.migrate(c, schemaVersion);
      index = SearchIndex.open(dir.resolve("index"));
      Store store = new Store(pool, index, indexCommitMillis);
      if (schemaVersion == Migrations.LATEST) store.reconcileIndex();
      return store;
    } catch (SQLException e) {
      pool.dispose();
      String msg = e.getMessage() != null && e.getMessage().contains("already in use")
          ? "data folder " + dir + " is in use by another newsbrief" : "cannot open the store in " + dir + ": " + e.getMessage();
      throw new StoreException(msg, e);
    } catch (IOException e) {
      pool.dispose();
      throw new StoreException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The schema version of the database. */
  public int schemaVersion() {
    try (Connection c = pool.getConnection()) {
      return Migrations.version(c);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  // ---- stories ----

  public StoryInfo createStory(String name) {
    writes.lock();
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "INSERT INTO stories(name, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      Instant now = Instant.now();
      p.setString(1, name);
      p.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      p.executeUpdate();
      try (ResultSet k = p.getGeneratedKeys()) {
        k.next();
        return new StoryInfo(Ids.story(k.getLong(1)), name, now, 0, 0, null);
      }
    } catch (SQLException e) {
      if (isUniqueViolation(e)) throw new Conflict("a story named \"" + name + "\" exists");
      throw fail(e);
    } finally {
      writes.unlock();
    }
  }

  private static final String STORY_COLUMNS =
      "s.id, s.name, s.created_at, (SELECT COUNT(*) FROM reports r WHERE r.story_id = s.id),"
          + " (SELECT COUNT(DISTINCT LOWER(r.outlet)) FROM reports r WHERE r.story_id = s.id),"
          + " (SELECT MAX(r.added_at) FROM reports r WHERE r.story_id = s.id)";

  public Optional<StoryInfo> story(long key) {
    return one("SELECT " + STORY_COLUMNS + " FROM stories s WHERE s.id = ?", Store::story, key);
  }

  /**
   * Stories as a news front page lists them: those with reports of the most recent day first, and
   * among those of one day the best corroborated (most outlets, then most reports), then the newest.
   */
  public Page<StoryInfo> stories(int limit, int offset) {
    return page("SELECT " + STORY_COLUMNS + " FROM stories s ORDER BY"
            + " COALESCE((SELECT CAST(MAX(r.added_at) AS DATE) FROM reports r WHERE r.story_id = s.id), DATE '1970-01-01') DESC,"
            + " (SELECT COUNT(DISTINCT LOWER(r.outlet)) FROM reports r WHERE r.story_id = s.id) DESC,"
            + " (SELECT COUNT(*) FROM reports r WHERE r.story_id = s.id) DESC, s.id DESC LIMIT ? OFFSET ?",
        "SELECT COUNT(*) FROM stories", Store::story, limit, offset);
  }

  /** All story keys (for startup work such as recomputing stale briefings). */
  public List<Long> storyKeys() {
    return list("SELECT id FROM stories ORDER BY id", r -> r.getLong(1));
  }

  public boolean deleteStory(long key) {
    writes.lock();
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement("DELETE FROM stories WHERE id = ?")) {
      p.setLong(1, key);
      boolean gone = p.executeUpdate() > 0;
      if (gone) index.deleteStory(key);
      return gone;
    } catch (SQLException e) {
      throw fail(e);
    } finally {
      writes.unlock();
    }
  }

  private static StoryInfo story(ResultSet r) throws SQLException {
    return new StoryInfo(Ids.story(r.getLong(1)), r.getString(2), instant(r, 3), r.getInt(4), r.getInt(5), instant(r, 6));
  }

  // ---- reports ----

  /**
   * Adds a report to a story, unless the story already has one with the same URL or the same text.
   * Returns after the report is durably committed.
   *
   * @throws java.util.NoSuchElementException when the story does not exist
   */
  public Added addReport(long storyKey, NewReport r) {
    String hash = Migrations.contentHash(r.text());
    writes.lock();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (!exists(c, "SELECT 1 FROM stories WHERE id = ?", storyKey)) {
          throw new java.util.NoSuchElementException("no story " + Ids.story(storyKey));
        }
        Optional<Long> same = r.url() == null ? Optional.empty()
            : firstKey(c, "SELECT id FROM reports WHERE story_id = ? AND url = ?", storyKey, r.url());
        if (same.isEmpty()) same = firstKey(c, "SELECT id FROM reports WHERE story_id = ? AND content_hash = ?", storyKey, hash);
        if (same.isPresent()) {
          c.rollback();
          return new Added(reportInfo(c, same.get()), true);
        }
        Long originalKey = r.original() == null ? null : original(c, r.original());
        long key;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO reports(story_id, title, outlet, url, published,"
            + " origin, text, original_id, added_at, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
          p.setLong(1, storyKey);
          p.setString(2, clip(r.title(), 2000));
          p.setString(3, clip(r.outlet(), 500));
          p.setString(4, clip(r.url(), 4000));
          p.setObject(5, r.published());
          p.setString(6, clip(r.origin(), 4000));
          p.setString(7, r.text());
          if (originalKey == null) p.setNull(8, Types.BIGINT);
          else p.setLong(8, originalKey);
          p.setObject(9, OffsetDateTime.now(ZoneOffset.UTC));
          p.setString(10, hash);
          p.executeUpdate();
          try (ResultSet k = p.getGeneratedKeys()) {
            k.next();
            key = k.getLong(1);
          }
        }
        c.commit();
        index.put(key, storyKey, r.title(), r.text());
        return new Added(reportInfo(c, key), false);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw fail(e);
    } finally {
      writes.unlock();
    }
  }

  /**
   * Moves a report to another story (a person's correction). Returns the report as it now is, or
   * empty when the report or the story does not exist; refuses (as a duplicate, returning the
   * target's copy) when the target story already holds the same URL or text.
   */
  public Optional<Added> moveReport(long reportKey, long storyKey) {
    writes.lock();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        Optional<Long> from = firstKey(c, "SELECT story_id FROM reports WHERE id = ?", reportKey);
        if (from.isEmpty() || !exists(c, "SELECT 1 FROM stories WHERE id = ?", storyKey)) {
          c.rollback();
          return Optional.empty();
        }
        if (from.get() == storyKey) {
          c.rollback();
          return Optional.of(new Added(reportInfo(c, reportKey), false));
        }
        Optional<Long> same = firstKey(c, "SELECT t.id FROM reports t, reports r WHERE r.id = ? AND t.story_id = ?"
            + " AND (t.content_hash = r.content_hash OR t.url = r.url)", reportKey, storyKey);
        if (same.isPresent()) {
          c.rollback();
          return Optional.of(new Added(reportInfo(c, same.get()), true));
        }
        String title, text;
        try (PreparedStatement p = c.prepareStatement("SELECT title, text FROM reports WHERE id = ?")) {
          p.setLong(1, reportKey);
          try (ResultSet r = p.executeQuery()) {
            r.next();
            title = r.getString(1);
            text = r.getString(2);
          }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE reports SET story_id = ? WHERE id = ?")) {
          p.setLong(1, storyKey);
          p.setLong(2, reportKey);
          p.executeUpdate();
        }
        c.commit();
        index.put(reportKey, storyKey, title, text);
        return Optional.of(new Added(reportInfo(c, reportKey), false));
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw fail(e);
    } finally {
      writes.unlock();
    }
  }

  private static Long original(Connection c, NewReport.Original o) throws SQLException {
    String sha = Migrations.sha256(o.bytes());
    Optional<Long> existing = firstKey(c, "SELECT id FROM originals WHERE sha256 = ?", sha);
    if (existing.isPresent()) return existing.get();
    try (PreparedStatement p = c.prepareStatement("INSERT INTO originals(sha256, name, content_type, bytes) VALUES (?,?,?,?)",
        Statement.RETURN_GENERATED_KEYS)) {
      p.setString(1, sha);
      p.setString(2, clip(o.name(), 300));
      p.setString(3, clip(o.contentType(), 200));
      p.setBytes(4, o.bytes());
      p.executeUpdate();
      try (ResultSet k = p.getGeneratedKeys()) {
        k.next();
        return k.getLong(1);
      }
    }
  }

  private static final String REPORT_COLUMNS = "id, story_id, title, outlet, url, published, origin, added_at,"
      + " LENGTH(text), original_id IS NOT NULL";

  private static ReportInfo reportInfo(ResultSet r) throws SQLException {
    return new ReportInfo(Ids.report(r.getLong(1)), Ids.story(r.getLong(2)), r.getString(3), r.getString(4),
        r.getString(5), r.getObject(6, LocalDate.class), r.getString(7), instant(r, 8), r.getInt(9), r.getBoolean(10));
  }

  private static ReportInfo reportInfo(Connection c, long key) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM reports WHERE id = ?")) {
      p.setLong(1, key);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return reportInfo(r);
      }
    }
  }

  /** Every report's key, oldest first. */
  public List<Long> reportKeys() {
    return list("SELECT id FROM reports ORDER BY id", r -> r.getLong(1));
  }

  /** One report as an Article (text included). */
  public Optional<Article> article(long key) {
    return one("SELECT " + ARTICLE_COLUMNS + " FROM reports WHERE id = ?", Store::article, key);
  }

  /** A report's metadata. */
  public Optional<ReportInfo> reportInfo(long key) {
    return one("SELECT " + REPORT_COLUMNS + " FROM reports WHERE id = ?", Store::reportInfo, key);
  }

  /** A report's text, exactly as the briefing's offsets point into it. */
  public Optional<String> reportText(long key) {
    return one("SELECT text FROM reports WHERE id = ?", r -> r.getString(1), key);
  }

  /** The bytes a report was extracted from, when it came from a file or a URL. */
  public Optional<NewReport.Original> original(long reportKey) {
    return one("SELECT o.name, o.content_type, o.bytes FROM reports r JOIN originals o ON o.id = r.original_id WHERE r.id = ?",
        r -> new NewReport.Original(r.getString(1), r.getString(2), r.getBytes(3)), reportKey);
  }

  /** A story's reports, oldest first. */
  public Page<ReportInfo> reports(long storyKey, int limit, int offset) {
    return page("SELECT " + REPORT_COLUMNS + " FROM reports WHERE story_id = ? ORDER BY id LIMIT ? OFFSET ?",
        "SELECT COUNT(*) FROM reports WHERE story_id = ?", Store::reportInfo, limit, offset, storyKey);
  }

  /** A story's reports as the pipeline reads them: the article id is the report id. */
  public List<Article> articles(long storyKey) {
    return list("SELECT " + ARTICLE_COLUMNS + " FROM reports WHERE story_id = ? ORDER BY id", Store::article, storyKey);
  }

  private static final String ARTICLE_COLUMNS = "id, title, text, outlet, url, published, origin";

  private static Article article(ResultSet r) throws SQLException {
    return new Article(Ids.report(r.getLong(1)), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
        r.getObject(6, LocalDate.class), r.getString(7));
  }

  /** Whether the story holds a report from this URL (feeds skip those before fetching). */
  public boolean hasUrl(Long storyKey, String url) {
    return storyKey == null ? one("SELECT 1 FROM reports WHERE url = ?", r -> true, url).isPresent() // any story
        : one("SELECT 1 FROM reports WHERE story_id = ? AND url = ?", r -> true, storyKey, url).isPresent();
  }

  public boolean deleteReport(long key) {
    writes.lock();
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement("DELETE FROM reports WHERE id = ?")) {
      p.setLong(1, key);
      boolean gone = p.executeUpdate() > 0;
      if (gone) index.delete(key);
      return gone;
    } catch (SQLException e) {
      throw fail(e);
    } finally {
      writes.unlock();
    }
  }

  // ---- analyses ----

  /**
   * The analysis kept for a report under {@code key} ({@code AnalysisCodec}'s name for what it was
   * made from and by which code); empty when none is, or one made from something else.
   */
  public Optional<byte[]> analysis(long reportKey, String key) {
    return one("SELECT data FROM analyses WHERE report_id = ? AND analysis_key = ?", r -> r.getBytes(1), reportKey, key);
  }

  /**
   * Keeps a report's analysis, in place of the one it had (a report is read one way at a time: its
   * story's cleaning and this code). Nothing is kept for a report that is gone.
   */
  public void saveAnalysis(long reportKey, String key, byte[] data) {
    writes.lock();
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "MERGE INTO analyses(report_id, analysis_key, data, saved_at) KEY(report_id) VALUES (?,?,?,?)")) {
      p.setLong(1, reportKey);
      p.setString(2, key);
      p.setBytes(3, data);
      p.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
      p.executeUpdate();
    } catch (SQLException e) {
      // the report was deleted meanwhile: there is nothing to keep its analysis for
      if (e.getErrorCode() != org.h2.api.ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1) throw fail(e);
    } finally {
      writes.unlock();
    }
  }

  /**
   * What a story's briefing depends on: its report set. Equal signatures mean the same reports
   * (reports are never edited, only added or deleted, and keys are never reused).
   */
  /** The characters of a story's reports, each counted up to {@code perReport}: what briefing it will read. */
  public long textChars(long storyKey, int perReport) {
    return one("SELECT COALESCE(SUM(LEAST(LENGTH(text), ?)), 0) FROM reports WHERE story_id = ?", r -> r.getLong(1),
        perReport, storyKey).orElseThrow();
  }

  public String signature(long storyKey) {
    return one("SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(id), 0) FROM reports WHERE story_id = ?",
        r -> r.getLong(1) + ":" + r.getLong(2) + ":" + r.getLong(3), storyKey).orElseThrow();
  }

  // ---- search ----

  /** Reports matching a query (words, "phrases", AND/OR/NOT), best first, with a snippet each. */
  public Page<SearchHit> search(String query, int limit, int offset) {
    int lim = clampLimit(limit);
    try {
      SearchIndex.Hits hits = index.search(query, lim, Math.max(0, offset));
      Set<String> terms = index.terms(query);
      List<SearchHit> out = new ArrayList<>();
      for (SearchIndex.Hit h : hits.hits()) {
        Optional<String[]> row = one("SELECT story_id, title, text FROM reports WHERE id = ?",
            r -> new String[] {Long.toString(r.getLong(1)), r.getString(2), r.getString(3)}, h.key());
        if (row.isEmpty()) continue; // deleted since the index last caught up
        String text = row.get()[2];
        out.add(snippet(h, Ids.story(Long.parseLong(row.get()[0])), row.get()[1], text, index.find(text, terms)));
      }
      return new Page<>(out, hits.total(), lim, Math.max(0, offset));
    } catch (IOException e) {
      throw new StoreException("search failed: " + e.getMessage(), e);
    }
  }

  private static SearchHit snippet(SearchIndex.Hit h, String storyId, String title, String text, List<int[]> spans) {
    int center = spans.isEmpty() ? 0 : spans.get(0)[0];
    int start = Math.max(0, center - 80);
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
    int end = Math.min(text.length(), start + 240);
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
    List<Integer> inside = new ArrayList<>();
    for (int[] s : spans) {
      if (s[0] >= start && s[1] <= end) {
        inside.add(s[0] - start);
        inside.add(s[1] - start);
      }
    }
    return new SearchHit(Ids.report(h.key()), storyId, title, h.score(), text.substring(start, end), start,
        inside.stream().mapToInt(Integer::intValue).toArray());
  }

  // ---- feeds ----

  /**
   * Follows a feed for a story, or with {@code storyKey} null for no story in particular: then
   * each report it brings is placed in the story it belongs to, and a URL is followed once so.
   */
  public FeedState addFeed(Long storyKey, String url, int intervalSeconds) {
    writes.lock();
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "INSERT INTO feeds(story_id, url, interval_seconds, next_poll) VALUES (?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
      if (storyKey != null && !exists(c, "SELECT 1 FROM stories WHERE id = ?", storyKey)) {
        throw new java.util.NoSuchElementException("no story " + Ids.story(storyKey));
      }
      // the unique (story, url) constraint does not hold for a story of NULL
      if (storyKey == null && exists(c, "SELECT 1 FROM feeds WHERE story_id IS NULL AND url = ?", url)) {
        throw new Conflict("already following " + url);
      }
      if (storyKey == null) p.setNull(1, Types.BIGINT);
      else p.setLong(1, storyKey);
      p.setString(2, url);
      p.setInt(3, intervalSeconds);
      p.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
      p.executeUpdate();
      try (ResultSet k = p.getGeneratedKeys()) {
        k.next();
        return feed(k.getLong(1)).orElseThrow();
      }
    } catch (SQLException e) {
      if (isUniqueViolation(e)) throw new Conflict("the story already follows " + url);
      throw fail(e);
    } finally {
      writes.unlock();
    }
  }

  private static final String FEED_COLUMNS = "id, story_id, url, interval_seconds, title, etag, last_modified,"
      + " last_polled, next_poll, last_error, failures, items_added";

  private static FeedState feed(ResultSet r) throws SQLException {
    long story = r.getLong(2);
    String storyId = r.wasNull() ? null : Ids.story(story); // a feed of no story
    return new FeedState(Ids.feed(r.getLong(1)), storyId, r.getString(3), r.getInt(4), r.getString(5),
        r.getString(6), r.getString(7), instant(r, 8), instant(r, 9), r.getString(10), r.getInt(11), r.getInt(12));
  }

  public Optional<FeedState> feed(long key) {
    return one("SELECT " + FEED_COLUMNS + " FROM feeds WHERE id = ?", Store::feed, key);
  }

  public List<FeedState> feeds(Long storyKey) {
    return storyKey == null ? list("SELECT " + FEED_COLUMNS + " FROM feeds WHERE story_id IS NULL ORDER BY id", Store::feed)
        : list("SELECT " + FEED_COLUMNS + " FROM feeds WHERE story_id = ? ORDER BY id", Store::feed, storyKey);
  }

  /** Feeds whose next poll is due at {@code now}, most overdue first. */
  public List<FeedState> dueFeeds(Instant now) {
    return list("SELECT " + FEED_COLUMNS + " FROM feeds WHERE next_poll <= ? ORDER BY next_poll", Store::feed,
        OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
  }

  /** Records the outcome of a poll. */
  public void recordPoll(long feedKey, String title, String etag, String lastModified, Instant polled, Instant next,
                         String error, int failures, int added) {
    update("UPDATE feeds SET title = COALESCE(?, title), etag = ?, last_modified = ?, last_polled = ?, next_poll = ?,"
            + " last_error = ?, failures = ?, items_added = items_added + ? WHERE id = ?",
        clip(title, 1000), clip(etag, 1000), clip(lastModified, 200), OffsetDateTime.ofInstant(polled, ZoneOffset.UTC),
        OffsetDateTime.ofInstant(next, ZoneOffset.UTC), clip(error, 2000), failures, added, feedKey);
  }

  /** Makes a feed due now (a person asked to poll it). */
  /** Asks for the feed to be polled at {@code when} (not later than it was due); false when there is no such feed. */
  public boolean pollAt(long feedKey, Instant when) {
    return update("UPDATE feeds SET next_poll = CASE WHEN next_poll < ? THEN next_poll ELSE ? END WHERE id = ?",
        OffsetDateTime.ofInstant(when, ZoneOffset.UTC), OffsetDateTime.ofInstant(when, ZoneOffset.UTC), feedKey) > 0;
  }

  public boolean deleteFeed(long feedKey) {
    return update("DELETE FROM feeds WHERE id = ?", feedKey) > 0;
  }

  // ---- briefings ----

  /** Stores a newly computed briefing as the next version of the story's briefing; returns it. */
  public StoredBriefing saveBriefing(long storyKey, String signature, String json, String markdown, String html, String error) {
    writes.lock();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        int version = one(c, "SELECT version FROM briefings WHERE story_id = ?", r -> r.getInt(1), storyKey).orElse(0) + 1;
        Instant now = Instant.now();
        try (PreparedStatement p = c.prepareStatement("MERGE INTO briefings(story_id, version, signature, computed_at,"
            + " json, markdown, html, error) KEY(story_id) VALUES (?,?,?,?,?,?,?,?)")) {
          p.setLong(1, storyKey);
          p.setInt(2, version);
          p.setString(3, signature);
          p.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
          p.setString(5, json);
          p.setString(6, markdown);
          p.setString(7, html);
          p.setString(8, clip(error, 2000));
          p.executeUpdate();
        }
        c.commit();
        return new StoredBriefing(Ids.story(storyKey), version, signature, now, json, markdown, html, error);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      if (e.getErrorCode() == org.h2.api.ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1) {
        throw new java.util.NoSuchElementException("no story " + Ids.story(storyKey));
      }
      throw fail(e);
    } finally {
      writes.unlock();
    }
  }

  public Optional<StoredBriefing> briefing(long storyKey) {
    return one("SELECT story_id, version, signature, computed_at, json, markdown, html, error FROM briefings WHERE story_id = ?",
        r -> new StoredBriefing(Ids.story(r.getLong(1)), r.getInt(2), r.getString(3), instant(r, 4), r.getString(5),
            r.getString(6), r.getString(7), r.getString(8)), storyKey);
  }

  // ---- consistency ----

  /**
   * Makes the index hold exactly the database's reports: indexes those it lacks (added after its
   * last commit before a crash) and drops those the database no longer has. Returns how many
   * documents it had to fix.
   */
  public int reconcileIndex() {
    writes.lock();
    try {
      Set<Long> indexed = index.keys();
      Set<Long> stored = new HashSet<>(list("SELECT id FROM reports", r -> r.getLong(1)));
      int fixed = 0;
      for (Long k : indexed) {
        if (!stored.contains(k)) {
          index.delete(k);
          fixed++;
        }
      }
      for (Long k : stored) {
        if (indexed.contains(k)) continue;
        one("SELECT story_id, title, text FROM reports WHERE id = ?", r -> {
          index.put(k, r.getLong(1), r.getString(2), r.getString(3));
          return true;
        }, k);
        fixed++;
      }
      index.commit();
      return fixed;
    } catch (IOException e) {
      throw new StoreException("cannot reconcile the search index: " + e.getMessage(), e);
    } finally {
      writes.unlock();
    }
  }

  /** Keys of every report the index holds (for consistency checks). */
  Set<Long> indexedKeys() throws IOException {
    return index.keys();
  }

  private void commitIndexQuietly() {
    try {
      index.commit();
    } catch (IOException | RuntimeException e) {
      // Retried on the next tick; the database is the truth and reconcile repairs the index on open.
    }
  }

  @Override
  public void close() {
    // No interrupt: an interrupted NIO channel would close the index under its writer.
    committer.shutdown();
    try {
      committer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writes.lock();
    try {
      index.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the search index: " + e.getMessage(), e);
    } finally {
      pool.dispose();
      writes.unlock();
    }
  }

  // ---- JDBC helpers ----

  @FunctionalInterface
  private interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  private <T> Optional<T> one(String sql, Row<T> row, Object... args) {
    try (Connection c = pool.getConnection()) {
      return one(c, sql, row, args);
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  private static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(row.read(r)) : Optional.empty();
      }
    }
  }

  private <T> List<T> list(String sql, Row<T> row, Object... args) {
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, args);
      List<T> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(row.read(r));
      }
      return out;
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  /** {@code sql} takes the filter arguments, then LIMIT and OFFSET; {@code countSql} the filter arguments. */
  private <T> Page<T> page(String sql, String countSql, Row<T> row, int limit, int offset, Object... filter) {
    int lim = clampLimit(limit);
    int off = Math.max(0, offset);
    Object[] args = new Object[filter.length + 2];
    System.arraycopy(filter, 0, args, 0, filter.length);
    args[filter.length] = lim;
    args[filter.length + 1] = off;
    long total = one(countSql, r -> r.getLong(1), filter).orElse(0L);
    return new Page<>(list(sql, row, args), total, lim, off);
  }

  private int update(String sql, Object... args) {
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, args);
      return p.executeUpdate();
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  private static boolean exists(Connection c, String sql, Object... args) throws SQLException {
    return one(c, sql, r -> true, args).isPresent();
  }

  private static Optional<Long> firstKey(Connection c, String sql, Object... args) throws SQLException {
    return one(c, sql + " ORDER BY id LIMIT 1", r -> r.getLong(1), args);
  }

  private static void bind(PreparedStatement p, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
  }

  private static Instant instant(ResultSet r, int col) throws SQLException {
    OffsetDateTime t = r.getObject(col, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static int clampLimit(int limit) {
    return Math.max(1, Math.min(MAX_LIMIT, limit));
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static boolean isUniqueViolation(SQLException e) {
    return e.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1;
  }

  private static StoreException fail(SQLException e) {
    return new StoreException("database error: " + e.getMessage(), e);
  }
}
