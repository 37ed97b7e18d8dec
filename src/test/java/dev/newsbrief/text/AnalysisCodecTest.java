package dev.newsbrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Removal;
import dev.newsbrief.model.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnalysisCodecTest {
  @Test
  void whatIsReadBackIsTheAnalysisThatWasWritten() throws Exception {
    for (Article a : AnalysisCacheTest.bundledExample()) {
      Document d = Analyzer.analyze(a);
      assertThat(AnalysisCodec.decode(a, d.paragraphs(), d.removed(), AnalysisCodec.encode(d))).contains(d);
    }
    // words whose normal form is not their lower case, accents, quotes, numbers, an empty paragraph list
    Article odd = new Article("r9", "", "Ms. Müller’s “U.S.-led” plan costs $4.5bn… ¿Qué? 3,200 people fled—on 12/03.",
        null, null, null, "test");
    Document d = Analyzer.analyze(odd);
    assertThat(AnalysisCodec.decode(odd, d.paragraphs(), d.removed(), AnalysisCodec.encode(d))).contains(d);
    Document none = Analyzer.analyze(odd, List.of(), List.of());
    assertThat(AnalysisCodec.decode(odd, List.of(), List.of(), AnalysisCodec.encode(none))).contains(none);
  }

  @Test
  void damagedOrForeignBytesAreNoAnalysis() throws Exception {
    Article a = AnalysisCacheTest.bundledExample().get(0);
    Document d = Analyzer.analyze(a);
    byte[] good = AnalysisCodec.encode(d);
    assertThat(AnalysisCodec.decode(a, d.paragraphs(), d.removed(), new byte[0])).isEmpty();
    assertThat(AnalysisCodec.decode(a, d.paragraphs(), d.removed(), java.util.Arrays.copyOf(good, good.length / 2))).isEmpty();
    assertThat(AnalysisCodec.decode(a, d.paragraphs(), d.removed(), java.util.Arrays.copyOf(good, good.length + 1))).isEmpty();
    // offsets of a longer text do not fit a shorter one
    Article shorter = new Article(a.id(), a.title(), a.text().substring(0, a.text().length() / 3), null, null, null, "test");
    assertThat(AnalysisCodec.decode(shorter, d.paragraphs(), d.removed(), good)).isEmpty();
    // random damage never throws: either no analysis or one that fits the text
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      byte[] bad = good.clone();
      for (int k = 0; k < 1 + random.nextInt(4); k++) bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
      Optional<Document> got = AnalysisCodec.decode(a, d.paragraphs(), d.removed(), bad);
      got.ifPresent(g -> g.sentences().forEach(s -> assertThat(s.text()).isEqualTo(a.text().substring(s.start(), s.end()))));
    }
  }

  @Test
  void theKeyNamesTheTextTheCleaningAndTheCode() {
    Article a = new Article("r1", "Dam", "The dam held.\n\nEngineers said it was safe.", null, null, null, "test");
    List<Span> all = Paragraphs.of(a.text());
    String key = AnalysisCodec.key(a, all, List.of());
    assertThat(key).hasSize(64).isEqualTo(AnalysisCodec.key(a, all, List.of()));
    assertThat(AnalysisCodec.key(a, all.subList(0, 1), List.of(new Removal(15, 41, "Engineers said it was safe.", "x"))))
        .isNotEqualTo(key);
    assertThat(AnalysisCodec.key(new Article("r1", "Dam", a.text() + " ", null, null, null, "test"), all, List.of())).isNotEqualTo(key);
    assertThat(AnalysisCodec.key(new Article("r2", "Dam", a.text(), null, null, null, "test"), all, List.of())).isNotEqualTo(key);
  }

  /**
   * The analysis of the bundled example, fingerprinted. When this fails, sentences or tokens now
   * come out differently: analyses kept by the older code must not be used, so raise {@link
   * Analyzer#VERSION} and put the new fingerprint here.
   */
  @Test
  void analysisThatChangesChangesItsVersion() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Article a : AnalysisCacheTest.bundledExample()) sha.update(AnalysisCodec.encode(Analyzer.analyze(a)));
    Map<String, String> fingerprints = new HashMap<>();
    fingerprints.put("1", "85fd2a15c9d19f4c3f3cedec66f133bfb61a63ef059d1ed3351498c2ace5b57a");
    // 2: no sentence ends on a comma ("Kansas City, Kan., School District"); the example has none such
    fingerprints.put("2", "85fd2a15c9d19f4c3f3cedec66f133bfb61a63ef059d1ed3351498c2ace5b57a");
    // 3: a time zone goes on with its time ("1:50 a.m. EST -- ..."); the example has none such
    fingerprints.put("3", "85fd2a15c9d19f4c3f3cedec66f133bfb61a63ef059d1ed3351498c2ace5b57a");
    // 4: a sentence ends inside the newswire's closing quote (".'' In practice") and after "Co."; "?'' Warden
    // asked" and "Co. President" go on; the example has none such
    fingerprints.put("4", "85fd2a15c9d19f4c3f3cedec66f133bfb61a63ef059d1ed3351498c2ace5b57a");
    assertThat(HexFormat.of().formatHex(sha.digest()))
        .as("analysis changed: raise Analyzer.VERSION (now %s) and record the new fingerprint", Analyzer.VERSION)
        .isEqualTo(fingerprints.get(Analyzer.VERSION));
  }
}
