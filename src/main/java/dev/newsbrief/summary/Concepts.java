package dev.newsbrief.summary;

import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import dev.newsbrief.story.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Concepts in the sense of Gillick and Favre: stemmed word bigrams that are not both stopwords.
 * A concept's weight is the number of independent reports that contain it, so facts that many
 * outlets report outweigh one outlet's detail.
 */
public final class Concepts {
  private Concepts() {}

  /**
   * The concept keys of a sentence: stem bigrams over its words (punctuation skipped) and, when
   * asked, the stems of its content words, which carry the facts a bigram splits ("Pinochet").
   */
  public static Set<String> of(Sentence s, boolean unigrams) {
    return of(s.tokens(), unigrams);
  }

  /**
   * {@link #of(Sentence, boolean)} with unigrams, worked out once per sentence of the story: the
   * summary, the Latest section and the timeline each weigh every sentence of a story.
   */
  public static Set<String> of(Story story, Sentence s) {
    return story.sentenceMemo("summary.concepts", s, x -> java.util.Collections.unmodifiableSet(of(x, true)));
  }

  /** The concept keys of any token sequence, such as a reference summary's. */
  public static Set<String> of(List<Token> tokens, boolean unigrams) {
    Set<String> out = new HashSet<>();
    visit(tokens, unigrams, (key, first, last, position) -> out.add(key));
    return out;
  }

  /** Receives each concept occurrence with its first and last word and the first word's position. */
  interface Visitor {
    void concept(String key, Token first, Token last, int position);
  }

  /** Calls the visitor for every concept occurrence, in text order (a concept may recur). */
  static void visit(List<Token> tokens, boolean unigrams, Visitor visitor) {
    Token prev = null;
    int position = 0;
    for (Token t : tokens) {
      if (!t.isWord()) continue;
      if (prev != null && !(prev.stop() && t.stop())) visitor.concept(prev.stem() + ' ' + t.stem(), prev, t, position - 1);
      if (unigrams && !t.stop()) visitor.concept(t.stem(), t, t, position);
      prev = t;
      position++;
    }
  }

  public static boolean isUnigram(String concept) {
    return concept.indexOf(' ') < 0;
  }

  /**
   * Document frequency of every concept over the given reports.
   *
   * @param firstSentences how many leading sentences of each report count twice, since news puts
   *                       its main facts first; 0 to disable
   */
  public static Map<String, Double> weights(List<Document> reports, int firstSentences, double leadBonus, boolean unigrams) {
    return weights(reports, firstSentences, leadBonus, s -> of(s, unigrams));
  }

  /** {@link #weights(List, int, double, boolean)} with unigrams, from the story's concepts ({@link #of(Story, Sentence)}). */
  public static Map<String, Double> weights(Story story, List<Document> reports, int firstSentences, double leadBonus) {
    Map<String, Double> df = new HashMap<>();
    // a report's own share, kept with it: a story briefed again as it grows sums, not reads, its older reports
    for (Document d : reports) inReport(story, d, firstSentences, leadBonus).forEach((c, w) -> df.merge(c, w, Double::sum));
    return df;
  }

  /** The concepts of one report of the story (those of its sentences, {@link #of(Story, Sentence)}); kept with the report. */
  public static Set<String> of(Story story, Document report) {
    return inReport(story, report, 0, 0).keySet();
  }

  private static Map<String, Double> inReport(Story story, Document d, int firstSentences, double leadBonus) {
    return d.memo("summary.reportConcepts " + firstSentences + " " + leadBonus,
        () -> java.util.Collections.unmodifiableMap(inReport(d, firstSentences, leadBonus, s -> of(story, s))));
  }

  private static Map<String, Double> weights(List<Document> reports, int firstSentences, double leadBonus,
                                             java.util.function.Function<Sentence, Set<String>> concepts) {
    Map<String, Double> df = new HashMap<>();
    for (Document d : reports) inReport(d, firstSentences, leadBonus, concepts).forEach((c, w) -> df.merge(c, w, Double::sum));
    return df;
  }

  /** Each concept of one report with its weight there: 1, or more when it is in one of the first sentences. */
  private static Map<String, Double> inReport(Document d, int firstSentences, double leadBonus,
                                              java.util.function.Function<Sentence, Set<String>> concepts) {
    Map<String, Double> inDoc = new HashMap<>();
    for (Sentence s : d.sentences()) {
      double w = s.index() < firstSentences ? 1 + leadBonus : 1;
      for (String c : concepts.apply(s)) inDoc.merge(c, w, Math::max);
    }
    return inDoc;
  }

  /** Keeps concepts whose weight reaches {@code min}; the rest are one report's wording. */
  public static Map<String, Double> atLeast(Map<String, Double> weights, double min) {
    Map<String, Double> out = new HashMap<>();
    weights.forEach((c, w) -> { if (w >= min) out.put(c, w); });
    return out;
  }

  static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }
}
