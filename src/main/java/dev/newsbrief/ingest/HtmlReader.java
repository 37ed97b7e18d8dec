package dev.newsbrief.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.model.Article;
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
import org.jsoup.select.NodeVisitor;

/**
 * HTML pages: metadata from the page's meta tags, JSON-LD and markup; the body from
 * Readability4J's article extraction, rendered as blank-line-separated paragraphs. Markup that is
 * furniture by construction (scripts, navigation, forms, figure captions) is dropped before
 * extraction; list items are written with a "• " marker so cleaning can see lists.
 */
final class HtmlReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FURNITURE = "script, style, noscript, template, iframe, svg, canvas, nav, footer, aside,"
      + " form, button, input, select, figcaption, [hidden], [aria-hidden=true], [role=navigation], [role=banner],"
      + " [role=complementary], [role=contentinfo], [role=dialog]";
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
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    List<JsonNode> ld = jsonLd(doc);
    String siteName = firstNonBlank(meta(doc, "og:site_name"), ldText(ld, "publisher", "name"), meta(doc, "application-name"));
    String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), ldText(ld, "url"),
        baseUrl != null && baseUrl.startsWith("http") ? baseUrl : null);
    String outlet = firstNonBlank(siteName, host(url));
    String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), ldText(ld, "headline"),
        stripSiteSuffix(doc.title(), siteName), text(doc.selectFirst("h1")));
    LocalDate published = published(doc, ld, url);

    Document body = doc.clone();
    body.select(FURNITURE).remove();
    Element content = null;
    try {
      content = new Readability4J(url == null ? "" : url, body.clone()).parse().getArticleContent();
    } catch (RuntimeException e) {
      content = null; // Readability gives up on odd markup; fall back to the whole body below
    }
    String text = content == null ? "" : blocks(content);
    if (text.length() < MIN_EXTRACTED_CHARS) {
      String all = blocks(body.body() == null ? body : body.body());
      if (all.length() > text.length()) text = all;
    }
    text = dropLeadingTitle(text, title);
    return new Article(id, title == null ? "" : title.strip(), text, outlet, url, published, origin);
  }

  /** Text of an element with one paragraph per block element and "• " before list items. */
  static String blocks(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.text());
        } else if (node instanceof Element e) {
          if (e.normalName().equals("br")) sb.append('\n');
          else if (e.isBlock() || e.normalName().equals("li")) {
            sb.append("\n\n");
            if (e.normalName().equals("li")) sb.append("• ");
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && (e.isBlock() || e.normalName().equals("li"))) sb.append("\n\n");
      }
    }, root);
    String s = Layout.normalise(sb.toString()).replaceAll("[ \\t]+", " ");
    List<String> paras = new ArrayList<>();
    for (String p : s.split("\\n\\s*\\n")) {
      String line = p.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
      if (!line.isEmpty() && !line.equals("•")) paras.add(line);
    }
    return String.join("\n\n", paras);
  }

  private static String dropLeadingTitle(String text, String title) {
    if (title == null || title.isBlank()) return text;
    int end = text.indexOf("\n\n");
    String first = end < 0 ? text : text.substring(0, end);
    if (first.strip().equalsIgnoreCase(title.strip())) return end < 0 ? "" : text.substring(end + 2);
    return text;
  }

  private static LocalDate published(Document doc, List<JsonNode> ld, String url) {
    for (String name : DATE_META) {
      LocalDate d = Dates.parse(meta(doc, name));
      if (d != null) return d;
    }
    LocalDate d = Dates.parse(ldText(ld, "datePublished"));
    if (d == null) d = Dates.parse(ldText(ld, "dateCreated"));
    if (d != null) return d;
    for (Element t : doc.select("time[datetime]")) {
      d = Dates.parse(t.attr("datetime"));
      if (d != null) return d;
    }
    d = Dates.filedUnder(url);
    if (d != null) return d;
    return Dates.parse(meta(doc, "og:updated_time"));
  }

  /** Content of a meta tag named by property, name or itemprop (case-insensitive). */
  static String meta(Document doc, String key) {
    for (Element m : doc.select("meta")) {
      for (String a : new String[] {"property", "name", "itemprop"}) {
        if (m.attr(a).equalsIgnoreCase(key)) {
          String c = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
          if (!c.isBlank()) return c.strip();
        }
      }
    }
    return null;
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
      return h == null ? null : h.replaceFirst("^www\\.", "");
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
