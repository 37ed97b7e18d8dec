package dev.newsbrief.cite;

import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for a sentence, the one sentence of each other report that states the same fact, if any.
 * "The same fact" is the {@link ClaimMatcher}'s decision over {@link ClaimFeatures} (predicate,
 * actors, figures, days, negation, modality, embeddings), learnt from hand-labelled pairs and set
 * for precision: a citation a reader follows must hold. Only each report's few sentences most like
 * the cited one by TF-IDF are put to the matcher, found through an index of the story's words.
 * A wire copy never corroborates its own origin: only one report per origin is cited.
 * Repetition inside the briefing ({@link #repeats}) is the looser TF-IDF test: two sentences that
 * share most of their words repeat each other even when a citation would need more.
 */
public final class Citer {
  /** The TF-IDF similarity from which two sentences repeat each other (checked by eye on the reference cluster). */
  public static final double SAME_FACT = 0.42;
  /** A lower cosine that still counts when enough distinctive words are shared. */
  static final double PARAPHRASE = 0.28;
  static final int PARAPHRASE_SHARED = 4;
  /** Candidates of a report put to the claim matcher: those most like the sentence, above a floor. */
  static final int CANDIDATES_PER_REPORT = 2;
  static final double CANDIDATE_FLOOR = 0.2;
  /** Sentences of a story beyond which a word is too common to look candidates up by (far more than a DUC cluster has). */
  static final int COMMON_WORD_SENTENCES = 2000;
  /** The confidence shown for a corroborating sentence stays below the quoted sentence's 1.0. */
  static final double MAX_CONFIDENCE = 0.999;

  private final Story story;
  private final SentenceVectors vectors;
  private final ClaimFeatures claims;
  private final ClaimMatcher matcher;
  // Summary, timeline and voices often cite the same sentence.
  private final Map<Sentence, CitedSentence> cited = new IdentityHashMap<>();
  private Index index;

  public Citer(Story story) {
    this(story, ClaimMatcher.DEFAULT);
  }

  public Citer(Story story, ClaimMatcher matcher) {
    this.story = story;
    this.vectors = new SentenceVectors(story.documents());
    this.claims = new ClaimFeatures(vectors, story);
    this.matcher = matcher;
  }

  /**
   * The story's citer, made once and kept with the story: a briefing and the summarizers it runs
   * (update briefs, the Latest section) ask about the same sentences, and each citer indexes and
   * embeds the story anew. Its questions are answered one at a time (the briefing asks from two threads).
   */
  public static Citer of(Story story) {
    return story.memo("cite.citer", () -> new Citer(story));
  }

  /** The sentence with every independent report that states the same; computed once per sentence. */
  public synchronized CitedSentence cite(Sentence sentence) {
    return cited.computeIfAbsent(sentence, this::findCitations);
  }

  private CitedSentence findCitations(Sentence sentence) {
    List<Citation> out = new ArrayList<>();
    out.add(citation(sentence, 1.0));
    String ownOrigin = story.origin(sentence.articleId());
    Map<String, Double> v = vector(sentence);
    // the lexical features rule most candidates out; only the rest are embedded, in one batch
    List<List<Sentence>> perReport = new ArrayList<>();
    Map<Sentence, double[]> features = new IdentityHashMap<>();
    List<Sentence> toEmbed = new ArrayList<>();
    toEmbed.add(sentence);
    Map<String, List<Sentence>> alike = mostAlike(v);
    // the reports with candidates, in the story's order
    List<String> reports = new ArrayList<>(alike.keySet());
    reports.sort(java.util.Comparator.comparingInt(story::sourceNumber));
    for (String id : reports) {
      if (story.origin(id).equals(ownOrigin)) continue;
      List<Sentence> candidates = new ArrayList<>();
      for (Sentence s : alike.get(id)) {
        double[] x = claims.lexical(sentence, s);
        if (!matcher.couldMatch(x)) continue;
        candidates.add(s);
        features.put(s, x);
        toEmbed.add(s);
      }
      perReport.add(candidates);
    }
    if (toEmbed.size() > 1) claims.prepare(toEmbed);
    for (List<Sentence> candidates : perReport) {
      Sentence best = null;
      double bestP = 0;
      for (Sentence s : candidates) {
        double p = matcher.probability(claims.withEmbedding(features.get(s), sentence, s));
        if (matcher.same(p) && p > bestP) {
          bestP = p;
          best = s;
        }
      }
      if (best != null) out.add(citation(best, Math.min(MAX_CONFIDENCE, bestP)));
    }
    out.sort((a, b) -> Integer.compare(a.source(), b.source()));
    return new CitedSentence(sentence.text(), out);
  }

  /**
   * Each report's sentences most like {@code v} by TF-IDF cosine, at least {@link #CANDIDATE_FLOOR}
   * and at most {@link #CANDIDATES_PER_REPORT}, by report id. Only sentences sharing one of {@code v}'s
   * heaviest words are scored: the lighter words together weigh less than the floor, so a sentence
   * sharing none of the heavy ones cannot reach it (Cauchy–Schwarz). In a big story, a word of more
   * than {@link #COMMON_WORD_SENTENCES} sentences looks none up: a sentence sharing only such words
   * with {@code v} is not a candidate (the one approximation; no DUC cluster comes near it). Their dot products are summed
   * along the index's postings, and only those near the floor are compared exactly, so a sentence
   * of a big story costs the postings of its specific words, not a pass over the story.
   */
  private synchronized Map<String, List<Sentence>> mostAlike(Map<String, Double> v) {
    Index index = index();
    List<Map.Entry<String, Double>> words = new ArrayList<>(v.entrySet());
    words.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    double total = 0;
    for (Map.Entry<String, Double> w : words) total += w.getValue() * w.getValue();
    double norm = Math.sqrt(total);
    double lighter = total, skipped = 0;
    int[] touched = new int[64];
    int touchedCount = 0;
    for (Map.Entry<String, Double> w : words) {
      // the heaviest words, until the rest can no longer reach the floor
      if (Math.sqrt(Math.max(0, lighter)) < CANDIDATE_FLOOR * norm * (1 - 1e-9)) break;
      lighter -= w.getValue() * w.getValue();
      int[] ids = index.sentences.get(w.getKey());
      // a word of very many sentences ("oil" in a story of an oil spill) finds no candidates by
      // itself in a big story; it still counts in the score of those the other words find
      if (ids != null && ids.length > COMMON_WORD_SENTENCES) skipped += w.getValue() * w.getValue();
      if (ids == null || ids.length > COMMON_WORD_SENTENCES) continue;
      double[] weights = index.weights.get(w.getKey());
      for (int k = 0; k < ids.length; k++) {
        if (index.dot[ids[k]] == 0) {
          if (touchedCount == touched.length) touched = java.util.Arrays.copyOf(touched, 2 * touched.length);
          touched[touchedCount++] = ids[k];
        }
        index.dot[ids[k]] += w.getValue() * weights[k];
        index.summed[ids[k]] += weights[k] * weights[k];
      }
    }
    // the lighter and the skipped words' share of the dot product is left out above: at most their
    // norm times the norm of the rest of the sentence, the part not summed (Cauchy–Schwarz)
    double rest = Math.sqrt(Math.max(0, lighter) + skipped);
    Map<String, List<Sentence>> byReport = new HashMap<>();
    for (int t = 0; t < touchedCount; t++) {
      int id = touched[t];
      double unsummed = Math.sqrt(Math.max(0, index.norms[id] * index.norms[id] - index.summed[id]));
      double bound = (index.dot[id] + rest * unsummed) / (norm * index.norms[id]);
      index.dot[id] = 0;
      index.summed[id] = 0;
      if (bound + 1e-9 < CANDIDATE_FLOOR * (1 - 1e-6)) continue;
      Sentence s = index.all.get(id);
      byReport.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(s);
    }
    return bestOfEachReport(v, byReport);
  }

  /** Of each report's sentences (in their order), the {@link #CANDIDATES_PER_REPORT} most like {@code v}, at least {@link #CANDIDATE_FLOOR}. */
  private Map<String, List<Sentence>> bestOfEachReport(Map<String, Double> v, Map<String, List<Sentence>> byReport) {
    Index index = index();
    double norm = SentenceVectors.norm(v);
    // the query spread over the index's term ids, so that each dot product is a pass over the
    // sentence's terms (in ascending order: the sum is the same, to the bit, as a merge of the two)
    List<Integer> known = new ArrayList<>();
    for (Map.Entry<String, Double> w : v.entrySet()) {
      Integer t = index.termIds.get(w.getKey());
      if (t == null) continue;
      known.add(t);
      index.query[t] = w.getValue();
    }
    try {
      return bestOfEachReport(index, norm, byReport);
    } finally {
      for (int t : known) index.query[t] = 0;
    }
  }

  private Map<String, List<Sentence>> bestOfEachReport(Index index, double norm, Map<String, List<Sentence>> byReport) {
    Map<String, List<Sentence>> out = new HashMap<>();
    for (Map.Entry<String, List<Sentence>> e : byReport.entrySet()) {
      List<Sentence> sentences = e.getValue();
      sentences.sort(java.util.Comparator.comparingInt(Sentence::index));
      Sentence first = null, second = null;
      double c1 = CANDIDATE_FLOOR, c2 = CANDIDATE_FLOOR;
      for (Sentence s : sentences) {
        int id = index.ids.get(s);
        double dot = dot(index.query, index.sentenceTerms[id], index.sentenceWeights[id]);
        double c = dot == 0 ? 0 : dot / (norm * index.norms[id]);
        if (c >= c1) {
          second = first;
          c2 = c1;
          first = s;
          c1 = c;
        } else if (c >= c2) {
          second = s;
          c2 = c;
        }
      }
      List<Sentence> best = new ArrayList<>(CANDIDATES_PER_REPORT);
      if (first != null) best.add(first);
      if (second != null) best.add(second);
      if (!best.isEmpty()) out.put(e.getKey(), best);
    }
    return out;
  }

  /** The dot product of a dense vector with a sparse one given as ascending term ids and their weights. */
  private static double dot(double[] dense, int[] terms, double[] weights) {
    double dot = 0;
    for (int k = 0; k < terms.length; k++) {
      double q = dense[terms[k]];
      if (q != 0) dot += q * weights[k];
    }
    return dot;
  }

  /** The candidates of each report for citing {@code s}, found through the index, as citing finds them. */
  synchronized Map<String, List<Sentence>> candidates(Sentence s) {
    return mostAlike(vector(s));
  }

  /** The same, by scoring every sentence of every independent report: what the index must equal (a test checks). */
  synchronized Map<String, List<Sentence>> candidatesByScan(Sentence s) {
    Map<String, List<Sentence>> byReport = new HashMap<>();
    for (Document d : story.origins()) byReport.put(d.id(), new ArrayList<>(d.sentences()));
    return bestOfEachReport(vector(s), byReport);
  }

  /** The story's independent reports' sentences by content-word stem, with TF-IDF weights and norms. */
  private static final class Index {
    final List<Sentence> all = new ArrayList<>();
    final Map<String, int[]> sentences = new HashMap<>();
    final Map<String, double[]> weights = new HashMap<>();
    /** Each stem's id, and the stems by id. */
    final Map<String, Integer> termIds = new HashMap<>();
    final List<String> terms = new ArrayList<>();
    /** Each sentence's TF-IDF vector, as its claim has it, without the rest of the claim: ascending term ids and weights. */
    int[][] sentenceTerms;
    double[][] sentenceWeights;
    /** Each sentence's id, its position in {@link #all}. */
    final Map<Sentence, Integer> ids = new IdentityHashMap<>();
    double[] norms;
    /** Dot products being summed for one query, and each sentence's squared weights of the words summed; all zero between queries. */
    double[] dot, summed;
    /** The query's weight of each term; all zero between queries. */
    double[] query;
  }

  private synchronized Index index() {
    if (index != null) return index;
    Index built = new Index();
    Map<String, List<Integer>> ids = new HashMap<>();
    Map<String, List<Double>> weights = new HashMap<>();
    List<Double> norms = new ArrayList<>();
    List<int[]> sentenceTerms = new ArrayList<>();
    List<double[]> sentenceWeights = new ArrayList<>();
    for (Document d : story.origins()) {
      for (Sentence s : d.sentences()) {
        int id = built.all.size();
        built.all.add(s);
        built.ids.put(s, id);
        Map<String, Double> v = vectors.vector(s);
        java.util.TreeMap<Integer, Double> byTerm = new java.util.TreeMap<>();
        for (Map.Entry<String, Double> e : v.entrySet()) {
          Integer t = built.termIds.get(e.getKey());
          if (t == null) {
            built.termIds.put(e.getKey(), t = built.terms.size());
            built.terms.add(e.getKey());
          }
          byTerm.put(t, e.getValue());
        }
        sentenceTerms.add(byTerm.keySet().stream().mapToInt(Integer::intValue).toArray());
        sentenceWeights.add(byTerm.values().stream().mapToDouble(Double::doubleValue).toArray());
        double sum = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
          ids.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(id);
          weights.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
          sum += e.getValue() * e.getValue();
        }
        norms.add(Math.sqrt(sum));
      }
    }
    for (Map.Entry<String, List<Integer>> e : ids.entrySet()) {
      built.sentences.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
      built.weights.put(e.getKey(), weights.get(e.getKey()).stream().mapToDouble(Double::doubleValue).toArray());
    }
    built.norms = norms.stream().mapToDouble(Double::doubleValue).toArray();
    built.sentenceTerms = sentenceTerms.toArray(new int[0][]);
    built.sentenceWeights = sentenceWeights.toArray(new double[0][]);
    built.dot = new double[built.all.size()];
    built.summed = new double[built.all.size()];
    built.query = new double[built.terms.size()];
    index = built;
    return index;
  }

  /** The TF-IDF similarity the repetition test thresholds at {@link #SAME_FACT}. */
  public synchronized double similarity(Sentence a, Sentence b) {
    return sameFact(a, b);
  }

  /** Whether two sentences say much the same (the summary and timeline test against repetition). */
  public synchronized boolean repeats(Sentence a, Sentence b) {
    return a == b || sameFact(a, b) >= SAME_FACT;
  }

  /**
   * The sentence-embedding similarity from which a sentence restates another ("Earlier this week, Israel
   * threatened to close down the Gaza airport when ..." after "Israel has threatened to close down the
   * Gaza airport ..."): read on the summaries of the 30 DUC 2003 clusters, where the only pairs above
   * it were ones a reader marked as repeats.
   */
  static final double RESTATES = 0.75;

  /**
   * Whether {@code s} says again, perhaps in other words or with more detail, what one of
   * {@code shown} says: looser than {@link #sameFactAsAny}, for a section read after another (the
   * summary after Latest), where a repeat is plain to the reader. Embeds the sentences it compares.
   */
  public synchronized boolean restatesAny(Sentence s, java.util.Collection<Sentence> shown) {
    for (Sentence o : shown) {
      if (repeats(s, o)) return true;
      double[] x = claims.withEmbedding(claims.lexical(s, o), s, o);
      // talks on Thursday in February and talks on Wednesday in December read alike, and are two events
      if (x[ClaimFeatures.EMBEDDING] >= RESTATES && x[ClaimFeatures.DAY_CONFLICT] == 0
          && x[ClaimFeatures.FIGURE_CONFLICT] == 0) return true;
    }
    return false;
  }

  /** Whether {@code s} states the same thing as one of {@code others} (or is one of them). */
  public synchronized boolean sameFactAsAny(Sentence s, java.util.Collection<Sentence> others) {
    for (Sentence o : others) if (repeats(s, o)) return true;
    return false;
  }

  /**
   * How surely two sentences state the same fact, 0..1; {@link #SAME_FACT} and above counts. The
   * TF-IDF cosine, lowered when their figures differ; a paraphrase that shares several of the
   * story's rare words ("convoy", "blamed", "aid") counts even when other words differ
   * ("Washington"/"the US", "Moscow"/"Russia").
   */
  synchronized double sameFact(Sentence a, Sentence b) {
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
  synchronized double numberAgreement(Sentence a, Sentence b) {
    java.util.Set<String> na = claims.claim(a).allNumbers(), nb = claims.claim(b).allNumbers();
    if (na.isEmpty() || nb.isEmpty()) return 1.0;
    for (String n : na) if (nb.contains(n)) return 1.0;
    return 0.7;
  }

  /** The sentence's TF-IDF vector, read once with the rest of its claim. */
  private Map<String, Double> vector(Sentence s) {
    return claims.claim(s).content();
  }

  /** The citation of a sentence quoted as it stands (where a bracketed insertion comes from). */
  public Citation quoting(Sentence s) {
    return citation(s, 1.0);
  }

  private Citation citation(Sentence s, double similarity) {
    return new Citation(story.sourceNumber(s.articleId()), s.articleId(), s.index(), s.start(), s.end(),
        s.text(), Math.round(similarity * 1000) / 1000.0);
  }
}
