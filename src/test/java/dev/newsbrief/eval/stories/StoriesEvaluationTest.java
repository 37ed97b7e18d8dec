package dev.newsbrief.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.stories.JoinModel;
import dev.newsbrief.stories.StoryDetector;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Story detection on the labelled dev stream ({@code newsbrief eval stories} prints the full table,
 * with the Carrot2 baseline this test leaves out for time). Floors sit under the cross-validated
 * figures, so a change that loses quality fails here.
 */
class StoriesEvaluationTest {
  @Test
  void storiesFromTheDevStreamBeatTheSinglePassBaseline() throws Exception {
    Fixtures.shared("stories-dev");
    StoriesBenchmark.Stream stream = StoriesBenchmark.load(Fixtures.SHARED.resolve("stories-dev/manifest.tsv"), null);
    assertThat(stream.reports()).hasSizeGreaterThan(2800);
    StoryDetector.Settings settings = StoryDetector.Settings.DEFAULT;
    Map<String, ClusterScores> cv = StoriesBenchmark.score(stream,
        StoriesBenchmark.crossValidated(stream.reports(), settings));
    Map<String, ClusterScores> single = StoriesBenchmark.score(stream, StoriesBenchmark.bestSinglePass(stream, 0.1, 0.2).getValue());
    var rows = new java.util.LinkedHashMap<String, Map<String, ClusterScores>>();
    rows.put("newsbrief (2-fold CV)", cv);
    rows.put("single-pass TF-IDF", single);
    System.out.print(StoriesBenchmark.table(rows));
    assertThat(cv.get("all").f1()).isGreaterThanOrEqualTo(0.89).isGreaterThan(single.get("all").f1());
    assertThat(cv.get("t17").f1()).isGreaterThanOrEqualTo(0.90).isGreaterThan(single.get("t17").f1());
    assertThat(cv.get("duc2003").f1()).isGreaterThanOrEqualTo(0.70).isGreaterThan(single.get("duc2003").f1());
    // the shipped model on the stream it was fitted on
    Map<String, ClusterScores> shipped = StoriesBenchmark.score(stream, StoriesBenchmark.detect(stream.reports(), settings, JoinModel.shipped()));
    assertThat(shipped.get("all").f1()).isGreaterThanOrEqualTo(0.78).isGreaterThan(single.get("all").f1());
    assertThat(shipped.get("duc2003").f1()).isGreaterThanOrEqualTo(0.80);
    assertThat(shipped.get("duc2003").precision()).as("DUC topics kept apart").isGreaterThanOrEqualTo(0.88);
    assertThat(shipped.get("t17").f1()).isGreaterThanOrEqualTo(0.77);
    assertThat(cv.get("seeds").f1()).as("the reference cluster is one story").isEqualTo(1.0);
  }
}
