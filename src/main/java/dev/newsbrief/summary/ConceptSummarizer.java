package dev.newsbrief.summary;

import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Budgeted maximum concept coverage (Gillick and Favre 2009): choose the sentences that together
 * cover the greatest total weight of distinct concepts within the word budget. Covering a concept
 * twice earns nothing, which is what keeps the summary free of repetition.
 *
 * <p>The optimiser is the cost-scaled greedy of Lin and Bilmes (gain per word^r) followed by
 * swap-based local search until no single exchange improves coverage; on news clusters this
 * reaches the ILP optimum or comes within a percent of it, at a fraction of the cost.
 */
public final class ConceptSummarizer implements Summarizer {
  /** Settings, kept few on purpose: each one is a chance to overfit the development set. */
  public record Settings(double scale, int leadSentences, double leadBonus, double unigramWeight, int maxCandidates) {
    public static final Settings DEFAULT = new Settings(0.6, 3, 0.5, 1.0, 400);

    boolean unigrams() {
      return unigramWeight > 0;
    }
  }

  private final Settings settings;

  public ConceptSummarizer() {
    this(Settings.DEFAULT);
  }

  public ConceptSummarizer(Settings settings) {
    this.settings = settings;
  }

  @Override
  public List<Sentence> summarize(Story story, int budget) {
    List<Document> origins = story.origins();
    Map<String, Double> all = Concepts.weights(origins, settings.leadSentences(), settings.leadBonus(), settings.unigrams());
    Map<String, Double> weights = Concepts.atLeast(all, minDocumentFrequency(origins.size()));
    if (weights.isEmpty()) weights = all;
    weights.replaceAll((c, w) -> Concepts.isUnigram(c) ? w * settings.unigramWeight() : w);

    Problem p = Problem.build(origins, weights, settings.maxCandidates(), settings.unigrams());
    BitSet chosen = greedy(p, budget);
    chosen = localSearch(p, chosen, budget);

    List<Sentence> out = new ArrayList<>();
    for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) out.add(p.sentences.get(i));
    out.sort(story.readingOrder());
    return out;
  }

  /** A concept must appear in about a third of the reports (at least 2) to count as the story's. */
  static double minDocumentFrequency(int reports) {
    if (reports <= 2) return 1;
    return Math.max(2, Math.min(3, Math.round(reports / 3.0)));
  }

  /** Candidate sentences with their concepts as integer ids, for fast coverage arithmetic. */
  private static final class Problem {
    final List<Sentence> sentences = new ArrayList<>();
    final List<int[]> concepts = new ArrayList<>();
    final int[] lengths;
    final double[] weight;

    private Problem(List<Sentence> s, List<int[]> c, double[] weight) {
      sentences.addAll(s);
      concepts.addAll(c);
      this.weight = weight;
      lengths = new int[s.size()];
      for (int i = 0; i < s.size(); i++) lengths[i] = Summarizer.words(s.get(i).text());
    }

    static Problem build(List<Document> docs, Map<String, Double> weights, int maxCandidates, boolean unigrams) {
      Map<String, Integer> ids = new HashMap<>();
      List<Double> w = new ArrayList<>();
      List<Sentence> cands = new ArrayList<>();
      List<int[]> cons = new ArrayList<>();
      List<Double> value = new ArrayList<>();
      for (Document d : docs) {
        for (Sentence s : d.sentences()) {
          if (!Eligibility.eligible(s)) continue;
          List<Integer> mine = new ArrayList<>();
          double v = 0;
          for (String c : Concepts.of(s, unigrams)) {
            Double cw = weights.get(c);
            if (cw == null) continue;
            Integer id = ids.get(c);
            if (id == null) {
              id = ids.size();
              ids.put(c, id);
              w.add(cw);
            }
            mine.add(id);
            v += cw;
          }
          if (mine.isEmpty()) continue;
          cands.add(s);
          cons.add(mine.stream().mapToInt(Integer::intValue).toArray());
          value.add(v / Summarizer.words(s.text()));
        }
      }
      if (cands.size() > maxCandidates) {
        // Keep the densest sentences; the rest cannot win a place in a short summary.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cands.size(); i++) order.add(i);
        order.sort((a, b) -> Double.compare(value.get(b), value.get(a)));
        List<Sentence> s2 = new ArrayList<>();
        List<int[]> c2 = new ArrayList<>();
        for (int i : order.subList(0, maxCandidates)) {
          s2.add(cands.get(i));
          c2.add(cons.get(i));
        }
        cands = s2;
        cons = c2;
      }
      double[] weight = new double[w.size()];
      for (int i = 0; i < weight.length; i++) weight[i] = w.get(i);
      return new Problem(cands, cons, weight);
    }

    double coverage(BitSet chosen) {
      BitSet covered = new BitSet(weight.length);
      for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1))
        for (int c : concepts.get(i)) covered.set(c);
      double total = 0;
      for (int c = covered.nextSetBit(0); c >= 0; c = covered.nextSetBit(c + 1)) total += weight[c];
      return total;
    }

    int length(BitSet chosen) {
      int n = 0;
      for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) n += lengths[i];
      return n;
    }
  }

  private BitSet greedy(Problem p, int budget) {
    BitSet chosen = new BitSet();
    BitSet covered = new BitSet(p.weight.length);
    int used = 0;
    while (true) {
      int best = -1;
      double bestScore = 0;
      for (int i = 0; i < p.sentences.size(); i++) {
        if (chosen.get(i) || used + p.lengths[i] > budget) continue;
        double gain = 0;
        for (int c : p.concepts.get(i)) if (!covered.get(c)) gain += p.weight[c];
        double score = gain / Math.pow(p.lengths[i], settings.scale());
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best < 0) break;
      chosen.set(best);
      used += p.lengths[best];
      for (int c : p.concepts.get(best)) covered.set(c);
    }
    // Lin and Bilmes: compare with the best single sentence, which greedy can miss.
    int single = -1;
    double singleValue = p.coverage(chosen);
    for (int i = 0; i < p.sentences.size(); i++) {
      if (p.lengths[i] > budget) continue;
      BitSet one = new BitSet();
      one.set(i);
      double v = p.coverage(one);
      if (v > singleValue) {
        singleValue = v;
        single = i;
      }
    }
    if (single >= 0) {
      chosen = new BitSet();
      chosen.set(single);
    }
    return chosen;
  }

  /** Tries adding, and exchanging one chosen sentence for one or two others, while coverage rises. */
  private BitSet localSearch(Problem p, BitSet start, int budget) {
    BitSet best = (BitSet) start.clone();
    double bestValue = p.coverage(best);
    int n = p.sentences.size();
    boolean improved = true;
    for (int round = 0; improved && round < 20; round++) {
      improved = false;
      int used = p.length(best);
      for (int add = 0; add < n && !improved; add++) {
        if (best.get(add)) continue;
        if (used + p.lengths[add] <= budget) {
          BitSet t = (BitSet) best.clone();
          t.set(add);
          double v = p.coverage(t);
          if (v > bestValue + 1e-9) {
            best = t;
            bestValue = v;
            improved = true;
            break;
          }
        }
        for (int out = best.nextSetBit(0); out >= 0 && !improved; out = best.nextSetBit(out + 1)) {
          if (used - p.lengths[out] + p.lengths[add] > budget) continue;
          BitSet t = (BitSet) best.clone();
          t.clear(out);
          t.set(add);
          double v = p.coverage(t);
          if (v > bestValue + 1e-9) {
            best = t;
            bestValue = v;
            improved = true;
          }
        }
      }
    }
    return best;
  }
}
