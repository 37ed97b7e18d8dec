package dev.newsbrief.store;

import dev.newsbrief.text.Patterns;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * The schema, as ordered steps. {@code schema_version} records each step applied; opening a store
 * applies the missing ones in order, each in its own transaction, so an old data folder is upgraded
 * in place and a crash mid-upgrade leaves it at the last whole step.
 */
final class Migrations {
  @FunctionalInterface
  interface Step {
    void apply(Connection c) throws SQLException;
  }

  /** Step n (from 1) brings the schema to version n. Never edit a released step: add one. */
  static final List<Step> STEPS = List.of(
      // v1: stories and reports, original bytes kept once per content
      c -> exec(c,
          "CREATE TABLE stories(id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(200) NOT NULL UNIQUE,"
              + " created_at TIMESTAMP WITH TIME ZONE NOT NULL)",
          "CREATE TABLE originals(id BIGINT AUTO_INCREMENT PRIMARY KEY, sha256 CHAR(64) NOT NULL UNIQUE,"
              + " name VARCHAR(300), content_type VARCHAR(200), bytes BLOB NOT NULL)",
          "CREATE TABLE reports(id BIGINT AUTO_INCREMENT PRIMARY KEY,"
              + " story_id BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
              + " title VARCHAR(2000) NOT NULL, outlet VARCHAR(500), url VARCHAR(4000), published DATE,"
              + " origin VARCHAR(4000), text CLOB NOT NULL, original_id BIGINT REFERENCES originals(id),"
              + " added_at TIMESTAMP WITH TIME ZONE NOT NULL)",
          "CREATE INDEX reports_story ON reports(story_id, id)"),
      // v2: dedupe by content hash and URL; feeds
      c -> {
        exec(c, "ALTER TABLE reports ADD COLUMN content_hash CHAR(64)");
        backfillContentHashes(c);
        exec(c,
            "ALTER TABLE reports ALTER COLUMN content_hash SET NOT NULL",
            "CREATE INDEX reports_hash ON reports(story_id, content_hash)",
            "CREATE INDEX reports_url ON reports(story_id, url)",
            "CREATE TABLE feeds(id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                + " story_id BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
                + " url VARCHAR(4000) NOT NULL, interval_seconds INT NOT NULL, title VARCHAR(1000),"
                + " etag VARCHAR(1000), last_modified VARCHAR(200), last_polled TIMESTAMP WITH TIME ZONE,"
                + " next_poll TIMESTAMP WITH TIME ZONE NOT NULL, last_error VARCHAR(2000),"
                + " failures INT DEFAULT 0 NOT NULL, items_added INT DEFAULT 0 NOT NULL, UNIQUE(story_id, url))");
      },
      // v3: cached briefings
      c -> exec(c,
          "CREATE TABLE briefings(story_id BIGINT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,"
              + " version INT NOT NULL, signature VARCHAR(200) NOT NULL, computed_at TIMESTAMP WITH TIME ZONE NOT NULL,"
              + " json CLOB NOT NULL, markdown CLOB NOT NULL, html CLOB NOT NULL, error VARCHAR(2000))"),
      // v4: feeds that belong to no story (their reports are placed by story detection)
      c -> exec(c, "ALTER TABLE feeds ALTER COLUMN story_id SET NULL"),
      // v5: each report's analysis (sentences and tokens), named by what it was made from and by what code
      c -> exec(c,
          "CREATE TABLE analyses(report_id BIGINT PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,"
              + " analysis_key CHAR(64) NOT NULL, data BLOB NOT NULL, saved_at TIMESTAMP WITH TIME ZONE NOT NULL)"));

  static final int LATEST = STEPS.size();

  private Migrations() {}

  /** The version the database is at: 0 for an empty one. */
  static int version(Connection c) throws SQLException {
    exec(c, "CREATE TABLE IF NOT EXISTS schema_version(version INT PRIMARY KEY,"
        + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
    c.commit();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  /** Applies the missing steps up to {@code target}; returns the version reached. */
  static int migrate(Connection c, int target) throws SQLException {
    int at = version(c);
    if (at > LATEST) {
      throw new SQLException("data folder is at schema version " + at + ", newer than this newsbrief knows ("
          + LATEST + "): upgrade newsbrief");
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int v = at + 1; v <= target; v++) {
        try {
          STEPS.get(v - 1).apply(c);
          try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version(version) VALUES (?)")) {
            p.setInt(1, v);
            p.executeUpdate();
          }
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw new SQLException("schema migration to version " + v + " failed: " + e.getMessage(), e);
        }
      }
    } finally {
      c.setAutoCommit(auto);
    }
    return Math.max(at, target);
  }

  /** SHA-256 of the text with runs of white space made one space: the identity of a report's content. */
  static String contentHash(String text) {
    return sha256(Patterns.replaceAll(text.strip(), "\\s+", " ").getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this Java", e);
    }
  }

  private static void backfillContentHashes(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, text FROM reports");
         PreparedStatement u = c.prepareStatement("UPDATE reports SET content_hash = ? WHERE id = ?")) {
      while (r.next()) {
        u.setString(1, contentHash(r.getString(2)));
        u.setLong(2, r.getLong(1));
        u.addBatch();
      }
      u.executeBatch();
    }
  }

  private static void exec(Connection c, String... sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String q : sql) s.execute(q);
    }
  }
}
