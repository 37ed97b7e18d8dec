package dev.newsbrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Source;
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

  @Test
  void escapesEveryPieceOfReportText() {
    String html = HtmlRenderer.render(hostileBrief());
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>Outlet")
        .doesNotContain("onerror=\"").doesNotContain("href=\"javascript:");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
  }

  @Test
  void citationsLinkToSourcesAndShowTheCitedSentenceOnHover() {
    String html = HtmlRenderer.render(hostileBrief());
    assertThat(html).contains("href=\"#src-1\" title=\"[1] &lt;script&gt;").contains("id=\"src-1\"");
    assertThat(html).contains("12 Oct 2016");
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
