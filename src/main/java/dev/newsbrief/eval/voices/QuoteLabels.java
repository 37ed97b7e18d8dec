package dev.newsbrief.eval.voices;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.text.Analyzer;
import dev.newsbrief.text.Resources;
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
 * Hand labels of quotes, speakers and figures in reports under the evaluation data folder
 * ({@code ../shared/data}), shipped as resources in {@code dev/newsbrief/eval/labels/}. A label points
 * at a raw file line and the first few words of the labelled item; here it becomes a span of the
 * analysed article text. The reports themselves are read from the data folder, never copied.
 */
public final class QuoteLabels {
  /**
   * The label sets: rules written on gold, checked on heldout; dev and aside labelled later; fresh
   * labelled after the pronoun and frame rules of 2026-12-01 were written, on reports none had seen
   * (its errors then informed a few more rules); fresh2 labelled after those (its errors informed the
   * last rules); fresh3 labelled after most of them and fresh4 after all, neither looked into.
   */
  public static final List<String> SETS = List.of("gold", "heldout", "dev", "aside", "fresh", "fresh2", "fresh3", "fresh4");

  /** One label with its anchor as a span of the article text. */
  public record Label(String file, String kind, String speaker, double value, String qualifier, String unit,
                      int start, int end, String anchor) {}

  /** One labelled report: its document, labels, and where page furniture begins (or -1). */
  public record Report(String file, Document doc, List<Label> labels, int excludedFrom) {
    public boolean kept(int offset) {
      return excludedFrom < 0 || offset < excludedFrom;
    }
  }

  private QuoteLabels() {}

  /** The reports of one label set ("gold", "heldout", "dev", "aside", "fresh", "fresh2", "fresh3", "fresh4"), read from {@code data}. */
  public static List<Report> load(Path data, String set) throws IOException {
    String resource = "/dev/newsbrief/eval/labels/quotes-" + set + ".tsv";
    Map<String, List<String[]>> rows = new LinkedHashMap<>();
    String text;
    try (InputStream in = Resources.open(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String line : text.split("\n")) {
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] f = line.split("\t", -1);
      rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    List<Report> out = new ArrayList<>();
    for (var e : rows.entrySet()) out.add(report(data, e.getKey(), e.getValue()));
    return out;
  }

  private static Report report(Path data, String file, List<String[]> rows) throws IOException {
    String raw = Files.readString(data.resolve(file), StandardCharsets.UTF_8);
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
      if (!m.find(lineStart) || m.start() - lineStart > 400) {
        throw new IllegalStateException("label anchor not found near its line: " + String.join(" | ", f));
      }
      labels.add(new Label(file, f[3], f[4], f.length > 5 && !f[5].isEmpty() ? Double.parseDouble(f[5]) : 0,
          f.length > 6 ? f[6] : "", f.length > 7 ? f[7] : "", m.start() - base, m.end() - base, f[2]));
    }
    return new Report(file, doc, labels, excluded);
  }

  private static Pattern anchorPattern(String anchor) {
    StringBuilder re = new StringBuilder();
    for (String w : Patterns.split(anchor.trim(), "\\s+")) {
      if (re.length() > 0) re.append("\\s+");
      re.append(Pattern.quote(w));
    }
    return Pattern.compile(re.toString());
  }
}
