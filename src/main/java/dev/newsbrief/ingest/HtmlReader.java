package dev.newsbrief.ingest;

import dev.newsbrief.text.Patterns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.PageFacts;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * HTML pages: metadata from the page's meta tags, JSON-LD and markup; the body from
 * Readability4J's article extraction, rendered as blank-line-separated paragraphs. Markup that is
 * furniture by construction (scripts, navigation, forms, figure captions) is dropped before
 * extraction; list items are written with a "• " marker so cleaning can see lists.
 */
final class HtmlReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MIN_EXTRACTED_CHARS = 200;
  private static final String[] DATE_META = {
      "article:published_time", "og:published_time", "datePublished", "datepublished", "publishdate",
      "publish-date", "publish_date", "pubdate", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
      "sailthru.date", "parsely-pub-date", "date", "article.published", "cxenseparse:recs:publishtime"};

  private HtmlReader() {}

  static boolean looksLikeHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
    return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
        || head.contains("<head") || (head.contains("<p>") && head.contains("</p>")) || head.contains("<article");
  }

  static Article read(String html, String id, String origin, String baseUrl) {
    return read(html, id, origin, baseUrl, PageFurniture.Sink.NONE);
  }

  /** Reads the page; {@code dropped} hears what of the page was left out as furniture, and why. */
  static Article read(String html, String id, String origin, String baseUrl, PageFurniture.Sink dropped) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    java.util.Map<String, String> metas = metas(doc);
    List<JsonNode> ld = jsonLd(doc);
    String siteName = firstNonBlank(meta(metas, "og:site_name"), ldText(ld, "publisher", "name"), meta(metas, "application-name"));
    String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(metas, "og:url"), ldText(ld, "url"),
        baseUrl != null && baseUrl.startsWith("http") ? baseUrl : null);
    String outlet = firstNonBlank(siteName, host(url));
    String title = firstNonBlank(meta(metas, "og:title"), meta(metas, "twitter:title"), ldText(ld, "headline"),
        stripSiteSuffix(doc.title(), siteName), text(doc.selectFirst("h1")));
    Dated published = published(doc, metas, ld, url);
    PageFacts facts = new PageFacts(authors(doc, ld), published.evidence(), language(doc, metas));

    Document body = doc.clone();
    PageFurniture.strip(body, dropped);
    Element content = null;
    try {
      content = new Readability4J(url == null ? "" : url, body.clone()).parse().getArticleContent();
    } catch (RuntimeException e) {
      content = null; // Readability gives up on odd markup; fall back to the whole body below
    }
    String text = content == null ? "" : blocks(content);
    Element whole = body.body() == null ? body : body.body();
    String wholeText = null; // the page's text, rendered only when needed
    if (text.length() < MIN_EXTRACTED_CHARS) {
      wholeText = blocks(whole);
      if (wholeText.length() > text.length()) {
        content = whole.clone();
        text = wholeText;
      }
    }
    if (content != null && PageFurniture.stripLinkParagraphs(content, dropped)) text = blocks(content);
    String articleBody = ldText(ld, "articleBody");
    if (dropped != PageFurniture.Sink.NONE || articleBody != null) {
      if (wholeText == null) wholeText = blocks(whole);
      if (dropped != PageFurniture.Sink.NONE) {
        java.util.Set<String> kept = new java.util.HashSet<>(List.of(Patterns.split(text, "\n\n")));
        for (String p : Patterns.split(wholeText, "\n\n")) {
          if (!kept.contains(p)) dropped.dropped("outside the article's main block", p);
        }
      }
      if (articleBody != null) text = ArticleBodyGuide.apply(text, wholeText, articleBody, dropped);
    }
    text = dropLeadingTitle(text, title);
    return new Article(id, title == null ? "" : title.strip(), text, outlet, url, published.date(), origin, facts);
  }

  /**
   * Text of an element with one paragraph per block element, "• " before list items, and a
   * table's data row on one line with its cells separated by " | " (cleaning keeps such rows as the
   * article's structure, not as prose to analyse).
   */
  static String blocks(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.text());
        } else if (node instanceof Element e) {
          if (e.normalName().equals("br")) sb.append('\n');
          else if (e.normalName().equals("tr") && isDataRow(e)) {
            sb.append("\n\n").append(String.join(" | ", e.children().stream().map(Element::text)
                .filter(c -> !c.isBlank()).toList())).append("\n\n");
            return FilterResult.SKIP_ENTIRELY;
          } else if (e.isBlock() || e.normalName().equals("li")) {
            sb.append("\n\n");
            if (e.normalName().equals("li")) sb.append("• ");
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && (e.isBlock() || e.normalName().equals("li"))) sb.append("\n\n");
        return FilterResult.CONTINUE;
      }
    }, root);
    String s = Patterns.replaceAll(Layout.normalise(sb.toString()), "[ \\t]+", " ");
    List<String> paras = new ArrayList<>();
    for (String p : Patterns.split(s, "\\n\\s*\\n")) {
      String line = p.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
      if (!line.isEmpty() && !line.equals("•")) paras.add(line);
    }
    return String.join("\n\n", paras);
  }

  /** A row of a data table, not of a page laid out with tables: short cells, no paragraphs or tables inside. */
  private static boolean isDataRow(Element tr) {
    int cells = 0;
    for (Element cell : tr.children()) {
      if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) continue;
      if (cell.text().length() > 200 || cell.selectFirst("p, div, table, ul, ol, h1, h2, h3, blockquote") != null) return false;
      cells++;
    }
    return cells >= 2;
  }

  /** The headline again at the top of the body (alone, or after a label such as "Live"), which the title already gives. */
  private static String dropLeadingTitle(String text, String title) {
    if (title == null || title.isBlank()) return text;
    String[] paras = text.split("\n\n", -1);
    for (int i = 0; i < Math.min(paras.length, 4); i++) {
      if (paras[i].strip().equalsIgnoreCase(title.strip())) {
        return String.join("\n\n", java.util.Arrays.copyOfRange(paras, i + 1, paras.length));
      }
      if (Patterns.split(paras[i].strip(), "\\s+").length > 8) break; // the report has begun
    }
    return text;
  }

  private record Dated(LocalDate date, String evidence) {}

  /** The publication date and where it was found: meta tags, JSON-LD, a time element, the URL's path. */
  private static Dated published(Document doc, java.util.Map<String, String> metas, List<JsonNode> ld, String url) {
    for (String name : DATE_META) {
      LocalDate d = Dates.parse(meta(metas, name));
      if (d != null) return new Dated(d, "meta " + name);
    }
    for (String key : new String[] {"datePublished", "dateCreated"}) {
      LocalDate d = Dates.parse(ldText(ld, key));
      if (d != null) return new Dated(d, "JSON-LD " + key);
    }
    for (Element t : doc.select("time[datetime]")) {
      LocalDate d = Dates.parse(t.attr("datetime"));
      if (d != null) return new Dated(d, "<time datetime>");
    }
    LocalDate d = Dates.filedUnder(url);
    if (d != null) return new Dated(d, "URL path");
    d = Dates.parse(meta(metas, "og:updated_time"));
    return d == null ? new Dated(null, null) : new Dated(d, "meta og:updated_time (the last update)");
  }

  /** Writers the page names: meta author tags and JSON-LD authors, names only (no profile URLs). */
  private static List<String> authors(Document doc, List<JsonNode> ld) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=byl], meta[name=parsely-author]")) {
      addAuthor(out, Patterns.replaceFirst(m.attr("content"), "(?i)^by\\s+", ""));
    }
    for (JsonNode n : ld) {
      JsonNode a = n.get("author");
      if (a == null) continue;
      for (JsonNode one : a.isArray() ? a : List.of(a)) addAuthor(out, one.isTextual() ? one.asText() : one.path("name").asText(""));
    }
    return List.copyOf(out);
  }

  private static void addAuthor(java.util.Set<String> out, String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 80 || n.contains("://") || n.contains("/")) return;
    for (String part : Patterns.split(n, "\\s*(,|;|\\band\\b|&)\\s*")) {
      if (!part.isBlank() && Patterns.split(part, "\\s+").length <= 5) out.add(part.strip());
    }
  }

  /** The language the page declares, as a lowercase tag ("en", "pt-br"), or {@code null}. */
  private static String language(Document doc, java.util.Map<String, String> metas) {
    Element html = doc.selectFirst("html");
    String lang = firstNonBlank(html == null ? null : html.attr("lang"), meta(metas, "content-language"),
        attr(doc, "meta[http-equiv=content-language]", "content"), meta(metas, "og:locale"), meta(metas, "inLanguage"));
    if (lang == null) return null;
    lang = lang.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    return Patterns.matches(lang, "[a-z]{2,3}(-[a-z0-9]{2,8})*") ? lang : null;
  }

  /** Content of a meta tag named by property, name or itemprop (case-insensitive). */
  private static String meta(java.util.Map<String, String> metas, String key) {
    return metas.get(key.toLowerCase(Locale.ROOT));
  }

  /** Every meta tag's content by its property, name and itemprop, lowercased; the first in the page wins. */
  private static java.util.Map<String, String> metas(Document doc) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (Element m : doc.select("meta")) {
      String c = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
      if (c.isBlank()) continue;
      for (String a : new String[] {"property", "name", "itemprop"}) {
        if (m.hasAttr(a)) out.putIfAbsent(m.attr(a).toLowerCase(Locale.ROOT), c.strip());
      }
    }
    return out;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null || e.attr(attr).isBlank() ? null : e.absUrl(attr).isBlank() ? e.attr(attr) : e.absUrl(attr);
  }

  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(s.data()), out);
      } catch (Exception e) {
        // broken JSON-LD is common; the meta tags still count
      }
    }
    return out;
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n == null) return;
    if (n.isArray()) {
      for (JsonNode c : n) collect(c, out);
    } else if (n.isObject()) {
      out.add(n);
      collect(n.get("@graph"), out);
    }
  }

  /** First text value at the path in any JSON-LD object (arrays: first element). */
  private static String ldText(List<JsonNode> nodes, String... path) {
    for (JsonNode n : nodes) {
      JsonNode cur = n;
      for (String p : path) {
        if (cur != null && cur.isArray()) cur = cur.size() > 0 ? cur.get(0) : null;
        cur = cur == null ? null : cur.get(p);
      }
      if (cur != null && cur.isArray()) cur = cur.size() > 0 ? cur.get(0) : null;
      if (cur != null && cur.isTextual() && !cur.asText().isBlank()) return cur.asText().strip();
    }
    return null;
  }

  private static String stripSiteSuffix(String title, String siteName) {
    if (title == null || title.isBlank()) return null;
    String t = title.strip();
    if (siteName != null) {
      for (String sep : new String[] {" | ", " - ", " – ", " — "}) {
        if (t.endsWith(sep + siteName)) return t.substring(0, t.length() - sep.length() - siteName.length()).strip();
      }
    }
    return t;
  }

  static String host(String url) {
    if (url == null) return null;
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : Patterns.replaceFirst(h, "^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }
}
