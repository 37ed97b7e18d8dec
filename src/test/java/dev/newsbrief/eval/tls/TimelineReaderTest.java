package dev.newsbrief.eval.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineReaderTest {
  private static final String SEP = "--------------------------------";

  @Test
  void readsBlocksTrimmingLinesAndSkippingBlankOnes() {
    Timeline t = TimelineReader.parse(String.join("\n",
        "  2010-04-20 ", "Rig explodes .", "", "  Workers missing .  ", SEP,
        "2010-04-22", "Rig sinks .", SEP, ""));
    assertThat(t.dates()).containsExactly(LocalDate.of(2010, 4, 20), LocalDate.of(2010, 4, 22));
    assertThat(t.sentences(LocalDate.of(2010, 4, 20))).containsExactly("Rig explodes .", "Workers missing .");
    assertThat(t.sentences(LocalDate.of(2010, 4, 21))).isEmpty();
  }

  @Test
  void aDateSeenTwiceKeepsOnlyItsLaterBlock() {
    Timeline t = TimelineReader.parse(String.join("\n",
        "2009-04-29", "First .", "Second .", SEP, "2009-04-30", "Other .", SEP,
        "2009-04-29", "Third .", SEP));
    assertThat(t.sentences(LocalDate.of(2009, 4, 29))).containsExactly("Third .");
    assertThat(t.dates()).hasSize(2);
  }

  @Test
  void aBlockWithAnInvalidDateIsDroppedWithItsSentences() {
    Timeline t = TimelineReader.parse(String.join("\n",
        "2011-04-0", "Lost .", "Also lost .", SEP, "2011-02-30", "Not a day .", SEP,
        "2011-04-02", "Kept .", SEP));
    assertThat(t.entries()).containsOnlyKeys(LocalDate.of(2011, 4, 2));
    assertThat(t.allSentences()).containsExactly("Kept .");
  }

  @Test
  void blockOrderDoesNotMatterAndAnUnclosedLastBlockIsKept() {
    Timeline t = TimelineReader.parse(String.join("\r\n",
        "2011-06-25", "Later .", SEP, "2011-06-24", "Earlier ."));
    assertThat(t.dates()).containsExactly(LocalDate.of(2011, 6, 24), LocalDate.of(2011, 6, 25));
    assertThat(t.allSentences()).containsExactly("Earlier .", "Later .");
  }

  @ParameterizedTest
  @CsvSource({
    "bpoil_bbc, 48, 98", "H1N1_reuters, 15, 23", "H1N1_bbc, 7, 32", "haiti_bbc, 11, 86",
    "MJ_bbc, 37, 75", "Finan_washingtonpost, 65, 451",
  })
  void timeline17ReferencesHaveTheDatesAndSentencesTheTlsCheckTableGives(String topic, int dates, int sentences)
      throws IOException {
    Path dir = Path.of("../shared/data/timeline17-dev").resolve(topic).resolve("timelines");
    Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/data/timeline17-dev absent: skipping");
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.toList();
    }
    Timeline t = TimelineReader.read(files.get(0));
    assertThat(t.dates()).hasSize(dates);
    assertThat(t.allSentences()).hasSize(sentences);
  }
}
