package dev.newsbrief.eval.mds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbrief.model.Article;
import dev.newsbrief.summary.ConceptModel;
import dev.newsbrief.summary.ConceptSummarizer;
import dev.newsbrief.summary.Summarizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
  private static Cluster cluster(int i) {
    String place = "Town" + i;
    List<Article> reports = List.of(
        new Article("c" + i + "a", "", "Floods forced the evacuation of " + place + " on Sunday after the dam spillway opened. "
            + "The bakery in " + place + " reopened on Monday with fresh bread for everyone.", null, null, null, "test"),
        new Article("c" + i + "b", "", "The dam spillway opened on Sunday and floods forced the evacuation of " + place + ". "
            + "A music festival drew record crowds to the capital over the long weekend.", null, null, null, "test"));
    return new Cluster("c" + i, reports, List.of(List.of("Floods forced the evacuation of " + place + " on Sunday.")));
  }

  @Test
  void everyClusterIsScoredOnceBySettingsChosenAndTrainedWithoutIt() {
    List<Cluster> clusters = new ArrayList<>();
    for (int i = 0; i < 5; i++) clusters.add(cluster(i));
    List<List<String>> trainingSeen = new ArrayList<>();
    Map<String, Function<List<ConceptModel.Labelled>, Summarizer>> grid = new LinkedHashMap<>();
    for (String setting : List.of("a", "b")) {
      grid.put(setting, training -> {
        trainingSeen.add(training.stream().map(l -> l.reports().get(0).id()).toList());
        return new ConceptSummarizer();
      });
    }
    List<CrossValidation.Result> results = CrossValidation.run(clusters, List.of(new Tunable("t", grid, "a")), 2, 30);

    CrossValidation.Result r = results.get(0);
    assertThat(r.heldOut()).extracting(MdsRun.Row::cluster).containsExactly("c0", "c1", "c2", "c3", "c4");
    assertThat(r.choices()).extracting(CrossValidation.Choice::fold).containsExactly(0, 1);
    assertThat(r.choices()).allSatisfy(c -> assertThat(c.setting()).isIn("a", "b"));
    // Fold 0 holds c0, c2, c4: its two settings were built from c1 and c3 alone, and vice versa.
    assertThat(trainingSeen).containsExactly(
        List.of("c1a", "c3a"), List.of("c1a", "c3a"), List.of("c0a", "c2a", "c4a"), List.of("c0a", "c2a", "c4a"));
    assertThat(r.heldOut()).allSatisfy(row -> assertThat(row.scores().rouge1().recall()).isPositive());
  }

  @Test
  void needsAtLeastTwoFoldsAndNoMoreThanClusters() {
    List<Cluster> clusters = List.of(cluster(0), cluster(1));
    assertThatThrownBy(() -> CrossValidation.run(clusters, Methods.tunable(null), 1, 30)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CrossValidation.run(clusters, Methods.tunable(null), 3, 30)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tunableMethodsAreRegisteredMethodsAndDeclareTheirProductSetting() {
    for (Tunable t : Methods.tunable(null)) {
      assertThat(Methods.names()).contains(t.name());
      // few settings to choose among: each one is a chance to overfit DUC 2003
      assertThat(t.grid()).contains(t.product()).hasSizeLessThanOrEqualTo(8);
    }
    assertThat(Methods.tunable(List.of("lead", "newsbrief"))).extracting(Tunable::name).containsExactly("newsbrief");
  }
}
