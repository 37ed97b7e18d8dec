package dev.newsbrief.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbrief.cite.ClaimMatcher;
import dev.newsbrief.voices.SpeakerConfidence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoefficientsTest {
  private static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theShippedModelsWriteAndReadBackAsTheyWere() throws IOException {
    ClaimMatcher claims = ClaimMatcher.DEFAULT;
    ClaimMatcher back = ClaimMatcher.parse(in(claims.format(List.of("a comment"))));
    assertThat(back.threshold()).isCloseTo(claims.threshold(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(back.weights()).containsExactly(claims.weights(), org.assertj.core.data.Offset.offset(1e-6));
    SpeakerConfidence speakers = SpeakerConfidence.DEFAULT;
    SpeakerConfidence again = SpeakerConfidence.parse(in(speakers.format(List.of())));
    assertThat(again.directThreshold()).isCloseTo(speakers.directThreshold(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(again.weights()).containsExactly(speakers.weights(), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void aModelFileMissingAValueOrMalformedIsRefused() {
    assertThatThrownBy(() -> ClaimMatcher.parse(in("bias\t1\n"))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ClaimMatcher.parse(in("threshold\t0.5\nbias\t1\n"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cosine");
    assertThatThrownBy(() -> Coefficients.read(in("bias 1\n"))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Coefficients.read(in("bias\tone\n"))).isInstanceOf(IOException.class);
  }
}
