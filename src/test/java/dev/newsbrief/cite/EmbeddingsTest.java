package dev.newsbrief.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingsTest {
  @Test
  void paraphrasesLieCloserThanOtherNewsAndTheModelIsToldNotToCallHome() {
    List<float[]> v = Embeddings.of(List.of("The suspect was arrested by police on Monday.",
        "Police detained the suspect on Monday.", "Oil prices rose sharply in Asian trading."));
    assertThat(Embeddings.cosine(v.get(0), v.get(1))).isGreaterThan(Embeddings.cosine(v.get(0), v.get(2)) + 0.2);
    // DJL's tokenizer would otherwise ask AWS's metadata address whether it runs there (a fuzzer found it)
    if (System.getenv("OPT_OUT_TRACKING") == null) assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
  }
}
