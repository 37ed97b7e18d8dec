package dev.newsbrief.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.ingest.Problem;
import dev.newsbrief.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Every reader (plain text, HTML, JSONL, NIST SGML, charset detection) on arbitrary bytes: no
 * exception escapes, every article is whole (an id, a text without control characters other than
 * line breaks and tabs), and a pasted text reads as a file's would. Found inputs live in
 * {@code src/test/resources/dev/newsbrief/fuzz/IngestFuzzTestInputs/}; {@code mvn verify} replays them.
 */
class IngestFuzzTest {
  private static final String[] NAMES = {"report.txt", "page.html", "feed.jsonl", "docs.sgml", "doc.xml", "noextension"};

  @FuzzTest(maxDuration = "12m")
  void readers(FuzzedDataProvider data) {
    String name = data.pickValue(NAMES);
    byte[] bytes = data.consumeRemainingAsBytes();
    if (bytes.length > Budget.MAX_INPUT) return;
    Budget.within(() -> {
      List<Problem> problems = new ArrayList<>();
      List<Article> articles = Ingest.parse(bytes, name, problems);
      for (Article a : articles) {
        assertThat(a.id()).isNotBlank();
        assertThat(a.text()).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
        assertThat(a.published() == null || Article.datable(a.published())).isTrue();
      }
      for (Problem p : problems) assertThat(p.message()).isNotBlank();
    });
  }

  @FuzzTest(maxDuration = "6m")
  void pasted(FuzzedDataProvider data) {
    String title = data.consumeBoolean() ? data.consumeString(200) : null;
    String text = data.consumeRemainingAsString();
    if (text.length() > Budget.MAX_INPUT) return;
    Budget.within(() -> {
      Article a = Ingest.pasted(title, text, "paste");
      assertThat(a.text()).doesNotContain("\r").doesNotContain("\n\n\n");
    });
  }
}
