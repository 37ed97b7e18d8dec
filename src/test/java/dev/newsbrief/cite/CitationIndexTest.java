package dev.newsbrief.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.Pipeline;
import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Citing finds each report's candidate sentences through an index of the story's words instead of
 * scoring every sentence; on the 30 DUC 2003 clusters it must find exactly what the full scan finds,
 * for every sentence, so that citations are the same either way.
 */
class CitationIndexTest {
  @Test
  void theIndexFindsWhatScanningEverySentenceFindsOnEveryDucCluster() throws Exception {
    Path docs = Fixtures.shared("duc2003-task2").resolve("docs");
    List<Path> clusters;
    try (var s = Files.list(docs)) {
      clusters = s.sorted().toList();
    }
    assertThat(clusters).hasSize(30);
    Pipeline pipeline = new Pipeline();
    int compared = 0, withCandidates = 0;
    for (Path cluster : clusters) {
      Story story = pipeline.analyse(Ingest.read(List.of(cluster.toString()), null).articles());
      Citer citer = new Citer(story);
      for (Document d : story.origins()) {
        for (Sentence s : d.sentences()) {
          var viaIndex = citer.candidates(s);
          assertThat(viaIndex).as("%s sentence %d of %s", cluster.getFileName(), s.index(), s.articleId())
              .isEqualTo(citer.candidatesByScan(s));
          compared++;
          if (viaIndex.size() > 1) withCandidates++;
        }
      }
    }
    assertThat(compared).isGreaterThan(5000);
    assertThat(withCandidates).isGreaterThan(compared / 4); // most sentences have candidates in other reports
  }
}
