package dev.newsbrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.DisputedFigure;
import dev.newsbrief.model.Figure;
import dev.newsbrief.model.Latest;
import dev.newsbrief.model.Quote;
import dev.newsbrief.model.Source;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.model.Voice;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=\"alert(1)\">";

  static Brief hostileBrief() {
    Citation c = new Citation(1, "a\"1", 0, 0, 10, HOSTILE + " cited", 1.0);
    return new Brief(HOSTILE + " headline", List.of(new CitedSentence(HOSTILE + " said", List.of(c))), List.of(),
        List.of(), List.of(),
        List.of(new Source(1, "a\"1", HOSTILE, "<b>Outlet</b>", "javascript:alert(1)", DatedValue.given(LocalDate.of(2016, 10, 12)), 0, 10, 0)),
        List.of(HOSTILE));
  }

  /** The hostile brief with {@code timeline} as its timeline. */
  static Brief withTimeline(List<TimelineEntry> timeline) {
    Brief b = hostileBrief();
    return new Brief(b.headline(), b.summary(), timeline, b.voices(), b.figures(), b.sources(), b.notes());
  }

  @Test
  void escapesEveryPieceOfReportText() {
    String html = HtmlRenderer.render(hostileBrief());
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>Outlet")
        .doesNotContain("onerror=\"").doesNotContain("href=\"javascript:");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
  }

  @Test
  void citationsOpenTheCitedPassageAndShowItOnHover() {
    String html = HtmlRenderer.render(hostileBrief());
    assertThat(html).contains("href=\"#cited-1-0-10\" title=\"[1] &lt;script&gt;").contains("<li id=\"cited-1-0-10\">&lt;script&gt;")
        .contains("id=\"src-1\"");
    assertThat(html).contains("12 Oct 2016");
  }

  @Test
  void citedPassagesAreListedOnceBySourceEachLinkedBackAndTargetedByEveryCitation() {
    Citation a1 = new Citation(1, "a", 0, 0, 40, "The dam at Marrow Ford spilled on Monday.", 1.0);
    Citation a2 = new Citation(1, "a", 1, 42, 90, "About 1,200 residents left their homes.", 0.9);
    Citation b1 = new Citation(2, "b", 3, 120, 170, "Officials said 1,300 people were evacuated.", 0.8);
    // 1,300 people: inside a cited sentence of its report, so its link opens that sentence
    Figure inSentence = new Figure(1300, "EXACT", "people", "1,300 people", "b", 135, 147);
    // 1,200 in source 1 at a place no citation points to: its own words are the passage
    Figure alone = new Figure(1200, "EXACT", "people", "some 1,200 <people>", "a", 300, 318);
    DatedValue day = DatedValue.given(LocalDate.of(2016, 10, 12));
    Quote quote = new Quote("officials", "o", "said", "1,300 people were evacuated", false, "b", 120, 170);
    Brief b = new Brief("Dam", new Latest(LocalDate.of(2016, 10, 12), List.of(new CitedSentence("Latest.", List.of(a2)))),
        List.of(new CitedSentence("One.", List.of(a1, b1)), new CitedSentence("Two.", List.of(a2))),
        List.of(new TimelineEntry(day, new CitedSentence("Spill.", List.of(a1)), null)),
        List.of(new Voice("o", "officials", null, List.of(new Voice.VoiceQuote(quote, List.of(b1))))),
        List.of(new DisputedFigure("people evacuated", DisputedFigure.Kind.DISAGREEMENT,
            List.of(new DisputedFigure.SourcedFigure(alone, 1, day), new DisputedFigure.SourcedFigure(inSentence, 2, day)))),
        List.of(new Source(1, "a", "Dam spills", "Valley <Times>", null, day, 0, 10, 0),
            new Source(2, "b", "", null, null, day, 0, 10, 0)),
        List.of("a note"));
    String html = HtmlRenderer.render(b);

    // every in-page link lands on exactly one element
    java.util.regex.Matcher href = java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    java.util.List<String> targets = new java.util.ArrayList<>();
    while (href.find()) targets.add(href.group(1));
    assertThat(targets).isNotEmpty().allSatisfy(t -> assertThat(html.split("id=\"" + t + "\"", -1)).hasSize(2));
    // citations point at passages, not at the source list
    assertThat(html.split("class=\"cite\" href=\"#cited-", -1)).hasSize(1 + 8); // latest 1, summary 3, timeline 1, voices 1, figures 2
    assertThat(html).doesNotContain("class=\"cite\" href=\"#src-");
    assertThat(html).contains("1,300 people <a class=\"cite\" href=\"#cited-2-120-170\"")
        .contains("some 1,200 &lt;people&gt; <a class=\"cite\" href=\"#cited-1-300-318\"");

    // the section: after Sources, before Notes; by source, each passage once, in report order, linked back
    String passages = html.substring(html.indexOf("<h2 id=\"passages\">"), html.indexOf("<h2 id=\"notes\">"));
    assertThat(html.indexOf("<h2 id=\"sources\">")).isLessThan(html.indexOf("<h2 id=\"passages\">"));
    assertThat(passages).containsSubsequence("[1] Dam spills — Valley &lt;Times&gt;</h3>",
        "<li id=\"cited-1-0-40\">The dam at Marrow Ford spilled on Monday. <a class=\"back\" href=\"#src-1\">",
        "<li id=\"cited-1-42-90\">", "<li id=\"cited-1-300-318\">some 1,200 &lt;people&gt;", "[2] b</h3>",
        "<li id=\"cited-2-120-170\">Officials said 1,300 people were evacuated. <a class=\"back\" href=\"#src-2\">");
    assertThat(passages.split("<li ", -1)).hasSize(5);
    assertThat(passages).doesNotContain("cited-2-135-147");

    // highlighted when opened, light and dark; still no script, the same policy
    assertThat(html).contains("ul.passages li:target{background:#fff6cc")
        .containsPattern("(?s)prefers-color-scheme:dark\\).*ul\\.passages li:target\\{background:#3a3300");
    assertThat(html).doesNotContain("<script").contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
  }

  @Test
  void aBriefingThatCitesNothingHasNoPassagesSection() {
    Brief b = new Brief("H", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(HtmlRenderer.render(b)).doesNotContain("Cited passages");
  }

  @Test
  void anInferredSourceDateShowsItsEvidenceOnHoverEscaped() {
    DatedValue inferred = new DatedValue(LocalDate.of(2016, 12, 7), dev.newsbrief.model.Granularity.DAY,
        DatedValue.Source.INFERRED, 0.6, "'last Friday' and \"December 2\" name the same day <b>");
    Brief b = new Brief("H", List.of(), List.of(), List.of(), List.of(),
        List.of(new Source(1, "a", "T", null, null, inferred, 0, 10, 0)), List.of());
    assertThat(HtmlRenderer.render(b)).contains("<span class=\"inferred\" title=\"&#39;last Friday&#39; and &quot;December 2&quot;"
        + " name the same day &lt;b&gt;\">7 Dec 2016 (inferred)</span>");
  }

  @Test
  void markdownKeepsEachSentenceOnOneLineAndDropsControlCharacters() {
    Citation c = new Citation(1, "a", 0, 0, 5, "x", 1.0);
    Brief b = new Brief("Head\nline", List.of(new CitedSentence("One\nsentence\u001b[31m red", List.of(c))), List.of(),
        List.of(), List.of(), List.of(), List.of());
    String md = MarkdownRenderer.render(b);
    assertThat(md).contains("# Head line").contains("- One sentence [31m red [1]").doesNotContain("\u001b");
  }
}
