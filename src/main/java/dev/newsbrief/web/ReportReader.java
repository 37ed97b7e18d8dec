package dev.newsbrief.web;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.ingest.IngestException;
import dev.newsbrief.model.Article;
import dev.newsbrief.store.NewReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns what the web app receives (pasted text, uploaded or fetched bytes) into reports to store.
 * Bytes go through ingest's public entry point, as a file in a private temporary folder whose name
 * keeps only a known extension (ingest picks the format from it); nothing of the sender's file
 * name reaches the file system.
 */
final class ReportReader {
  private static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson",
      "sgml", "sgm", "xml");

  private ReportReader() {}

  /**
   * A pasted report, read as the same text in a file would be (ingest's plain-text reading): without
   * a title, the first line is the headline, unless it is the only line; hard-wrapped lines are joined.
   */
  static NewReport pasted(String title, String text, String outlet, String url, LocalDate published) {
    Article a = Ingest.pasted(title, text, "paste");
    return new NewReport(a.title(), a.text(), blankToNull(outlet), blankToNull(url), published, "paste", null);
  }

  /** "line 4: " for a line of a JSONL file, else nothing (the temporary file's name stays inside). */
  private static String where(String problemOrigin, String file) {
    return problemOrigin.startsWith(file + ":") ? "line " + problemOrigin.substring(file.length() + 1) + ": " : "";
  }

  private static String why(String message) {
    return message.startsWith("duplicate of ") ? "the same text as an earlier report of this file, skipped" : message;
  }

  /** The reports in a file's bytes (a JSONL file may hold many); none when nothing readable is in it. */
  static List<NewReport> file(String filename, String contentType, byte[] bytes, String origin, String url)
      throws IOException {
    return file(filename, contentType, bytes, origin, url, why -> {});
  }

  /**
   * The reports in a file's bytes; {@code skipped} hears why each part of it that holds no new
   * report was left out ("line 4: the same text as an earlier report of this file").
   */
  static List<NewReport> file(String filename, String contentType, byte[] bytes, String origin, String url,
                              java.util.function.Consumer<String> skipped) throws IOException {
    Path dir = Files.createTempDirectory("newsbrief-upload-");
    try {
      Path file = dir.resolve("report." + extension(filename, contentType));
      Files.write(file, bytes);
      List<Article> articles;
      try {
        dev.newsbrief.ingest.Ingested read = Ingest.read(List.of(file.toString()), InputStream.nullInputStream());
        articles = read.articles();
        for (dev.newsbrief.ingest.Problem p : read.skipped()) skipped.accept(where(p.origin(), file.toString()) + why(p.message()));
      } catch (IngestException e) {
        return List.of();
      }
      NewReport.Original original = new NewReport.Original(filename, contentType, bytes);
      List<NewReport> out = new ArrayList<>();
      for (Article a : articles) {
        if (a.text().isBlank()) continue;
        out.add(new NewReport(a.title(), a.text(), a.outlet(), url != null ? url : a.url(), a.published(), origin, original));
      }
      return out;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }

  /** The extension ingest should see: the file's own when it is a known one, else one from the content type. */
  static String extension(String filename, String contentType) {
    // a gzipped file is unpacked by ingest (it knows the bytes); its format is the inner name's
    String name = filename == null ? "" : Patterns.replaceFirst(filename.toLowerCase(Locale.ROOT), "\\.gz$", "");
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    if (EXTENSIONS.contains(ext)) return ext;
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("html")) return "html";
    if (type.contains("jsonl") || type.contains("ndjson")) return "jsonl";
    return "txt";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
