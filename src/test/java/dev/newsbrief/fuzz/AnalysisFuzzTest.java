package dev.newsbrief.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsbrief.Pipeline;
import dev.newsbrief.clean.Cleaned;
import dev.newsbrief.clean.Cleaner;
import dev.newsbrief.figures.FigureExtractor;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Figure;
import dev.newsbrief.model.Quote;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.TimeExpression;
import dev.newsbrief.render.HtmlRenderer;
import dev.newsbrief.render.JsonRenderer;
import dev.newsbrief.render.MarkdownRenderer;
import dev.newsbrief.text.Analyzer;
import dev.newsbrief.time.TemporalTagger;
import dev.newsbrief.voices.QuoteExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Text analysis on arbitrary text, stage by stage (cleaning, sentences, time expressions, quotes,
 * figures), and the whole pipeline on small piles of reports: no exception escapes, and whatever
 * points into a report points at its own characters (offsets inside the text, quoted spans
 * verbatim), as the briefing's citations promise.
 */
class AnalysisFuzzTest {
  private static final Pipeline PIPELINE = new Pipeline();

  @FuzzTest(maxDuration = "8m")
  void stages(FuzzedDataProvider data) {
    String title = data.consumeString(120);
    LocalDate anchor = data.consumeBoolean() ? LocalDate.of(2016, 1, 1).plusDays(data.consumeInt(0, 3650)) : null;
    String text = data.consumeRemainingAsString();
    if (text.length() > Budget.MAX_INPUT) return;
    Budget.within(() -> {
      Article article = new Article("a", title, text, null, null, anchor, "fuzz");
      Cleaned cleaned = Cleaner.clean(article);
      Document doc = Analyzer.analyze(cleaned.article(), cleaned.kept(), cleaned.removed());
      int previous = 0;
      for (Sentence s : doc.sentences()) {
        assertThat(s.start()).isBetween(previous, s.end());
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
        previous = s.start();
      }
      for (TimeExpression t : TemporalTagger.tag(text, anchor)) {
        assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
      }
      for (Quote q : QuoteExtractor.extract(doc)) {
        assertThat(q.start()).isBetween(0, q.end());
        assertThat(q.end()).isLessThanOrEqualTo(text.length());
      }
      for (Figure f : FigureExtractor.extract(doc)) {
        assertThat(f.text()).isEqualTo(text.substring(f.start(), f.end()));
      }
    });
  }

  @FuzzTest(maxDuration = "5m")
  void pipeline(FuzzedDataProvider data) {
    int n = data.consumeInt(1, 3);
    List<Article> reports = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate date = data.consumeBoolean() ? LocalDate.of(2016, 1, 1).plusDays(data.consumeInt(0, 365)) : null;
      String text = i == n - 1 ? data.consumeRemainingAsString() : data.consumeString(4000);
      reports.add(new Article("r" + i, data.consumeString(80), text, data.consumeBoolean() ? "Outlet " + i : null, null, date, "fuzz"));
    }
    if (reports.stream().mapToInt(a -> a.text().length()).sum() > Budget.MAX_INPUT) return;
    Budget.within(() -> {
      Brief b = PIPELINE.brief(reports, Pipeline.Options.DEFAULT);
      String html = HtmlRenderer.render(b);
      assertThat(html).doesNotContain("<script");
      assertThat(MarkdownRenderer.render(b)).doesNotContain("<script");
      assertThat(JsonRenderer.render(b)).startsWith("{");
      assertThat(b.sources()).hasSizeLessThanOrEqualTo(n);
    });
  }
}
