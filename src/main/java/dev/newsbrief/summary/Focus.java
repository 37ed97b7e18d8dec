package dev.newsbrief.summary;

import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import dev.newsbrief.text.Tokenizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader asks about ("What did Russia propose for Aleppo?", or a topic's title and
 * statement of need): the stems of its content words, less the words a question is made of
 * ("describe", "discuss", "information"). A concept is relevant as far as the sentences that carry it
 * speak of these words.
 */
public record Focus(String question, Set<String> stems) {
  /** Words of asking, not of the subject: DUC's narratives and readers' questions are made of them. */
  private static final Set<String> ASKING = Set.of("describe", "discuss", "identify", "explain", "include", "includ",
      "inform", "information", "detail", "specif", "specifi", "mention", "report", "give", "list", "provid", "happen",
      "concern", "regard", "known", "know", "aspect", "kind", "type", "effort", "way", "thing", "issu", "fact", "also", "well", "what", "who",
      "when", "where", "why", "how", "which", "whether", "any", "other", "possibl", "relat", "involv", "mani", "much");

  public Focus {
    stems = Set.copyOf(stems);
  }

  public static Focus of(String question) {
    Set<String> stems = new HashSet<>();
    for (Token t : Tokenizer.tokenize(question == null ? "" : question)) {
      if (!t.stop() && t.stem().length() > 1 && !ASKING.contains(t.stem()) && !ASKING.contains(t.norm())) stems.add(t.stem());
    }
    return new Focus(question == null ? "" : question.strip(), stems);
  }

  public boolean isEmpty() {
    return stems.isEmpty();
  }

  /** Whether the text speaks of the question: one of its content words is asked about. */
  public boolean matches(String text) {
    return speaksOf(Tokenizer.tokenize(text));
  }

  /**
   * The items whose text speaks of the question first, then the others, each part in its order
   * (a timeline stays chronological within each).
   */
  public <T> List<T> first(List<T> items, java.util.function.Function<T, String> text) {
    List<T> asked = new java.util.ArrayList<>(), rest = new java.util.ArrayList<>();
    for (T item : items) (matches(text.apply(item)) ? asked : rest).add(item);
    asked.addAll(rest);
    return List.copyOf(asked);
  }

  /** Whether the sentence speaks of the question: one of its content words is asked about. */
  public boolean matches(Sentence s) {
    return speaksOf(s.tokens());
  }

  private boolean speaksOf(List<Token> tokens) {
    for (Token t : tokens) if (!t.stop() && stems.contains(t.stem())) return true;
    return false;
  }

  /**
   * Concept weights leaning to the question: each concept's weight (report counts as
   * {@link ConceptWeighting#frequency} gives them, before its threshold) times {@code floor} plus
   * the share of the sentences carrying it that speak of the question. A concept of a third of the
   * reports stays worth something; one only a few reports carry counts when it is asked about.
   */
  public ConceptWeighting weighting(double floor) {
    return reports -> {
      Map<String, Double> df = Concepts.weights(reports, 5, 0.5, true);
      Map<String, int[]> seen = new HashMap<>(); // concept -> {sentences, sentences that speak of the question}
      for (Document d : reports) {
        for (Sentence s : d.sentences()) {
          boolean asked = matches(s);
          for (String c : Concepts.of(s, true)) {
            int[] n = seen.computeIfAbsent(c, k -> new int[2]);
            n[0]++;
            if (asked) n[1]++;
          }
        }
      }
      double min = ConceptWeighting.minDocumentFrequency(reports.size());
      Map<String, Double> out = new HashMap<>();
      df.forEach((c, w) -> {
        int[] n = seen.get(c);
        double relevance = n == null ? 0 : (double) n[1] / n[0];
        if (w < min && relevance < 0.5) return;
        if (w < 2 && reports.size() > 2) return; // one report's wording
        double weight = w * (floor + relevance) * (Concepts.isUnigram(c) ? 0.5 : 1);
        if (weight > 0) out.put(c, weight);
      });
      return out;
    };
  }
}
