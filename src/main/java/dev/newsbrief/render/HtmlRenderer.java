package dev.newsbrief.render;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.DisputedFigure;
import dev.newsbrief.model.Source;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.model.Voice;
import dev.newsbrief.text.ReportingVerbs;
import java.util.List;

/**
 * The briefing as one self-contained HTML page: no script, no external resource, a strict
 * Content-Security-Policy, and every piece of report text escaped. Hovering a citation shows the
 * cited sentence (the title attribute); clicking it opens the cited passage, listed once under
 * "Cited passages" with its source and a link back to the source entry.
 */
public final class HtmlRenderer {
  private static final String CSS = """
      body{font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
      h1{font-size:1.6rem;line-height:1.25;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
      .meta{color:#555;font-size:.9rem}ul{padding-left:1.2rem}li{margin:.45rem 0}
      a.cite{text-decoration:none;font-size:.8rem;vertical-align:super;color:#0645ad;padding:0 .05rem}a.cite:hover,a.cite:focus{text-decoration:underline}
      ol.timeline{list-style:none;padding:0;border-left:3px solid #7a9cc6;margin-left:.5rem}
      ol.timeline li{position:relative;padding-left:1rem;margin:.8rem 0}
      ol.timeline li::before{content:"";position:absolute;left:-.5rem;top:.45rem;width:.7rem;height:.7rem;border-radius:50%;background:#7a9cc6}
      .date{display:block;font-weight:600;font-size:.9rem}.inferred{font-style:italic;color:#8a5a00}
      .actor{margin-top:1rem}.role{color:#555}blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #ddd}
      table{border-collapse:collapse;width:100%;font-size:.95rem}td,th{border-bottom:1px solid #eee;padding:.3rem;text-align:left;vertical-align:top}
      ol.sources li:target,ul.passages li:target{background:#fff6cc;outline:2px solid #d9a400;outline-offset:2px}.copy{color:#555;font-size:.9rem}
      h3.passages{font-size:1rem;margin:1.2rem 0 .3rem}ul.passages{list-style:none;padding-left:0}
      ul.passages li{padding:.2rem .5rem;border-left:3px solid #ddd}a.back{font-size:.85rem;color:#0645ad;white-space:nowrap}
      @media (prefers-color-scheme:dark){body{background:#121212;color:#e8e8e8}a{color:#8ab4f8}.meta,.role,.copy{color:#aaa}
      ul.passages li{border-left-color:#444}ol.sources li:target,ul.passages li:target{background:#3a3300;outline-color:#c9a227}}
      """;

  private HtmlRenderer() {}

  public static String render(Brief brief) {
    Passages passages = Passages.of(brief);
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>").append(esc(brief.headline())).append("</title><style>").append(CSS).append("</style></head><body>\n")
        .append("<header><h1>").append(esc(brief.headline())).append("</h1><p class=\"meta\">Briefing of ")
        .append(brief.sources().size()).append(" report(s)</p></header>\n");

    if (!brief.latest().isEmpty()) {
      h.append("<section aria-labelledby=\"latest\"><h2 id=\"latest\">Latest (").append(esc(Dates.day(brief.latest().date())))
          .append(")</h2><ul>\n");
      for (CitedSentence s : brief.latest().summary()) h.append("<li>").append(esc(s.shown())).append(cites(s.citations(), passages)).append("</li>\n");
      h.append("</ul></section>\n");
    }
    h.append("<section aria-labelledby=\"summary\"><h2 id=\"summary\">Summary</h2><ul>\n");
    for (CitedSentence s : brief.summary()) h.append("<li>").append(esc(s.shown())).append(cites(s.citations(), passages)).append("</li>\n");
    h.append("</ul></section>\n");

    if (!brief.timeline().isEmpty()) {
      h.append("<section aria-labelledby=\"timeline\"><h2 id=\"timeline\">Timeline</h2><ol class=\"timeline\">\n");
      for (TimelineEntry e : brief.timeline()) {
        boolean inferred = e.date().source() == dev.newsbrief.model.DatedValue.Source.INFERRED;
        h.append("<li><time class=\"date").append(inferred ? " inferred" : "").append("\"")
            .append(Dates.iso(e.date()) == null ? "" : " datetime=\"" + esc(Dates.iso(e.date())) + "\"")
            // why this date: the written expression it comes from, as the JSON's dateEvidence
            .append(e.date().evidence().isBlank() ? "" : " title=\"" + esc(e.date().evidence()) + "\"").append(">")
            .append(esc(Dates.show(e))).append("</time>").append(esc(e.sentence().shown()))
            .append(cites(e.sentence().citations(), passages)).append("</li>\n");
      }
      h.append("</ol></section>\n");
    }

    if (!brief.voices().isEmpty()) {
      h.append("<section aria-labelledby=\"voices\"><h2 id=\"voices\">Voices</h2>\n");
      for (Voice v : brief.voices()) {
        h.append("<div class=\"actor\"><strong>").append(esc(v.name())).append("</strong>");
        if (v.role() != null && !v.role().isBlank()) h.append(" <span class=\"role\">").append(esc(v.role())).append("</span>");
        h.append("\n");
        for (Voice.VoiceQuote q : v.quotes()) {
          String text = q.quote().direct() ? "“" + q.quote().text() + "”" : q.quote().text();
          h.append("<blockquote>").append(esc(ReportingVerbs.shown(q.quote().verb()))).append(": ").append(esc(text))
              .append(cites(q.citations(), passages)).append("</blockquote>\n");
        }
        h.append("</div>\n");
      }
      h.append("</section>\n");
    }

    if (!brief.figures().isEmpty()) {
      h.append("<section aria-labelledby=\"figures\"><h2 id=\"figures\">Disputed figures</h2><table>")
          .append("<tr><th scope=\"col\">Quantity</th><th scope=\"col\">What each source says</th></tr>\n");
      for (DisputedFigure f : brief.figures()) {
        h.append("<tr><td>").append(esc(f.quantity())).append("<br><span class=\"meta\">")
            .append(f.kind() == DisputedFigure.Kind.CHANGED ? "changed over time" : "sources disagree")
            .append("</span></td><td>");
        for (DisputedFigure.SourcedFigure v : f.values()) {
          h.append(esc(v.figure().text())).append(cite(v.source(), passages.of(v)))
              .append(" <span class=\"meta\">")
              .append(v.claimant() == null ? "" : "according to " + esc(v.claimant()) + ", ")
              .append(esc(Dates.show(v.date()))).append("</span><br>");
        }
        h.append("</td></tr>\n");
      }
      h.append("</table></section>\n");
    }

    h.append("<section aria-labelledby=\"sources\"><h2 id=\"sources\">Sources</h2><ol class=\"sources\">\n");
    for (Source s : brief.sources()) {
      h.append("<li id=\"src-").append(s.number()).append("\" value=\"").append(s.number()).append("\">");
      String title = title(s);
      if (s.url() != null && Patterns.matches(s.url(), "(?i)https?://\\S+")) {
        h.append("<a href=\"").append(esc(s.url())).append("\" rel=\"noopener noreferrer nofollow\">").append(esc(title)).append("</a>");
      } else {
        h.append(esc(title));
      }
      if (s.outlet() != null) h.append(" — ").append(esc(s.outlet()));
      boolean inferred = s.date().source() == dev.newsbrief.model.DatedValue.Source.INFERRED;
      h.append(" — <span class=\"").append(inferred ? "inferred" : "").append("\"")
          // why this date, on hover: the evidence the JSON gives
          .append(inferred && !s.date().evidence().isBlank() ? " title=\"" + esc(s.date().evidence()) + "\"" : "")
          .append(">").append(esc(Dates.show(s.date()))).append("</span>");
      if (s.origin() > 0) h.append(" <span class=\"copy\">(copy of [").append(s.origin()).append("])</span>");
      h.append("</li>\n");
    }
    h.append("</ol></section>\n");
    passages.render(h, brief.sources());
    if (!brief.notes().isEmpty()) {
      h.append("<section aria-labelledby=\"notes\"><h2 id=\"notes\">Notes</h2><ul>\n");
      for (String n : brief.notes()) h.append("<li>").append(esc(n)).append("</li>\n");
      h.append("</ul></section>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  private static String cites(List<Citation> cs, Passages passages) {
    StringBuilder b = new StringBuilder();
    for (Citation c : cs) b.append(cite(c.source(), passages.of(c)));
    return b.toString();
  }

  /** A citation link: to the cited passage, its text on hover. */
  private static String cite(int source, Passages.Passage p) {
    return " <a class=\"cite\" href=\"#" + p.id() + "\" title=\"" + esc("[" + source + "] " + p.text()) + "\">[" + source + "]</a>";
  }

  private static String title(Source s) {
    return s.title().isBlank() ? s.articleId() : s.title();
  }

  /**
   * The distinct passages the briefing cites, each once: the sentences its citations point to, and
   * a disputed figure's own words where no cited sentence of its report holds them.
   */
  private static final class Passages {
    record Passage(int source, int start, int end, String text) {
      String id() {
        return "cited-" + source + "-" + start + "-" + end;
      }
    }

    private final java.util.Map<String, Passage> byId = new java.util.HashMap<>();

    static Passages of(Brief brief) {
      Passages p = new Passages();
      java.util.stream.Stream.of(brief.latest().summary().stream(), brief.summary().stream(),
              brief.timeline().stream().map(TimelineEntry::sentence))
          .flatMap(x -> x).forEach(s -> s.citations().forEach(p::of));
      brief.voices().forEach(v -> v.quotes().forEach(q -> q.citations().forEach(p::of)));
      brief.figures().forEach(f -> f.values().forEach(p::of));
      return p;
    }

    Passage of(Citation c) {
      return add(new Passage(c.source(), c.start(), c.end(), c.text()));
    }

    /** The shortest cited sentence of the figure's report that holds it, else the figure's own words. */
    Passage of(DisputedFigure.SourcedFigure v) {
      var f = v.figure();
      return byId.values().stream()
          .filter(p -> p.source() == v.source() && p.start() <= f.start() && f.end() <= p.end())
          .min(java.util.Comparator.comparingInt((Passage p) -> p.end() - p.start()).thenComparingInt(Passage::start))
          .orElseGet(() -> add(new Passage(v.source(), f.start(), f.end(), f.text())));
    }

    private Passage add(Passage p) {
      return byId.computeIfAbsent(p.id(), k -> p);
    }

    /** "Cited passages": by source, each in the order of its report, linked back to the source entry. */
    void render(StringBuilder h, List<Source> sources) {
      if (byId.isEmpty()) return;
      java.util.Map<Integer, List<Passage>> bySource = new java.util.TreeMap<>();
      byId.values().stream().sorted(java.util.Comparator.comparingInt(Passage::start).thenComparingInt(Passage::end))
          .forEach(p -> bySource.computeIfAbsent(p.source(), k -> new java.util.ArrayList<>()).add(p));
      java.util.Map<Integer, Source> numbered = new java.util.HashMap<>();
      for (Source s : sources) numbered.put(s.number(), s);
      h.append("<section aria-labelledby=\"passages\"><h2 id=\"passages\">Cited passages</h2>\n");
      bySource.forEach((n, list) -> {
        Source s = numbered.get(n);
        h.append("<h3 class=\"passages\">[").append(n).append("]");
        if (s != null) h.append(" ").append(esc(title(s))).append(s.outlet() == null ? "" : " — " + esc(s.outlet()));
        h.append("</h3><ul class=\"passages\">\n");
        for (Passage p : list) {
          h.append("<li id=\"").append(p.id()).append("\">").append(esc(p.text()))
              .append(" <a class=\"back\" href=\"#src-").append(n).append("\">source [").append(n).append("]</a></li>\n");
        }
        h.append("</ul>\n");
      });
      h.append("</section>\n");
    }
  }

  /** Escapes text for HTML element content and quoted attribute values alike. */
  public static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') b.append(' ');
          else b.append(c);
        }
      }
    }
    return b.toString();
  }
}
