package dev.newsbrief.summary;

import dev.newsbrief.cite.Citer;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Quote;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import dev.newsbrief.voices.Voices;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Budgeted maximum concept coverage (Gillick and Favre 2009): choose the sentences that together
 * cover the greatest total weight of distinct concepts within the word budget. Covering a concept
 * twice earns nothing, which is what keeps the summary free of repetition. Concept weights come
 * from a {@link ConceptWeighting}; the choice is made by a {@link CoverageOptimiser}.
 */
public final class ConceptSummarizer implements Summarizer {
  /**
   * Settings, kept few on purpose: each one is a chance to overfit the development set.
   *
   * @param optimiser         solves the coverage problem
   * @param maxCandidates     the densest sentences considered; the rest cannot win a place
   * @param leadSentenceBonus a report's first sentence is worth this share more than its concepts:
   *                          news writers put the story's summary there
   * @param minWords          shortest candidate sentence, in words (never below
   *                          {@link Eligibility#MIN_WORDS}, the floor for any sentence shown alone)
   */
  public record Settings(CoverageOptimiser optimiser, int maxCandidates, double leadSentenceBonus, int minWords) {
    /** The product's settings: greedy with swaps, sentences of 6 words or more. */
    public static final Settings DEFAULT = new Settings(new GreedySwap(0.6), 400, 0, 6);

    public Settings withOptimiser(CoverageOptimiser o) {
      return new Settings(o, maxCandidates, leadSentenceBonus, minWords);
    }

    public Settings withMinWords(int words) {
      return new Settings(optimiser, maxCandidates, leadSentenceBonus, words);
    }
  }

  /**
   * The product's weighting: report counts with the first five sentences of a report counting 1.5,
   * content words at half a bigram. Chosen on DUC 2003 from a grid of four (lead 3 or 5 sentences,
   * unigram weight 0.5 or 1); see {@code eval mds --cv 2} for the held-out figure.
   */
  public static final ConceptWeighting FREQUENCY = ConceptWeighting.frequency(5, 0.5, 0.5);

  private final ConceptWeighting weighting;
  private final Settings settings;

  public ConceptSummarizer() {
    this(FREQUENCY, Settings.DEFAULT);
  }

  public ConceptSummarizer(ConceptWeighting weighting, Settings settings) {
    this.weighting = weighting;
    this.settings = settings;
  }

  @Override
  public List<Sentence> summarize(Story story, int budget) {
    return summarize(story, budget, ALL);
  }

  private static final java.util.function.Predicate<Sentence> ALL = s -> true;

  @Override
  public List<Sentence> summarize(Story story, int budget, java.util.function.Predicate<Sentence> keep) {
    // the candidates and their repeats do not depend on the budget: the shown summary's retries
    // with a smaller budget reuse the last story's
    Prepared prepared = last;
    if (prepared == null || prepared.story() != story || prepared.keep() != keep) {
      Candidates built = Candidates.build(story, story.origins(), weighting.weights(story, story.origins()), settings, keep);
      last = prepared = new Prepared(story, keep, built, withRepeatsExcluded(built, story));
    }
    Candidates c = prepared.candidates();
    CoverageProblem problem = prepared.problem();
    BitSet chosen = settings.optimiser().solve(problem, budget);
    List<Sentence> out = new ArrayList<>();
    for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) out.add(c.sentences.get(i));
    out.sort(story.readingOrder());
    return ledeFirst(out);
  }

  /**
   * A report's first sentence is written to stand alone: it names the event that later sentences
   * call "the crash" or "the damage". When the summary holds one and does not open with one, the
   * earliest such lede opens it; the rest keep their reading order.
   */
  static List<Sentence> ledeFirst(List<Sentence> ordered) {
    if (ordered.isEmpty() || ordered.get(0).index() == 0) return ordered;
    for (int i = 1; i < ordered.size(); i++) {
      if (ordered.get(i).index() == 0) {
        List<Sentence> out = new ArrayList<>(ordered.size());
        out.add(ordered.get(i));
        for (int k = 0; k < ordered.size(); k++) if (k != i) out.add(ordered.get(k));
        return out;
      }
    }
    return ordered;
  }

  /**
   * Two sentences stating the same fact in other words (the citation engine's test) never go in
   * one summary: covering concepts twice earns nothing, but a paraphrase adds new wording, and
   * without this the optimiser would pay for it. Asked lazily, and remembered.
   */
  private static CoverageProblem withRepeatsExcluded(Candidates c, Story story) {
    Citer citer = new Citer(story);
    Map<Long, Boolean> known = new HashMap<>();
    // reused by every budget of the story, perhaps from two threads at once
    CoverageProblem.Conflicts sameFact = (a, b) -> {
      synchronized (known) {
        return known.computeIfAbsent((long) Math.min(a, b) << 32 | Math.max(a, b),
            k -> citer.sameFactAsAny(c.sentences.get(a), List.of(c.sentences.get(b))));
      }
    };
    CoverageProblem p = c.problem;
    return new CoverageProblem(p.lengths(), p.covers(), p.weights(), sameFact);
  }

  private record Prepared(Story story, java.util.function.Predicate<Sentence> keep, Candidates candidates, CoverageProblem problem) {}

  private volatile Prepared last;

  /** Eligible sentences that cover at least one weighted concept, and their coverage problem. */
  private record Candidates(List<Sentence> sentences, CoverageProblem problem) {
    static Candidates build(Story story, List<Document> docs, Map<String, Double> weights, Settings settings,
                            java.util.function.Predicate<Sentence> keep) {
      // every sentence's concept value first, which is cheap; the costlier tests (eligible, a quote
      // with a known speaker, the caller's wish) only for the densest, until enough have passed: a
      // story of a thousand reports has tens of thousands of sentences and needs a few
      List<Sentence> sentences = new ArrayList<>();
      List<Double> density = new ArrayList<>();
      for (Document d : docs) {
        for (Sentence s : d.sentences()) {
          int words = Summarizer.words(s.text());
          if (words < settings.minWords()) continue;
          double value = 0;
          for (String concept : Concepts.of(story, s)) {
            Double cw = weights.get(concept);
            if (cw != null && cw > 0) value += cw;
          }
          if (value == 0) continue;
          sentences.add(s);
          density.add(value / words);
        }
      }
      List<Integer> densest = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) densest.add(i);
      densest.sort((a, b) -> Double.compare(density.get(b), density.get(a))); // stable: ties in story order
      BitSet passed = new BitSet(sentences.size());
      int count = 0;
      for (int i : densest) {
        if (count >= settings.maxCandidates()) break;
        Sentence s = sentences.get(i);
        if (!Eligibility.eligible(story, s)) continue;
        // someone's words continued from a sentence before: only with a known speaker, shown beside them
        Map<Integer, Quote> quoted = Voices.continuedQuotations(story, story.document(s.articleId()));
        if (quoted.containsKey(s.index()) && quoted.get(s.index()) == null || !keep.test(s)) continue;
        passed.set(i);
        count++;
      }
      Map<String, Integer> ids = new HashMap<>();
      List<Double> w = new ArrayList<>();
      List<Sentence> kept = new ArrayList<>();
      int[] lengths = new int[count];
      int[][] keptCovers = new int[count][];
      for (int i = passed.nextSetBit(0); i >= 0; i = passed.nextSetBit(i + 1)) {
        Sentence s = sentences.get(i);
        List<Integer> mine = new ArrayList<>();
        double value = 0;
        for (String concept : Concepts.of(story, s)) {
          Double cw = weights.get(concept);
          if (cw == null || cw <= 0) continue;
          mine.add(ids.computeIfAbsent(concept, k -> {
            w.add(cw);
            return w.size() - 1;
          }));
          value += cw;
        }
        if (s.index() == 0 && settings.leadSentenceBonus() > 0) {
          // The bonus is a concept only this sentence covers.
          w.add(value * settings.leadSentenceBonus());
          mine.add(w.size() - 1);
        }
        lengths[kept.size()] = Summarizer.words(s.text());
        keptCovers[kept.size()] = mine.stream().mapToInt(Integer::intValue).toArray();
        kept.add(s);
      }
      double[] weight = w.stream().mapToDouble(Double::doubleValue).toArray();
      return new Candidates(kept, new CoverageProblem(lengths, keptCovers, weight));
    }
  }
}
