package dev.newsbrief.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what a web page wraps around its article before the article is looked for: markup that
 * is furniture by construction (scripts, navigation, forms, figure captions, hidden elements),
 * blocks whose class or id names them as furniture ("share-bar", "related-posts", "newsletter"),
 * lists of links (menus, "read more" lists) and link pop-ups inside paragraphs. Nothing that holds
 * most of the page's paragraphs is removed: some sites wrap the whole page in a {@code <form>} or
 * give the article's container a class such as "main-sidebar-layout".
 */
final class PageFurniture {
  private static final String BY_TAG = "script, style, noscript, template, iframe, svg, canvas, nav, footer, aside,"
      + " form, button, input, select, textarea, figcaption, dialog, [hidden], [aria-hidden=true], [role=navigation],"
      + " [role=banner], [role=complementary], [role=contentinfo], [role=dialog], [role=alert], [role=search]";
  /** Words of class and id names that mark furniture, as trafilatura and Readability read them. */
  private static final Set<String> FURNITURE_WORDS = Set.of("share", "sharing", "social", "sharebar", "related",
      "recommended", "recommendations", "recirculation", "newsletter", "subscribe", "subscription", "promo", "promotion",
      "advert", "advertisement", "ads", "ad", "adslot", "sponsor", "sponsored", "outbrain", "taboola", "comments",
      "comment", "disqus", "breadcrumb", "breadcrumbs", "tags", "tagcloud", "popup", "modal", "cookie", "cookies",
      "consent", "paywall", "sidebar", "widget", "popular", "trending", "toolbar", "masthead", "menu", "navbar",
      "footer", "byline", "caption", "credit", "credits", "signup", "banner", "skip", "sronly", "print", "author",
      "bio", "rollover");
  private static final Pattern NAME_WORDS = Pattern.compile("[^a-z0-9]+|(?<=[a-z])(?=[A-Z])");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Set<String> NEVER = Set.of("html", "body", "main", "article");

  private PageFurniture() {}

  /** Hears what is removed and why, for {@code extract --explain}. */
  interface Sink {
    Sink NONE = (reason, text) -> {};

    void dropped(String reason, String text);
  }

  static void strip(Document page, Sink sink) {
    TextSizes sizes = TextSizes.of(page);
    int prose = sizes.prose(page);
    java.util.function.BiConsumer<Element, String> remove = (e, why) -> {
      // an element inside one already removed has no document any more
      if (e.ownerDocument() == null || e.parent() == null || sizes.prose(e) * 2 > prose) return;
      if (sink != Sink.NONE && sizes.all(e) > 0) sink.dropped(why, e.text());
      e.remove();
    };
    for (Element e : page.select(BY_TAG)) remove.accept(e, "page markup that is not the article (<" + e.normalName() + ">)");
    for (Element e : page.select("[style]")) {
      if (HIDDEN_STYLE.matcher(e.attr("style")).find()) remove.accept(e, "hidden element");
    }
    for (Element e : page.select("[class], [id]")) {
      String word = NEVER.contains(e.normalName()) ? null : furnitureWord(e);
      // an embedded post ("social-media-embed" around a tweet's blockquote) is a quotation the article makes
      if (word != null && e.selectFirst("blockquote") == null) {
        remove.accept(e, "named as page furniture (\"" + word + "\" in its class or id)");
      }
    }
    for (Element list : page.select("ul, ol")) {
      if (list.children().size() >= 3 && sizes.linkShare(list) > 0.6) remove.accept(list, "list of links");
    }
    // a pop-up of links inside a paragraph: the paragraph's own links are a few words each
    for (Element p : page.select("p")) {
      for (Element inner : p.select("span, div")) {
        if (inner.select("a[href]").size() >= 2 && sizes.all(inner) > 80 && sizes.linkShare(inner) > 0.8) {
          remove.accept(inner, "links popping up inside a paragraph");
        }
      }
    }
  }

  /**
   * In the article found: a paragraph or heading that is one link is a link to another story
   * ("READ MORE: ..."). Done after the article is found, where the links no longer tell the
   * article's container from a list of teasers.
   *
   * @return whether any was removed
   */
  static boolean stripLinkParagraphs(Element article, Sink sink) {
    TextSizes sizes = TextSizes.of(article);
    boolean any = false;
    for (Element e : article.select("p, h2, h3, h4, h5, h6")) {
      if (e.parent() != null && sizes.all(e) > 0 && sizes.linkShare(e) >= 0.9) {
        if (sink != Sink.NONE) sink.dropped("a paragraph that is one link (to another story)", e.text());
        e.remove();
        any = true;
      }
    }
    return any;
  }

  private static String furnitureWord(Element e) {
    String names = e.className() + " " + e.id();
    for (String w : NAME_WORDS.split(names)) {
      if (!w.isEmpty() && FURNITURE_WORDS.contains(w.toLowerCase(Locale.ROOT))) return w;
    }
    return null;
  }
  /** Characters of text under each element, all and inside links, counted once for the page as read. */
  private record TextSizes(java.util.IdentityHashMap<Element, int[]> sizes) {
    static TextSizes of(Element page) {
      java.util.IdentityHashMap<Element, int[]> sizes = new java.util.IdentityHashMap<>();
      org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
        @Override
        public void head(org.jsoup.nodes.Node node, int depth) {
          if (node instanceof Element e) sizes.put(e, new int[2]);
        }

        @Override
        public void tail(org.jsoup.nodes.Node node, int depth) {
          Element parent = node.parent() instanceof Element p ? p : null;
          int[] to = parent == null ? null : sizes.get(parent);
          if (to == null) return; // the root's own parent, outside what is counted
          if (node instanceof org.jsoup.nodes.TextNode t) {
            int n = t.text().strip().length();
            to[0] += n;
            if (parent.normalName().equals("a")) to[1] += n;
          } else if (node instanceof Element e) {
            int[] from = sizes.get(e);
            to[0] += from[0];
            to[1] += e.normalName().equals("a") ? from[0] : from[1];
          }
        }
      }, page);
      return new TextSizes(sizes);
    }

    int all(Element e) {
      int[] s = sizes.get(e);
      return s == null ? 0 : s[0];
    }

    /** Text not inside links: what an article is made of. */
    int prose(Element e) {
      int[] s = sizes.get(e);
      return s == null ? 0 : s[0] - s[1];
    }

    double linkShare(Element e) {
      int[] s = sizes.get(e);
      return s == null || s[0] == 0 ? 0 : (double) s[1] / s[0];
    }
  }
}
