package dev.newsbrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Pipeline;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Removal;
import dev.newsbrief.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisCacheTest {
  private static final Article REPORT = new Article("r1", "Dam", "The dam held overnight.\n\nEngineers said it was safe.",
      null, null, null, "test");

  @Test
  void theSameInputIsAnalysedOnceAndGivesTheSameDocument() {
    AnalysisCache cache = new AnalysisCache(10);
    List<Span> all = Paragraphs.of(REPORT.text());
    Document first = cache.analyze(REPORT, all, List.of());
    // an equal article read again (as the store gives a new object on each read)
    Article again = new Article("r1", "Dam", new String(REPORT.text().toCharArray()), null, null, null, "test");
    assertThat(cache.analyze(again, all, List.of())).isSameAs(first);
    assertThat(first).isEqualTo(Analyzer.analyze(REPORT, all, List.of()));
    assertThat(cache.hits()).isEqualTo(1);
    assertThat(cache.misses()).isEqualTo(1);
  }

  @Test
  void anotherCleaningOrAnotherTextIsAnalysedAnew() {
    AnalysisCache cache = new AnalysisCache(10);
    List<Span> all = Paragraphs.of(REPORT.text());
    Document whole = cache.analyze(REPORT, all, List.of());
    // the second paragraph removed as furniture, as cleaning beside other reports may decide
    Span second = all.get(1);
    Document cut = cache.analyze(REPORT, all.subList(0, 1),
        List.of(new Removal(second.start(), second.end(), second.of(REPORT.text()), "boilerplate")));
    assertThat(cut.sentences()).hasSize(1);
    assertThat(whole.sentences()).hasSize(2);
    // the same spans (a word of the same length changed), another text
    Article edited = new Article("r1", "Dam", REPORT.text().replace("safe", "sure"), null, null, null, "test");
    assertThat(cache.analyze(edited, all, List.of()).sentences().get(1).text()).isEqualTo("Engineers said it was sure.");
    assertThat(cache.misses()).isEqualTo(3);
  }

  @Test
  void whatCleaningReadsOfATextIsReadOncePerText() {
    AnalysisCache cache = new AnalysisCache(10);
    java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Function<String, List<String>> read = t -> {
      reads.incrementAndGet();
      return List.of(t.split("\n"));
    };
    List<String> first = cache.lines(REPORT.text(), read);
    // the same text read again from the store (another String object): not read again
    assertThat(cache.<List<String>>lines(new String(REPORT.text().toCharArray()), read)).isSameAs(first);
    assertThat(cache.lines(REPORT.text() + " Updated.", read)).isNotSameAs(first);
    assertThat(reads).hasValue(2);
  }

  @Test
  void keepsTheMostRecentlyUsedUpToItsCapacity() {
    AnalysisCache cache = new AnalysisCache(2);
    List<Article> reports = new ArrayList<>();
    for (int i = 0; i < 3; i++) reports.add(new Article("r" + i, "T", "Report number " + i + " says the dam held.", null, null, null, "test"));
    for (Article a : reports) cache.analyze(a, Paragraphs.of(a.text()), List.of());
    cache.analyze(reports.get(2), Paragraphs.of(reports.get(2).text()), List.of());
    assertThat(cache.hits()).isEqualTo(1);
    cache.analyze(reports.get(0), Paragraphs.of(reports.get(0).text()), List.of()); // evicted by the third
    assertThat(cache.misses()).isEqualTo(4);
  }

  @Test
  void aStoryBriefedAgainAsItGrowsAnalysesOnlyWhatChangedAndBriefsAsBefore() throws IOException {
    List<Article> example = bundledExample();
    assertThat(example).hasSizeGreaterThan(3);
    AnalysisCache cache = new AnalysisCache(100);
    Pipeline reusing = new Pipeline().reusing(cache), plain = new Pipeline();
    Pipeline.Options options = Pipeline.Options.DEFAULT;
    List<Article> earlier = example.subList(0, example.size() - 1);
    assertThat(reusing.brief(earlier, options)).isEqualTo(plain.brief(earlier, options));
    long analysed = cache.misses();
    assertThat(analysed).isEqualTo(earlier.size());
    // one report more: the others are not analysed again unless cleaning beside it kept other lines
    assertThat(reusing.brief(example, options)).isEqualTo(plain.brief(example, options));
    assertThat(cache.misses() - analysed).isBetween(1L, 2L);
    assertThat(cache.hits()).isGreaterThanOrEqualTo(earlier.size() - 1);
  }

  @Test
  void aShelfKeepsAnalysesForTheNextCacheAndIsNotTrustedBlindly() {
    java.util.Map<String, byte[]> kept = new java.util.concurrent.ConcurrentHashMap<>();
    AnalysisCache.Shelf shelf = new AnalysisCache.Shelf() {
      @Override
      public java.util.Optional<byte[]> load(String articleId, String key) {
        return java.util.Optional.ofNullable(kept.get(articleId + " " + key));
      }

      @Override
      public void save(String articleId, String key, byte[] analysis) {
        kept.put(articleId + " " + key, analysis);
      }
    };
    List<Span> all = Paragraphs.of(REPORT.text());
    AnalysisCache first = new AnalysisCache(10, shelf);
    Document made = first.analyze(REPORT, all, List.of());
    assertThat(first.misses()).isEqualTo(1);
    assertThat(kept).hasSize(1);
    // as after a restart: a new cache reads the analysis back instead of making it
    AnalysisCache next = new AnalysisCache(10, shelf);
    assertThat(next.analyze(REPORT, all, List.of())).isEqualTo(made);
    assertThat(next.loaded()).isEqualTo(1);
    assertThat(next.misses()).isZero();
    // damaged bytes on the shelf: analysed again, and the good analysis put back
    kept.replaceAll((k, v) -> new byte[] {1, 2, 3});
    AnalysisCache third = new AnalysisCache(10, shelf);
    assertThat(third.analyze(REPORT, all, List.of())).isEqualTo(made);
    assertThat(third.misses()).isEqualTo(1);
    assertThat(kept.values().iterator().next()).isEqualTo(AnalysisCodec.encode(made));
  }

  /** The fictional story that ships with newsbrief, read as the CLI reads it. */
  static List<Article> bundledExample() throws IOException {
    List<Article> out = new ArrayList<>();
    for (String name : resource("index.txt").split("\\s+")) {
      if (name.isBlank()) continue;
      out.addAll(Ingest.parse(resource(name).getBytes(StandardCharsets.UTF_8), name, new ArrayList<>()));
    }
    return out;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = AnalysisCacheTest.class.getResourceAsStream("/dev/newsbrief/example/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
