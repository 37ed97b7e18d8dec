package dev.newsbrief.voices;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.text.Analyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-labelled test set ({@code gold.tsv}) and the reports it labels, read from
 * {@code ../shared/data}. Labels point at a raw file line and a few words; they are turned into
 * offsets of the analysed article text here.
 */
final class GoldReports {
  static final Path DATA = Path.of("../shared/data");

  /** One label with its anchor as a span of the article text. */
  record Label(String file, String kind, String speaker, double value, String qualifier, String unit,
               int start, int end, String anchor) {}

  /** One labelled report: its document, labels, and where page furniture begins (or -1). */
  record Report(String file, Document doc, List<Label> labels, int excludedFrom) {}

  private GoldReports() {}

  /** Reports labelled in a TSV resource of this package ("gold.tsv", "heldout.tsv"). */
  static List<Report> load(String labels) {
    Map<String, List<String[]>> rows = new LinkedHashMap<>();
    for (String line : resource("/dev/newsbrief/voices/" + labels).split("\n")) {
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] f = line.split("\t", -1);
      rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    List<Report> out = new ArrayList<>();
    for (var e : rows.entrySet()) out.add(report(e.getKey(), e.getValue()));
    return out;
  }

  private static Report report(String file, List<String[]> rows) {
    String raw;
    try {
      raw = Files.readString(DATA.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    int base;
    Article article;
    String id = Path.of(file).getFileName().toString();
    if (raw.contains("<TEXT>")) {
      base = raw.indexOf("<TEXT>") + "<TEXT>".length();
      int end = raw.indexOf("</TEXT>");
      // same-length rewrites keep offsets: paragraph tags become spaces, a paragraph's leading tab a blank line
      String body = raw.substring(base, end).replace("<P>", "   ").replace("</P>", "    ").replace("\n\t", "\n\n");
      article = new Article(id, "", body, null, null, null, file);
    } else {
      int nl = raw.indexOf('\n');
      base = nl + 1;
      article = new Article(id, raw.substring(0, nl), raw.substring(base), null, null, null, file);
    }
    Document doc = Analyzer.analyze(article);
    List<Integer> lineStarts = new ArrayList<>();
    lineStarts.add(0);
    for (int i = 0; i < raw.length(); i++) if (raw.charAt(i) == '\n') lineStarts.add(i + 1);
    List<Label> labels = new ArrayList<>();
    int excluded = -1;
    for (String[] f : rows) {
      int lineStart = lineStarts.get(Integer.parseInt(f[1]) - 1);
      if (f[3].equals("exclude")) {
        excluded = lineStart - base;
        continue;
      }
      Matcher m = anchorPattern(f[2]).matcher(raw);
      if (!m.find(lineStart)) throw new IllegalStateException("anchor not found: " + String.join(" | ", f));
      if (m.start() - lineStart > 400) throw new IllegalStateException("anchor too far from its line: " + String.join(" | ", f));
      labels.add(new Label(file, f[3], f[4], f[5].isEmpty() ? 0 : Double.parseDouble(f[5]), f[6], f[7],
          m.start() - base, m.end() - base, f[2]));
    }
    return new Report(file, doc, labels, excluded);
  }

  private static Pattern anchorPattern(String anchor) {
    String[] words = anchor.trim().split("\\s+");
    StringBuilder re = new StringBuilder();
    for (String w : words) {
      if (re.length() > 0) re.append("\\s+");
      re.append(Pattern.quote(w));
    }
    return Pattern.compile(re.toString());
  }

  private static String resource(String path) {
    try (InputStream in = GoldReports.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
