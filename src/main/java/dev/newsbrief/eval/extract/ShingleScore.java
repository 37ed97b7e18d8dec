package dev.newsbrief.eval.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's measure (Scrapinghub's {@code evaluate.py}): word 4-gram
 * shingles of the extracted text against those of the true body, counted with multiplicity; each
 * page's true positives, false positives and false negatives are normalised to sum to one, and
 * precision and recall are means over pages.
 */
public final class ShingleScore {
  /** Python's {@code \w+}: letters, digits (any script) and the underscore. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  /** One page's shares of shingles: matched, extracted but not true, true but missed. */
  public record Page(double tp, double fp, double fn) {
    double precision() {
      if (fp == 0 && fn == 0) return 1;
      if (tp == 0 && fp == 0) return 0;
      return tp / (tp + fp);
    }

    double recall() {
      if (fp == 0 && fn == 0) return 1;
      if (tp == 0 && fn == 0) return 0;
      return tp / (tp + fn);
    }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Precision, recall and F1 over pages, as the benchmark reports them. */
  public record Total(double precision, double recall, double f1, int pages) {}

  private ShingleScore() {}

  public static Page page(String truth, String extracted) {
    Map<List<String>, Integer> t = shingles(truth), p = shingles(extracted);
    double tp = 0, fp = 0, fn = 0;
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    for (List<String> k : keys) {
      int tc = t.getOrDefault(k, 0), pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    return s > 0 ? new Page(tp / s, fp / s, fn / s) : new Page(0, 0, 0);
  }

  /** Means as {@code metrics_from_tp_fp_fns}: a page with nothing extracted (and something true) counts 0 precision. */
  public static Total total(List<Page> pages) {
    double p = 0, r = 0;
    int np = 0, nr = 0;
    for (Page g : pages) {
      if (g.tp + g.fp > 0) {
        p += g.precision();
        np++;
      }
      if (g.tp + g.fn > 0) {
        r += g.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np, recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Total(precision, recall, f1, pages.size());
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) out.add(m.group());
    return out;
  }

  /** A text shorter than four words is one shorter shingle, as in the benchmark. */
  private static Map<List<String>, Integer> shingles(String text) {
    List<String> w = words(text);
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, w.size() - N + 1); i++) {
      List<String> s = w.subList(i, Math.min(w.size(), i + N));
      if (!s.isEmpty()) out.merge(List.copyOf(s), 1, Integer::sum);
    }
    return out;
  }
}
