package dev.newsbrief.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbrief.Fixtures;
import dev.newsbrief.model.Document;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConceptModelTest {
  private static final List<Document> REPORTS = Fixtures.story(
      "Floods forced the evacuation of Marrow Ford on Sunday. The bakery on Mill Lane reopened in the afternoon.",
      "Floods forced the evacuation of Marrow Ford after the dam spillway opened. A festival drew record crowds.",
      "Residents of Marrow Ford fled the floods on Sunday. Two football matches were postponed.").origins();

  @Test
  void featuresSeparateUnigramsFromBigramsAndCountReports() {
    Map<String, double[]> f = ConceptFeatures.of(REPORTS);
    int dfOverN = ConceptFeatures.NAMES.indexOf("bi:df/n");
    double[] marrowFord = f.get("marrow ford");
    assertThat(marrowFord[dfOverN]).isEqualTo(1.0);
    assertThat(marrowFord[ConceptFeatures.NAMES.indexOf("bi:capitalised")]).isEqualTo(1.0);
    assertThat(marrowFord[ConceptFeatures.NAMES.indexOf("uni:bias")]).isZero();
    double[] bakery = f.get("bakeri");
    assertThat(bakery[ConceptFeatures.NAMES.indexOf("uni:df/n")]).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(bakery[ConceptFeatures.NAMES.indexOf("uni:df=1")]).isEqualTo(1.0);
  }

  @Test
  void learnsThatWidelyReportedConceptsReachTheReferences() {
    // References that keep what all three reports say and drop what one says.
    String ref = "Floods forced the evacuation of Marrow Ford on Sunday.";
    ConceptModel m = ConceptModel.train(List.of(new ConceptModel.Labelled(REPORTS, List.of(ref, ref))));
    Map<String, Double> p = m.probabilities(REPORTS);
    assertThat(p.get("marrow ford")).isGreaterThan(p.get("mill lane"));
    assertThat(p.get("flood")).isGreaterThan(p.get("festiv"));
  }

  @Test
  void writesAndReadsBackTheSameCoefficients() throws Exception {
    ConceptModel m = ConceptModel.bundled();
    ConceptModel back = ConceptModel.read(new ByteArrayInputStream(m.write("test").getBytes(StandardCharsets.UTF_8)));
    assertThat(back.coefficients().keySet()).containsExactlyElementsOf(ConceptFeatures.NAMES);
    back.coefficients().forEach((k, v) -> assertThat(v).isCloseTo(m.coefficients().get(k), org.assertj.core.data.Offset.offset(1e-6)));
  }

  @Test
  void rejectsAModelForOtherFeatures() {
    assertThatThrownBy(() -> ConceptModel.read(new ByteArrayInputStream("bias\t1\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
