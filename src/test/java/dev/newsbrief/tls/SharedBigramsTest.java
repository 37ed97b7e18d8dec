package dev.newsbrief.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.text.Analyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedBigramsTest {
  private static final LocalDate DAY = LocalDate.of(2015, 3, 3);

  private static Document report(String id, String... sentences) {
    return Analyzer.analyze(new Article(id, "", String.join("\n\n", sentences), null, null, DAY, "test"));
  }

  private static DatedSentences.Item find(List<DatedSentences.Item> items, String start) {
    return items.stream().filter(it -> it.sentence().text().startsWith(start)).findFirst().orElseThrow();
  }

  private static List<DatedSentences.Item> items(Document... docs) {
    return new ArrayList<>(DatedSentences.of(List.of(docs)).items);
  }

  @Test
  void aBigramCountsOncePerReportAndOnlyWhenEnoughReportsUseIt() {
    List<DatedSentences.Item> items = items(
        report("a", "The relief well reached the leak.", "Another relief well was started."),
        report("b", "Engineers said the relief well worked."),
        report("c", "Crews cheered on the deck."));
    DatedSentences.Item lead = find(items, "The relief well");
    // "relief well" is in two reports (three sentences), "reach leak" in one
    assertThat(new SharedBigrams(items, 2).gain(lead)).isEqualTo(2.0);
    assertThat(new SharedBigrams(items, 3).gain(lead)).isZero();
    assertThat(new SharedBigrams(items, 1).gain(lead)).isEqualTo(2.0 + 1 + 1); // + "well reach", "reach leak"
  }

  @Test
  void bigramsSkipStopwordsAsRougeDoesWithoutThem() {
    List<DatedSentences.Item> items = items(
        report("a", "The dam was breached at dawn."),
        report("b", "The dam breached at dawn."));
    // "dam breach" and "breach dawn" are shared once "was", "at" and "the" are dropped
    assertThat(new SharedBigrams(items, 2).gain(find(items, "The dam was"))).isEqualTo(4.0);
  }

  @Test
  void coveredBigramsGainNothingTwice() {
    List<DatedSentences.Item> items = items(
        report("a", "The relief well reached the leak on Tuesday."),
        report("b", "The relief well was finished."),
        report("c", "BP said the relief well reached the leak."));
    SharedBigrams shared = new SharedBigrams(items, 2);
    DatedSentences.Item first = find(items, "The relief well reached");
    DatedSentences.Item third = find(items, "BP said");
    assertThat(shared.gain(third)).isEqualTo(3.0 + 2 + 2); // relief well, well reach, reach leak
    shared.cover(first);
    assertThat(shared.gain(third)).isZero();
    assertThat(shared.gain(first)).isZero();
  }
}
