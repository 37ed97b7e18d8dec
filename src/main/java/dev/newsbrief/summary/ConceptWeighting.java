package dev.newsbrief.summary;

import dev.newsbrief.model.Document;
import dev.newsbrief.story.Story;
import java.util.List;
import java.util.Map;

/** Gives each concept of a story a weight: what covering it is worth to a summary. */
@FunctionalInterface
public interface ConceptWeighting {
  /** Weights of the concepts worth covering; concepts left out are worth nothing. */
  Map<String, Double> weights(List<Document> reports);

  /** The same, for reports of the story, whose per-sentence work the story may keep. */
  default Map<String, Double> weights(Story story, List<Document> reports) {
    return weights(reports);
  }

  /**
   * Gillick and Favre's weights: the number of reports that use the concept, a report's lead
   * counting {@code 1 + leadBonus}, keeping only concepts found in about a third of the reports.
   *
   * @param unigramWeight factor on content-word concepts; 0 leaves them out
   */
  static ConceptWeighting frequency(int leadSentences, double leadBonus, double unigramWeight) {
    return new ConceptWeighting() {
      @Override
      public Map<String, Double> weights(List<Document> reports) {
        return kept(reports, Concepts.weights(reports, leadSentences, leadBonus, unigramWeight > 0));
      }

      @Override
      public Map<String, Double> weights(Story story, List<Document> reports) {
        if (unigramWeight <= 0) return weights(reports);
        return kept(reports, Concepts.weights(story, reports, leadSentences, leadBonus));
      }

      private Map<String, Double> kept(List<Document> reports, Map<String, Double> all) {
        Map<String, Double> kept = Concepts.atLeast(all, minDocumentFrequency(reports.size()));
        if (kept.isEmpty()) kept = all;
        kept.replaceAll((c, w) -> Concepts.isUnigram(c) ? w * unigramWeight : w);
        return kept;
      }
    };
  }

  /** A concept must appear in about a third of the reports (at least 2) to count as the story's. */
  static double minDocumentFrequency(int reports) {
    if (reports <= 2) return 1;
    return Math.max(2, Math.min(3, Math.round(reports / 3.0)));
  }

  /**
   * Learnt weights: the model's probability that a human summary contains the concept, for the
   * concepts whose probability reaches {@code minProbability}.
   */
  static ConceptWeighting learned(ConceptModel model, double minProbability) {
    return reports -> {
      Map<String, Double> p = model.probabilities(reports);
      p.values().removeIf(v -> v < minProbability);
      return p;
    };
  }
}
