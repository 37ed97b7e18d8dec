package dev.newsbrief.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.eval.figures.FiguresBenchmark;
import dev.newsbrief.eval.labels.LabelledStories;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Timeline dates and disputed figures against the shipped hand labels ({@code newsbrief eval dates}
 * and {@code eval figures} print the same tables). Floors sit just under the figures measured on the
 * dev clusters, so a change that loses quality fails here; the closing notes give the figures.
 */
class DatesAndFiguresEvaluationTest {
  private static LabelledStories loaded;

  /** The labelled stories, or the test is skipped with a message when ../shared is absent. */
  private static synchronized LabelledStories stories() throws Exception {
    Fixtures.shared("duc2003-task2");
    Fixtures.shared("timeline17-dev");
    if (loaded == null) loaded = LabelledStories.load(Fixtures.SHARED);
    return loaded;
  }

  @Test
  void timelineDatesAreRightOrLeftOut() throws Exception {
    DateLabels.Loaded loaded = DateLabels.load(stories());
    assertThat(loaded.unlocated()).as("labels whose sentence no longer starts at its offset").isZero();
    Map<String, DatesBenchmark.Counts> counts = DatesBenchmark.score(loaded.labels(), 12, null);
    System.out.print(DatesBenchmark.table(counts));
    DatesBenchmark.Counts dev = counts.get("dev");
    assertThat(dev.share(dev.right)).isGreaterThanOrEqualTo(0.75);
    assertThat(dev.share(dev.wrong + dev.overPrecise)).isLessThanOrEqualTo(0.14);
    assertThat(dev.nonEventsShown).isLessThanOrEqualTo(12);
    // days no rule was written on
    DatesBenchmark.Counts fresh = counts.get("fresh");
    assertThat(fresh.share(fresh.right)).isGreaterThanOrEqualTo(0.88);
    assertThat(fresh.share(fresh.wrong + fresh.overPrecise)).isLessThanOrEqualTo(0.10);
  }

  @Test
  void disputedFiguresMeasureOneQuantity() throws Exception {
    Map<String, FiguresBenchmark.Counts> counts = FiguresBenchmark.score(stories(), null);
    System.out.print(FiguresBenchmark.table(counts));
    FiguresBenchmark.Counts dev = counts.get("dev");
    assertThat(dev.located).as("labelled figures still extracted").isGreaterThanOrEqualTo((int) (0.98 * dev.labelled));
    assertThat(dev.share(dev.sameFrame, dev.judged)).isGreaterThanOrEqualTo(0.85);
    assertThat(dev.share(dev.found, dev.disputes)).isGreaterThanOrEqualTo(0.42);
    FiguresBenchmark.Counts fresh = counts.get("fresh");
    assertThat(fresh.located).as("fresh labelled figures still extracted").isGreaterThanOrEqualTo((int) (0.98 * fresh.labelled));
  }
}
