package dev.newsbrief.story;

import dev.newsbrief.figures.FigureExtractor;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Figure;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises near-identical reports: the same wire story run by several outlets, perhaps
 * trimmed or with a line added. Compares sets of word 4-shingles (candidates found through an index); a report most of whose shingles
 * appear in an earlier report is a copy of it, unless it states a figure the other contradicts (an
 * updated death toll): then it says something else, is citable on its own, and its figures reach
 * the disputed-figures section.
 */
public final class WireCopies {
  /** Share of the smaller report's shingles found in the other; wire rewrites stay above this. */
  static final double CONTAINMENT = 0.7;
  private static final int SHINGLE = 4;
  /** Earlier reports compared in full with each report. */
  static final int CANDIDATES = 8;
  /** A shingle in more independent reports than this is a common phrase, not a sign of copying. */
  static final int COMMON_SHINGLE = 64;

  private WireCopies() {}

  /**
   * Maps each report id to the id of the first report it copies, or to itself. Candidates come from
   * an index of the earlier independent reports' shingles: the few reports sharing the most of this
   * one's shingles are compared in full, so the cost grows with the reports, not with their pairs.
   * A shingle that many independent reports share ("said in a statement on") tells no copy apart
   * and is not counted.
   */
  public static Map<String, String> detect(List<Document> documents) {
    Map<String, String> origin = new HashMap<>();
    List<long[]> shingles = new ArrayList<>(documents.size());
    Map<Long, List<Integer>> postings = new HashMap<>();
    // figures are read only for pairs that look like copies, and once per report
    Map<String, Map<String, Set<Double>>> figures = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      long[] mine = shingles(d);
      shingles.add(mine);
      origin.put(d.id(), d.id());
      if (mine.length >= 5) {
        for (int j : candidates(mine, postings)) {
          Document earlier = documents.get(j);
          if (containment(mine, shingles.get(j)) >= CONTAINMENT
              && !figuresDiffer(figures.computeIfAbsent(d.id(), k -> figuresByUnit(d)),
                  figures.computeIfAbsent(earlier.id(), k -> figuresByUnit(earlier)))) {
            origin.put(d.id(), earlier.id());
            break;
          }
        }
      }
      if (origin.get(d.id()).equals(d.id())) {
        for (Long sh : mine) postings.computeIfAbsent(sh, k -> new ArrayList<>()).add(i);
      }
    }
    return origin;
  }

  /** The earlier independent reports sharing most of {@code mine}'s shingles, at most {@link #CANDIDATES}, earliest first. */
  private static List<Integer> candidates(long[] mine, Map<Long, List<Integer>> postings) {
    Map<Integer, Integer> shared = new HashMap<>();
    for (long sh : mine) {
      List<Integer> reports = postings.get(sh);
      if (reports == null || reports.size() > COMMON_SHINGLE) continue;
      for (int j : reports) shared.merge(j, 1, Integer::sum);
    }
    List<Integer> out = new ArrayList<>(shared.keySet());
    out.sort(Comparator.comparingInt((Integer j) -> -shared.get(j)).thenComparingInt(j -> j));
    if (out.size() > CANDIDATES) out = new ArrayList<>(out.subList(0, CANDIDATES));
    out.sort(null);
    return out;
  }

  /**
   * Whether one report gives, for something both count ("people", "dollars"), a value the other
   * never states while the other gives a value it never states: a revised figure, not a copy.
   */
  static boolean figuresDiffer(Map<String, Set<Double>> fa, Map<String, Set<Double>> fb) {
    for (Map.Entry<String, Set<Double>> e : fa.entrySet()) {
      Set<Double> other = fb.get(e.getKey());
      if (other == null) continue;
      if (!other.containsAll(e.getValue()) && !e.getValue().containsAll(other)) return true;
    }
    return false;
  }

  private static Map<String, Set<Double>> figuresByUnit(Document d) {
    Map<String, Set<Double>> out = new HashMap<>();
    for (Figure f : FigureExtractor.extract(d)) {
      if (!f.unit().isEmpty()) out.computeIfAbsent(f.unit(), k -> new HashSet<>()).add(f.value());
    }
    return out;
  }

  /** The share of the smaller set found in the other; the sets as {@link #shingles} gives them (ascending, distinct). */
  static double containment(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) return 0;
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else {
        shared++;
        i++;
        j++;
      }
    }
    return shared / (double) Math.min(a.length, b.length);
  }

  /**
   * A report's word 4-shingles, hashed, ascending and distinct (so that two are compared in one
   * merge); worked out once per report (a growing story is checked again as it grows). Not to be changed.
   */
  static long[] shingles(Document d) {
    return d.memo("story.shingles", () -> hashedShingles(d));
  }

  private static long[] hashedShingles(Document d) {
    long[] all = new long[64];
    int n = 0;
    for (Sentence s : d.sentences()) {
      List<Token> words = s.tokens().stream().filter(Token::isWord).toList();
      for (int i = 0; i + SHINGLE <= words.size(); i++) {
        long h = 1125899906842597L;
        for (int k = 0; k < SHINGLE; k++) h = 31 * h + words.get(i + k).norm().hashCode();
        if (n == all.length) all = Arrays.copyOf(all, 2 * n);
        all[n++] = h;
      }
    }
    Arrays.sort(all, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) if (distinct == 0 || all[i] != all[distinct - 1]) all[distinct++] = all[i];
    return Arrays.copyOf(all, distinct);
  }
}
