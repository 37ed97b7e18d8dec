package dev.newsbrief.ingest;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entry point of ingest: turns command-line style inputs into articles. Each file is read with a
 * size cap, checked for binary content, decoded (see {@link Decoding}), recognised as SGML, JSONL,
 * HTML or plain text by content and extension, and parsed. Inputs that cannot be used become
 * {@link Problem}s; only a missing path or an entirely unreadable input set stops the run.
 * Ingest never writes anything.
 */
public final class Ingest {
  private Ingest() {}

  /** Reads every input with the default limits. */
  public static Ingested read(List<String> inputs, InputStream stdin) throws IngestException {
    return read(inputs, stdin, IngestOptions.DEFAULTS);
  }

  /**
   * Reads every input: a file, a folder (recursively, sorted, hidden files skipped), a glob, or
   * "-" for standard input.
   *
   * @throws IngestException when an input does not exist or nothing readable was found
   */
  public static Ingested read(List<String> inputs, InputStream stdin, IngestOptions options) throws IngestException {
    if (inputs.isEmpty()) throw new IngestException("no input given");
    List<Problem> problems = new ArrayList<>();
    List<Article> read = new ArrayList<>();
    for (String input : inputs) {
      if (input.equals(Inputs.STDIN)) {
        read.addAll(readStdin(stdin, options, problems));
        continue;
      }
      for (Path file : Inputs.files(input, problems)) read.addAll(readFile(file, options, problems));
    }
    List<Article> articles = dedupe(read, problems);
    if (options.checkEnglish()) {
      for (Article a : articles) {
        String why = EnglishCheck.why(a.title() + "\n" + a.text());
        if (why != null) problems.add(Problem.warning(a.origin(), why));
      }
    }
    if (articles.isEmpty()) {
      StringBuilder msg = new StringBuilder("nothing readable in " + String.join(" ", inputs));
      for (Problem p : problems) msg.append("\n  ").append(p);
      throw new IngestException(msg.toString());
    }
    return new Ingested(articles, problems);
  }

  /**
   * The files the inputs name, as {@link #read} would find them (folders walked, globs expanded;
   * an input that names nothing readable is kept as given): what a command must never write over.
   */
  public static List<Path> files(List<String> inputs) {
    List<Path> out = new ArrayList<>();
    for (String input : inputs) {
      if (input.equals(Inputs.STDIN)) continue;
      try {
        out.addAll(Inputs.files(input, new ArrayList<>()));
      } catch (IngestException | java.nio.file.InvalidPathException e) {
        // reading will say what is wrong with it; protect the name as given
      }
      try {
        out.add(Path.of(input));
      } catch (java.nio.file.InvalidPathException e) {
        // a glob that is no path
      }
    }
    return out;
  }

  /**
   * A report pasted as text, read as a plain-text report file is (so hard-wrapped lines are joined
   * into their paragraphs the same way): without {@code title}, its first line is the headline
   * unless it is the only line; with one, the whole text is the body.
   */
  public static Article pasted(String title, String text, String id) {
    String norm = Layout.normalise(text).strip();
    boolean oneLine = norm.indexOf('\n') < 0;
    if ((title == null || title.isBlank()) && !oneLine) return PlainTextReader.read(norm, id, "paste");
    return new Article(id, title == null ? "" : title.strip(), Layout.paragraphs(norm), null, null, null, "paste");
  }

  /** Whether the text reads as English (enough words, enough English function words). */
  public static boolean looksEnglish(String text) {
    return EnglishCheck.why(text) == null;
  }

  /** Reads one text already in memory (a test, an HTTP body); {@code name} hints at the format. */
  public static List<Article> parse(byte[] bytes, String name, List<Problem> problems) {
    return parse(bytes, name, name, problems);
  }

  private static List<Article> readFile(Path file, IngestOptions options, List<Problem> problems) {
    String origin = file.toString();
    try {
      long size = Files.size(file);
      if (size > options.maxBytesPerFile()) {
        problems.add(new Problem(origin, "file is " + mb(size) + ", over the " + mb(options.maxBytesPerFile())
            + " limit per input; skipped"));
        return List.of();
      }
      List<Article> read = parse(Files.readAllBytes(file), origin, file.getFileName().toString(), problems);
      // a crawl or archive often files a report under its day (".../2010-05-03/436.htm.txt")
      LocalDate filed = Dates.filedUnder(origin);
      if (filed == null) return read;
      List<Article> dated = new ArrayList<>(read.size());
      for (Article a : read) dated.add(a.published() == null ? a.withPublished(filed, "the file's path") : a);
      return dated;
    } catch (IOException | OutOfMemoryError e) {
      problems.add(new Problem(origin, "cannot read: " + e.getMessage()));
      return List.of();
    }
  }

  /**
   * The id a report goes by outside one briefing (story lists, state kept between runs): the id a
   * JSON Lines record gives, else where it was read from (the file path, with "#DOCNO" for one
   * document of several in an SGML file).
   */
  public static String reportId(Article a) {
    return Patterns.matches(a.origin(), "(?s).*:\\d+") ? a.id() : a.origin();
  }

  private static List<Article> readStdin(InputStream stdin, IngestOptions options, List<Problem> problems) {
    if (stdin == null) {
      problems.add(new Problem("stdin", "no standard input"));
      return List.of();
    }
    try {
      // read one byte past the cap to know whether the cap was hit, never more
      byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytesPerFile() + 1));
      if (bytes.length > options.maxBytesPerFile()) {
        problems.add(new Problem("stdin", "standard input is over the " + mb(options.maxBytesPerFile())
            + " limit; skipped"));
        return List.of();
      }
      return parse(bytes, "stdin", "stdin", problems);
    } catch (IOException e) {
      problems.add(new Problem("stdin", "cannot read standard input: " + e.getMessage()));
      return List.of();
    }
  }

  private static List<Article> parse(byte[] bytes, String origin, String name, List<Problem> problems) {
    return parse(bytes, origin, name, problems, null);
  }

  /**
   * Reads one input already in memory (a fetched page, a file) as {@link #read} reads a file:
   * {@code origin} says where it came from (a path or URL; a URL is the page's base), {@code name}
   * hints at the format, and {@code leftOut} hears what a web page's reading left out as page
   * furniture, and why (what {@code extract --explain} shows; {@code null} when no one asks).
   */
  public static List<Article> parse(byte[] bytes, String origin, String name, List<Problem> problems,
                                    java.util.function.BiConsumer<String, String> leftOut) {
    if (bytes.length == 0) {
      problems.add(new Problem(origin, "empty file, skipped"));
      return List.of();
    }
    if (Gzip.is(bytes)) {
      // a saved page or a crawl's file is often gzipped: read what it holds, within the same size limit
      try {
        bytes = Gzip.unpack(bytes, IngestOptions.DEFAULT_MAX_BYTES);
      } catch (IOException e) {
        problems.add(new Problem(origin, "gzip file that cannot be unpacked (" + e.getMessage() + "), skipped"));
        return List.of();
      }
      name = Patterns.replaceFirst(name, "(?i)\\.gz$", "");
      if (bytes.length == 0) {
        problems.add(new Problem(origin, "empty file, skipped"));
        return List.of();
      }
    }
    if (Decoding.bomCharset(bytes) == null && Decoding.bomlessUtf16(bytes) == null) {
      String binary = Binary.why(bytes);
      if (binary != null) {
        problems.add(new Problem(origin, binary + ", skipped"));
        return List.of();
      }
    }
    String ext = extension(name);
    Decoding.Decoded decoded = Decoding.decode(bytes, ext.startsWith("htm") || ext.equals("xhtml") || looksLikeHtmlBytes(bytes));
    String text = decoded.text();
    if (text.isBlank()) {
      problems.add(new Problem(origin, "empty file, skipped"));
      return List.of();
    }
    if (!decoded.isUtf8() && !decoded.charset().name().startsWith("UTF-16")) {
      problems.add(Problem.warning(origin, "not UTF-8; read as " + decoded.charset().name() + " (" + decoded.how() + ")"));
    }
    String id = baseName(name);
    List<Article> out = switch (Format.of(ext, text)) {
      case SGML -> SgmlReader.read(text, id, origin, problems);
      case JSONL -> JsonlReader.read(text, id, origin, problems);
      case HTML -> List.of(HtmlReader.read(text, id, origin, Patterns.matches(origin, "(?i)https?://.*") ? origin : null,
          leftOut == null ? PageFurniture.Sink.NONE : leftOut::accept));
      case TEXT -> List.of(PlainTextReader.read(text, id, origin));
    };
    List<Article> kept = new ArrayList<>();
    for (Article a : out) {
      if (a.text().isBlank()) problems.add(new Problem(a.origin(), "no report text found, skipped"));
      else kept.add(a);
    }
    return kept;
  }

  /** Exact duplicates (same text) are dropped with a problem; ids are made unique with suffixes. */
  private static List<Article> dedupe(List<Article> articles, List<Problem> problems) {
    Map<String, Article> byText = new HashMap<>();
    Set<String> ids = new HashSet<>();
    List<Article> out = new ArrayList<>();
    for (Article a : articles) {
      String key = Patterns.replaceAll(a.text().toLowerCase(Locale.ROOT), "\\s+", " ").strip();
      Article first = byText.putIfAbsent(key, a);
      if (first != null) {
        problems.add(new Problem(a.origin(), "duplicate of " + first.id() + " (" + first.origin() + "), skipped"));
        continue;
      }
      String id = a.id();
      for (int n = 2; !ids.add(id); n++) id = a.id() + "-" + n;
      out.add(id.equals(a.id()) ? a : new Article(id, a.title(), a.text(), a.outlet(), a.url(), a.published(), a.origin(), a.page()));
    }
    return out;
  }

  private static boolean looksLikeHtmlBytes(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
    return HtmlReader.looksLikeHtml(head);
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String baseName(String name) {
    String n = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
    return n.contains(".") && !n.startsWith(".") ? n.substring(0, n.lastIndexOf('.')) : n;
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
