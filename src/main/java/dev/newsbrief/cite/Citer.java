package dev.newsbrief.cite;

import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import dev.newsbrief.text.NumberWords;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for a sentence, the one sentence of each other report that states the same thing, if
 * any. "The same thing" is a TF-IDF cosine over content stems above a threshold set so that a
 * paraphrase of the same fact passes and a sentence merely about the same story does not.
 * A wire copy never corroborates its own origin: only one report per origin is cited.
 */
public final class Citer {
  /** Checked by eye on the reference cluster and the tests' paraphrase pairs. */
  public static final double SAME_FACT = 0.42;
  /** A lower cosine that still counts when enough distinctive words are shared. */
  static final double PARAPHRASE = 0.28;
  static final int PARAPHRASE_SHARED = 4;

  private final Story story;
  private final SentenceVectors vectors;
  private final Map<Sentence, Map<String, Double>> cache = new IdentityHashMap<>();
  // Summary, timeline and voices often cite the same sentence.
  private final Map<Sentence, CitedSentence> cited = new IdentityHashMap<>();
  private final Map<Sentence, java.util.Set<String>> numbers = new IdentityHashMap<>();

  public Citer(Story story) {
    this.story = story;
    this.vectors = new SentenceVectors(story.documents());
  }

  /** The sentence with every independent report that states the same; computed once per sentence. */
  public CitedSentence cite(Sentence sentence) {
    return cited.computeIfAbsent(sentence, this::findCitations);
  }

  private CitedSentence findCitations(Sentence sentence) {
    List<Citation> out = new ArrayList<>();
    out.add(citation(sentence, 1.0));
    String ownOrigin = story.origin(sentence.articleId());
    for (Document d : story.documents()) {
      if (!story.isOrigin(d.id()) || story.origin(d.id()).equals(ownOrigin)) continue;
      Sentence best = null;
      double bestSim = SAME_FACT;
      for (Sentence s : d.sentences()) {
        double sim = sameFact(sentence, s);
        if (sim >= bestSim) {
          bestSim = sim;
          best = s;
        }
      }
      if (best != null) out.add(citation(best, Math.min(1.0, bestSim)));
    }
    out.sort((a, b) -> Integer.compare(a.source(), b.source()));
    return new CitedSentence(sentence.text(), out);
  }

  /** Whether {@code s} states the same thing as one of {@code others} (or is one of them). */
  public boolean sameFactAsAny(Sentence s, java.util.Collection<Sentence> others) {
    for (Sentence o : others) if (o == s || sameFact(s, o) >= SAME_FACT) return true;
    return false;
  }

  /**
   * How surely two sentences state the same fact, 0..1; {@link #SAME_FACT} and above counts. The
   * TF-IDF cosine, lowered when their figures differ; a paraphrase that shares several of the
   * story's rare words ("convoy", "blamed", "aid") counts even when other words differ
   * ("Washington"/"the US", "Moscow"/"Russia").
   */
  double sameFact(Sentence a, Sentence b) {
    double cos = SentenceVectors.cosine(vector(a), vector(b));
    double score = cos * numberAgreement(a, b);
    if (score < SAME_FACT && cos >= PARAPHRASE && numberAgreement(a, b) == 1.0
        && vectors.sharedDistinctive(vector(a), vector(b)) >= PARAPHRASE_SHARED) score = SAME_FACT;
    return score;
  }

  /**
   * Two sentences that both give numbers but share none report different figures ("55 deaths" and
   * "47 deaths"): a disagreement for the figures section, not corroboration.
   */
  double numberAgreement(Sentence a, Sentence b) {
    java.util.Set<String> na = numbers.computeIfAbsent(a, Citer::numbers), nb = numbers.computeIfAbsent(b, Citer::numbers);
    if (na.isEmpty() || nb.isEmpty()) return 1.0;
    for (String n : na) if (nb.contains(n)) return 1.0;
    return 0.7;
  }

  /** The numbers a sentence states, digits or written words ("four people" = "4 people"). */
  private static java.util.Set<String> numbers(Sentence s) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (dev.newsbrief.model.Token t : s.tokens()) {
      if (Character.isDigit(t.text().charAt(0))) out.add(t.norm().replace(",", ""));
      double written = NumberWords.written(t.norm());
      // "one" is too often a pronoun ("one of the ...") to count as a figure
      if (written >= 2) out.add(Long.toString((long) written));
    }
    return out;
  }

  private Map<String, Double> vector(Sentence s) {
    return cache.computeIfAbsent(s, vectors::vector);
  }

  private Citation citation(Sentence s, double similarity) {
    return new Citation(story.sourceNumber(s.articleId()), s.articleId(), s.index(), s.start(), s.end(),
        s.text(), Math.round(similarity * 1000) / 1000.0);
  }
}
