package dev.newsbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.store.Ids;
import dev.newsbrief.store.NewReport;
import dev.newsbrief.store.Store;
import dev.newsbrief.text.AnalysisCache;
import dev.newsbrief.text.Paragraphs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredAnalysesTest {
  @TempDir Path dir;

  @Test
  void aStoredReportIsAnalysedOnceAcrossRestarts() {
    Document made;
    long story;
    try (Store store = Store.open(dir)) {
      story = Ids.parse(store.createStory("Dam").id(), 's').getAsLong();
      store.addReport(story, new NewReport("Dam", "The dam held overnight.\n\nEngineers said it was safe.", null, null, null, "test", null));
      Article a = store.articles(story).get(0);
      AnalysisCache cache = new AnalysisCache(10, new StoredAnalyses(store));
      made = cache.analyze(a, Paragraphs.of(a.text()), List.of());
      assertThat(cache.misses()).isEqualTo(1);
    }
    try (Store store = Store.open(dir)) {
      Article a = store.articles(story).get(0);
      AnalysisCache cache = new AnalysisCache(10, new StoredAnalyses(store));
      assertThat(cache.analyze(a, Paragraphs.of(a.text()), List.of())).isEqualTo(made);
      assertThat(cache.loaded()).isEqualTo(1);
      assertThat(cache.misses()).isZero();
      // text that is no stored report (a reader's pasted question, a test) is analysed and not kept
      Article pasted = new Article("pasted", "", "Water rose fast.", null, null, null, "paste");
      cache.analyze(pasted, Paragraphs.of(pasted.text()), List.of());
      assertThat(cache.misses()).isEqualTo(1);
    }
  }
}
