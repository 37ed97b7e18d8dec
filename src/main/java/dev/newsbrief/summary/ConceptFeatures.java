package dev.newsbrief.summary;

import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a cluster says about each of its concepts, as numbers a model can weigh: how many reports
 * use it, how early, whether it names something (capitalised) or counts something (digits).
 * Every feature is given separately for unigrams and bigrams, since the two kinds of concept
 * carry different evidence at the same frequency.
 */
public final class ConceptFeatures {
  /** Leading sentences of a report that count as its lead. */
  static final int LEAD = 3;

  private static final List<String> BASE = List.of(
      "bias", "df/n", "leadDf/n", "log(1+tf)", "log(df)", "1/(1+firstIndex)", "meanFirstRelative",
      "capitalised", "numeric", "hasStopword", "df=1", "lead5Df/n", "positionDecayedDf/n");

  /** Column names: each base feature for unigrams, then for bigrams. */
  public static final List<String> NAMES = names();

  private ConceptFeatures() {}

  private static List<String> names() {
    List<String> out = new java.util.ArrayList<>();
    for (String kind : List.of("uni:", "bi:")) for (String b : BASE) out.add(kind + b);
    return List.copyOf(out);
  }

  /** Tallies of one concept over a cluster. */
  private static final class Tally {
    int df, leadDf, lead5Df, tf, occurrences, capitalised;
    double decayedDf;
    int minFirst = Integer.MAX_VALUE;
    double sumFirstRelative;
    int lastDoc = -1;
    boolean stopword;
  }

  /** Feature vectors of every concept (bigrams and content unigrams) of the given reports. */
  public static Map<String, double[]> of(List<Document> reports) {
    Map<String, Tally> tallies = new HashMap<>();
    for (int d = 0; d < reports.size(); d++) {
      List<Sentence> sentences = reports.get(d).sentences();
      int docNo = d;
      for (Sentence s : sentences) {
        double relative = sentences.size() <= 1 ? 0 : s.index() / (double) (sentences.size() - 1);
        Map<String, Boolean> seenHere = new HashMap<>();
        Concepts.visit(s.tokens(), true, (key, first, last, position) -> {
          Tally t = tallies.computeIfAbsent(key, k -> new Tally());
          t.occurrences++;
          t.stopword = first != last && (first.stop() || last.stop());
          if (position > 0 && capitalised(first) && capitalised(last)) t.capitalised++;
          if (seenHere.put(key, true) != null) return;
          t.tf++;
          if (t.lastDoc != docNo) {
            // Sentences arrive in order, so this first sighting in the report is its earliest.
            t.lastDoc = docNo;
            t.df++;
            t.minFirst = Math.min(t.minFirst, s.index());
            t.sumFirstRelative += relative;
            if (s.index() < LEAD) t.leadDf++;
            if (s.index() < 5) t.lead5Df++;
            t.decayedDf += 1.0 / (1 + s.index());
          }
        });
      }
    }
    int n = Math.max(1, reports.size());
    Map<String, double[]> out = new HashMap<>();
    tallies.forEach((key, t) -> out.put(key, vector(key, t, n)));
    return out;
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.text().codePointAt(0));
  }

  private static double[] vector(String key, Tally t, int n) {
    double[] base = {
        1,
        t.df / (double) n,
        t.leadDf / (double) n,
        Math.log1p(t.tf),
        Math.log(t.df),
        1.0 / (1 + t.minFirst),
        t.sumFirstRelative / t.df,
        t.capitalised / (double) t.occurrences,
        key.chars().anyMatch(Character::isDigit) ? 1 : 0,
        t.stopword ? 1 : 0,
        t.df == 1 ? 1 : 0,
        t.lead5Df / (double) n,
        t.decayedDf / n,
    };
    double[] v = new double[2 * base.length];
    System.arraycopy(base, 0, v, Concepts.isUnigram(key) ? 0 : base.length, base.length);
    return v;
  }
}
