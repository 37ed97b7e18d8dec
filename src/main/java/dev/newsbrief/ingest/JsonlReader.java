package dev.newsbrief.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines (one report object per line) and JSON arrays of report objects. Fields: id, title,
 * text or html, url, source, published (with a few common aliases). A bad line is a problem with
 * its line number, never the end of the file.
 */
final class JsonlReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlReader() {}

  static boolean looksLikeJsonl(String text) {
    String s = text.stripLeading();
    if (s.startsWith("[")) return s.stripTrailing().endsWith("]") && s.substring(1).stripLeading().startsWith("{");
    if (!s.startsWith("{")) return false;
    String first = s.lines().findFirst().orElse("").strip();
    return first.endsWith("}") || s.contains("\n{");
  }

  static List<Article> read(String text, String idPrefix, String origin, List<Problem> problems) {
    List<Article> out = new ArrayList<>();
    String trimmed = text.strip();
    if (trimmed.startsWith("[")) {
      try {
        JsonNode arr = JSON.readTree(trimmed);
        for (int i = 0; i < arr.size(); i++) add(arr.get(i), idPrefix + "-" + (i + 1), origin + "[" + i + "]", out, problems);
      } catch (JsonProcessingException e) {
        problems.add(new Problem(origin, "not valid JSON: " + e.getOriginalMessage()));
      }
      return out;
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) continue;
      String where = origin + ":" + (i + 1);
      try {
        add(JSON.readTree(line), idPrefix + "-" + (i + 1), where, out, problems);
      } catch (JsonProcessingException e) {
        problems.add(new Problem(where, "line " + (i + 1) + " is not valid JSON (" + e.getOriginalMessage() + "), skipped"));
      }
    }
    return out;
  }

  private static void add(JsonNode n, String fallbackId, String where, List<Article> out, List<Problem> problems) {
    if (n == null || !n.isObject()) {
      problems.add(new Problem(where, "not a JSON object, skipped"));
      return;
    }
    String id = HtmlReader.firstNonBlank(str(n, "id"), str(n, "docno"), fallbackId);
    String title = HtmlReader.firstNonBlank(str(n, "title"), str(n, "headline"));
    String url = str(n, "url");
    String source = HtmlReader.firstNonBlank(str(n, "source"), str(n, "outlet"), str(n, "publisher"));
    String published = HtmlReader.firstNonBlank(str(n, "published"), str(n, "date"), str(n, "published_at"));
    String text = HtmlReader.firstNonBlank(words(n, "text"), words(n, "body"), words(n, "content"));
    String html = words(n, "html");
    Article a;
    if (text != null) {
      a = new Article(id, title, Layout.paragraphs(Layout.normalise(text)), source, url, null, where);
    } else if (html != null) {
      Article page = HtmlReader.read(html, id, where, url);
      a = new Article(id, title == null ? page.title() : title, page.text(),
          source == null ? page.outlet() : source, url == null ? page.url() : url, page.published(), where, page.page());
    } else {
      problems.add(new Problem(where, "no \"text\" or \"html\" field, skipped"));
      return;
    }
    if (a.text().isBlank()) {
      problems.add(new Problem(where, "empty \"text\", skipped"));
      return;
    }
    if (published != null) {
      var date = Dates.parse(published);
      if (date == null) problems.add(Problem.warning(where, "cannot read the date \"" + published + "\"; left undated"));
      if (date != null) a = a.withPublished(date, "the JSON record's date");
    }
    if (a.outlet() == null && url != null) {
      a = new Article(a.id(), a.title(), a.text(), HtmlReader.host(url), a.url(), a.published(), a.origin(), a.page());
    }
    out.add(a);
  }

  /** A field that must hold text: a number or true/false there is no report ("text": 5 is not the report "5"). */
  private static String words(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) return null;
    if (v.isObject()) v = v.get("name"); // "source": {"name": ...}
    return v == null || v.isContainerNode() ? null : v.asText();
  }
}
