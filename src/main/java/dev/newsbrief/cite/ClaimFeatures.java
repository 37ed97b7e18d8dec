package dev.newsbrief.cite;

import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import dev.newsbrief.story.Story;
import dev.newsbrief.text.NumberWords;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a claim matcher looks at when asking whether sentence {@code b} states the fact of sentence
 * {@code a}: not only how many words they share, but which: the claim's predicate and event words,
 * its actors (names), its figures and days, and whether one is negated or only planned where the
 * other is done. Each sentence is read once into a {@link Claim}; a pair's features are set
 * operations on two claims.
 */
public final class ClaimFeatures {
  /** Feature names, in vector order: the model file lists its weights under these names. */
  public static final String[] NAMES = {
      "bias", "cosine", "coverA", "coverCoreA", "coverNamesA", "bigramsA", "embedding", "embeddingHigh",
      "figureConflict", "figureMissing", "dayConflict", "negationMismatch", "modalityMismatch"};

  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "without", "denied", "denies",
      "deny", "neither", "nor", "none", "nobody", "refused", "rejected", "failed");
  private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "should", "plan",
      "plans", "planned", "planning", "expected", "expects", "considering", "consider", "considers", "propose",
      "proposed", "proposes", "proposal", "intend", "intends", "aims", "hope", "hopes", "seek", "seeks", "to",
      "scheduled", "due", "likely", "possible", "threatened", "threatens", "if");
  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tomorrow", "january", "february", "march", "april", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct",
      "nov", "dec");

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

  /**
   * One sentence read for matching: content stems by TF-IDF weight (its {@link SentenceVectors}
   * vector), names, figures (numbers without years), every number (years too), days, polarity.
   */
  public record Claim(Map<String, Double> content, Set<String> names, Set<String> numbers, Set<String> allNumbers,
                      Set<String> days, boolean negated, boolean modal, Set<String> bigrams, Set<String> core) {}

  /** Openers of a parenthesis that adds background to a name (", who ...,", ", a former colony,"). */
  private static final Set<String> ASIDE_OPENERS = Set.of("who", "which", "whose", "where", "a", "an", "the", "one", "also");

  private final SentenceVectors vectors;
  private final Map<Sentence, Claim> claims = new java.util.IdentityHashMap<>();
  private final Map<Sentence, float[]> embeddings = new java.util.IdentityHashMap<>();

  /** Where a sentence's embedding is kept beyond this object (its report's memo), or null: nowhere. */
  private final java.util.function.Function<Sentence, Map<Sentence, float[]>> kept;

  public ClaimFeatures(SentenceVectors vectors) {
    this(vectors, (java.util.function.Function<Sentence, Map<Sentence, float[]>>) s -> null);
  }

  /**
   * Features whose sentence embeddings are kept with the story's reports ({@link Story#sentenceMemos}),
   * so a story briefed again (as it grows, or for a reader's question) embeds only sentences new to it.
   */
  public ClaimFeatures(SentenceVectors vectors, Story story) {
    this(vectors, s -> story.sentenceMemos("cite.embeddings", s));
  }

  private ClaimFeatures(SentenceVectors vectors, java.util.function.Function<Sentence, Map<Sentence, float[]>> kept) {
    this.vectors = vectors;
    this.kept = kept;
  }

  /** The sentence read as a claim; computed once per sentence. */
  public Claim claim(Sentence s) {
    return claims.computeIfAbsent(s, this::read);
  }

  private Claim read(Sentence s) {
    Map<String, Double> content = vectors.vector(s);
    Set<String> names = new HashSet<>(), numbers = new HashSet<>(), allNumbers = new HashSet<>(), days = new HashSet<>();
    boolean negated = false, modal = false;
    boolean first = true;
    Set<String> bigrams = new HashSet<>(), core = new HashSet<>();
    String previous = null;
    boolean inAside = false;
    java.util.List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.text().equals(",")) {
        // ", who ...," / ", a former colony," is background; the claim is the rest
        if (inAside) inAside = false;
        else if (i + 1 < tokens.size() && ASIDE_OPENERS.contains(tokens.get(i + 1).norm())) inAside = true;
        continue;
      }
      if (!t.isWord()) continue;
      String n = t.norm();
      if (!t.stop()) {
        if (previous != null) bigrams.add(previous + " " + t.stem());
        previous = t.stem();
        if (!inAside) core.add(t.stem());
        if (Character.isUpperCase(t.text().charAt(0)) && !(first && t.text().length() <= 3)) names.add(t.stem());
      }
      if (NEGATIONS.contains(n)) negated = true;
      if (MODALS.contains(n) && !n.equals("to")) modal = true;
      if (DAYS.contains(n)) days.add(n.length() > 3 && !n.endsWith("day") ? n.substring(0, 3) : n);
      if (Character.isDigit(t.text().charAt(0))) {
        String digits = n.replace(",", "");
        allNumbers.add(digits);
        if (YEAR.matcher(n).matches()) days.add(n); // a year dates the claim; it does not count anything
        else numbers.add(digits);
      }
      // "one" is too often a pronoun ("one of the ...") to count as a figure
      double written = NumberWords.written(n);
      if (written >= 2) {
        numbers.add(Long.toString((long) written));
        allNumbers.add(Long.toString((long) written));
      }
      first = false;
    }
    return new Claim(content, names, numbers, allNumbers, days, negated, modal, bigrams, core);
  }

  /** Embeds, in one batch, those of the sentences not embedded yet (embedding one by one is slower). */
  public void prepare(java.util.Collection<Sentence> sentences) {
    java.util.List<Sentence> missing = new java.util.ArrayList<>();
    java.util.Set<Sentence> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Sentence s : sentences) {
      if (embeddings.containsKey(s) || !seen.add(s)) continue;
      Map<Sentence, float[]> known = kept.apply(s);
      float[] v = known == null ? null : known.get(s);
      if (v != null) embeddings.put(s, v);
      else missing.add(s);
    }
    if (missing.isEmpty()) return;
    java.util.List<float[]> vectors = Embeddings.of(missing.stream().map(Sentence::text).toList());
    for (int i = 0; i < missing.size(); i++) {
      Sentence s = missing.get(i);
      embeddings.put(s, vectors.get(i));
      Map<Sentence, float[]> known = kept.apply(s);
      if (known != null) known.put(s, vectors.get(i));
    }
  }

  /** Position of the embedding features, which {@link #lexical} leaves at 0. */
  static final int EMBEDDING = java.util.Arrays.asList(NAMES).indexOf("embedding");
  static final int EMBEDDING_HIGH = java.util.Arrays.asList(NAMES).indexOf("embeddingHigh");
  /** Positions of the conflicts that tell two alike sentences apart as two events. */
  static final int FIGURE_CONFLICT = java.util.Arrays.asList(NAMES).indexOf("figureConflict");
  static final int DAY_CONFLICT = java.util.Arrays.asList(NAMES).indexOf("dayConflict");
  /** The embedding similarity from which {@code embeddingHigh} counts. */
  static final double HIGH = 0.7;

  /** The feature vector of the pair (a the sentence shown, b the candidate source), in {@link #NAMES} order. */
  public double[] of(Sentence a, Sentence b) {
    return withEmbedding(lexical(a, b), a, b);
  }

  /** Fills in the embedding features of a {@link #lexical} vector (embeds what is not embedded yet). */
  public double[] withEmbedding(double[] x, Sentence a, Sentence b) {
    prepare(java.util.List.of(a, b));
    double embedding = Embeddings.cosine(embeddings.get(a), embeddings.get(b));
    x[EMBEDDING] = embedding;
    x[EMBEDDING_HIGH] = Math.max(0, embedding - HIGH);
    return x;
  }

  /** The features that need no embedding; the embedding ones are 0 (see {@link ClaimMatcher#couldMatch}). */
  public double[] lexical(Sentence a, Sentence b) {
    Claim ca = claim(a), cb = claim(b);
    double cos = SentenceVectors.cosine(ca.content(), cb.content());
    double coverA = cover(ca.content(), cb.content().keySet(), ca.content().keySet());
    double coverCore = ca.core().isEmpty() ? coverA : cover(ca.content(), cb.content().keySet(), ca.core());
    double coverNames = ca.names().isEmpty() ? 1 : cover(ca.content(), cb.content().keySet(), ca.names());
    double bigrams = ca.bigrams().isEmpty() ? 0 : shared(ca.bigrams(), cb.bigrams()) / (double) ca.bigrams().size();
    boolean bothFigures = !ca.numbers().isEmpty() && !cb.numbers().isEmpty();
    // no figure in common, or "three weeks ... reached 83" / "three weeks ... reached 85": the largest
    // figures, the ones a sentence is about, differ and neither sentence gives the other's
    // and years count as figures do: "appointed commander in 2009" is not "... in 2008"
    Set<String> ya = years(ca.days()), yb = years(cb.days());
    boolean yearConflict = !ya.isEmpty() && !yb.isEmpty() && !intersects(ya, yb);
    double figureConflict = yearConflict
        || bothFigures && (!intersects(ca.numbers(), cb.numbers()) || headlineFiguresDiffer(ca, cb)) ? 1 : 0;
    double figureMissing = !ca.numbers().isEmpty() && cb.numbers().isEmpty() ? 1 : 0;
    double dayConflict = !ca.days().isEmpty() && !cb.days().isEmpty() && !intersects(ca.days(), cb.days()) ? 1 : 0;
    double negation = ca.negated() != cb.negated() ? 1 : 0;
    double modality = ca.modal() != cb.modal() ? 1 : 0;
    return new double[] {1, cos, coverA, coverCore, coverNames, bigrams, 0, 0,
        figureConflict, figureMissing, dayConflict, negation, modality};
  }

  private static Set<String> years(Set<String> days) {
    Set<String> out = new HashSet<>();
    for (String d : days) if (YEAR.matcher(d).matches()) out.add(d);
    return out;
  }

  /** The share of {@code weights}' mass over {@code keys} that {@code other} also has. */
  private static double cover(Map<String, Double> weights, Set<String> other, Set<String> keys) {
    double all = 0, shared = 0;
    for (String k : keys) {
      Double w = weights.get(k);
      if (w == null) continue;
      all += w;
      if (other.contains(k)) shared += w;
    }
    return all == 0 ? 0 : shared / all;
  }

  private static boolean headlineFiguresDiffer(Claim a, Claim b) {
    double ma = largest(a.numbers()), mb = largest(b.numbers());
    return ma >= 10 && mb >= 10 && ma != mb && !b.numbers().contains(format(ma)) && !a.numbers().contains(format(mb));
  }

  private static double largest(Set<String> numbers) {
    double max = -1;
    for (String n : numbers) {
      try {
        max = Math.max(max, Double.parseDouble(n));
      } catch (NumberFormatException e) {
        // "1990s", "3-2": not a plain figure
      }
    }
    return max;
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) if (b.contains(x)) n++;
    return n;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) if (b.contains(x)) return true;
    return false;
  }
}
