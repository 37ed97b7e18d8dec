package dev.newsbrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  @Test
  void reportTextCarriesNoHtmlAMarkdownViewerWouldRun() {
    String md = MarkdownRenderer.render(HtmlRendererTest.hostileBrief());
    assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
    assertThat(md).contains("&lt;script&gt;alert('x')&lt;/script&gt;").startsWith("# &lt;script&gt;");
    assertThat(md.lines().filter(l -> l.startsWith("- ")).count()).isPositive();
  }
}
