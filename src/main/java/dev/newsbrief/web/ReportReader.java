package dev.newsbrief.web;

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
   * A pasted report. Without a title, the first line is the headline and the rest the body (as in
   * plain-text report files), unless it is the only line.
   */
  static NewReport pasted(String title, String text, String outlet, String url, LocalDate published) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    String head = title == null ? "" : title.strip();
    if (head.isEmpty()) {
      int nl = t.indexOf('\n');
      if (nl > 0 && !t.substring(nl + 1).isBlank()) {
        head = t.substring(0, nl).strip();
        t = t.substring(nl + 1).strip();
      }
    }
    return new NewReport(head, t, blankToNull(outlet), blankToNull(url), published, "paste", null);
  }

  /** The reports in a file's bytes (a JSONL file may hold many); none when nothing readable is in it. */
  static List<NewReport> file(String filename, String contentType, byte[] bytes, String origin, String url)
      throws IOException {
    Path dir = Files.createTempDirectory("newsbrief-upload-");
    try {
      Path file = dir.resolve("report." + extension(filename, contentType));
      Files.write(file, bytes);
      List<Article> articles;
      try {
        articles = Ingest.read(List.of(file.toString()), InputStream.nullInputStream()).articles();
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
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
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
