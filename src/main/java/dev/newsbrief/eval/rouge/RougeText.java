package dev.newsbrief.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One summary (system or reference) prepared once for scoring: truncated, tokenised and counted
 * exactly as ROUGE-1.5.5 reads a one-sentence-per-line file. Prepare references once and score
 * many systems against them.
 *
 * <p>ROUGE reads a summary twice. For n-grams and skip-bigrams it joins the lines into one text,
 * so bigrams run across sentence boundaries; for ROUGE-L it keeps the lines as units. The two
 * readings truncate differently under {@code -b}: ROUGE's unit reader never adds up the bytes it
 * has kept, so it only cuts inside the first line longer than the limit. This is copied, since it
 * changes the ROUGE-L recall base.
 */
public final class RougeText {
  /** Perl's \s on a byte string. */
  private static final Pattern PERL_SPACE = Pattern.compile("[ \t\n\u000B\f\r]+");

  private final RougeOptions options;
  private final List<String> tokens;
  private final List<List<String>> units;
  private final Map<String, Integer> unigrams;
  private final Map<String, Integer> bigrams;
  /** Computed on first use: timeline metrics never need them. */
  private volatile SkipBigrams skipBigrams;

  private record SkipBigrams(Map<String, Integer> counts, int total) {}

  private RougeText(RougeOptions options, List<String> tokens, List<List<String>> units) {
    this.options = options;
    this.tokens = tokens;
    this.units = units;
    this.unigrams = ngrams(tokens, 1);
    this.bigrams = ngrams(tokens, 2);
  }

  /**
   * Prepares a summary given as its lines, one sentence each. Each line is trimmed, as the
   * harnesses that write ROUGE's input files do (the official numbers need it: a trailing space
   * counts against {@code -b}); a line holding '\n' is read as several lines, as ROUGE would read
   * it from a file; empty lines are skipped.
   */
  public static RougeText of(List<String> sentences, RougeOptions options) {
    List<String> lines = byteLines(sentences);
    List<String> tokens = tokenize(joinedTruncated(lines, options), options);
    List<List<String>> units = new ArrayList<>();
    for (String unit : unitsTruncated(lines, options)) units.add(tokenize(unit, options));
    return new RougeText(options, List.copyOf(tokens), units.stream().map(List::copyOf).toList());
  }

  public RougeOptions options() {
    return options;
  }

  /** The tokens ROUGE-N and ROUGE-S count (after truncation, stopwords and stemming). */
  public List<String> tokens() {
    return tokens;
  }

  /** The tokens of each line, as ROUGE-L sees them. */
  public List<List<String>> units() {
    return units;
  }

  /** N-gram counts; n-gram i is tokens i..i+n-1, joined by one space. */
  Map<String, Integer> ngrams(int n) {
    if (n == 1) return unigrams;
    if (n == 2) return bigrams;
    return ngrams(tokens, n);
  }

  int ngramCount(int n) {
    return Math.max(0, tokens.size() - n + 1);
  }

  Map<String, Integer> skipBigrams() {
    return skipBigramTable().counts();
  }

  int skipBigramCount() {
    return skipBigramTable().total();
  }

  private SkipBigrams skipBigramTable() {
    SkipBigrams table = skipBigrams;
    if (table == null) {
      Map<String, Integer> counts = new HashMap<>();
      int total = countSkipBigrams(tokens, options, counts);
      table = new SkipBigrams(counts, total);
      skipBigrams = table; // a race only computes the same table twice
    }
    return table;
  }

  private static Map<String, Integer> ngrams(List<String> tokens, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      String gram = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
      out.merge(gram, 1, Integer::sum);
    }
    return out;
  }

  /**
   * ROUGE's skip-bigrams. As in ROUGE-1.5.5 the outer loop stops before the last token, so with
   * {@code -u} the last token's unigram is not counted.
   */
  private static int countSkipBigrams(List<String> t, RougeOptions o, Map<String, Integer> out) {
    int count = 0;
    for (int i = 0; i < t.size() - 1; i++) {
      if (o.skipUnigrams()) {
        out.merge(t.get(i), 1, Integer::sum);
        count++;
      }
      for (int j = i + 1; j < t.size() && (o.skipGap() < 0 || j <= i + o.skipGap() + 1); j++) {
        out.merge(t.get(i) + " " + t.get(j), 1, Integer::sum);
        count++;
      }
    }
    return count;
  }

  private static List<String> tokenize(String text, RougeOptions o) {
    return RougeTokenizer.tokens(text, o.stem(), o.removeStopwords());
  }

  /**
   * The lines as Perl holds them: one char per UTF-8 byte (so lengths and cuts count bytes, and
   * every byte of a non-ASCII character becomes a separator), empty lines dropped.
   */
  private static List<String> byteLines(List<String> sentences) {
    List<String> lines = new ArrayList<>();
    for (String sentence : sentences) {
      for (String line : sentence.split("\n", -1)) {
        line = line.strip();
        if (line.isEmpty()) continue;
        lines.add(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
      }
    }
    return lines;
  }

  /** ROUGE's readText: the lines joined by spaces, cut at the word or byte limit. */
  private static String joinedTruncated(List<String> lines, RougeOptions o) {
    if (o.wordLimit() == 0 && o.byteLimit() == 0) return String.join(" ", lines);
    StringBuilder text = new StringBuilder();
    int kept = 0;
    for (String line : lines) {
      String[] words = PERL_SPACE.split(line);
      int size = o.wordLimit() > 0 ? words.length : line.length();
      int limit = o.wordLimit() > 0 ? o.wordLimit() : o.byteLimit();
      if (kept + size < limit) {
        if (kept != 0) text.append(' ');
        text.append(line);
        kept += size;
      } else {
        if (kept > 0) text.append(' ');
        text.append(o.wordLimit() > 0
            ? String.join(" ", Arrays.copyOfRange(words, 0, limit - kept))
            : line.substring(0, limit - kept));
        break;
      }
    }
    return text.toString();
  }

  /** ROUGE's readText_LCS: the lines kept as units, cut at the word or byte limit. */
  private static List<String> unitsTruncated(List<String> lines, RougeOptions o) {
    if (o.wordLimit() == 0 && o.byteLimit() == 0) return lines;
    List<String> units = new ArrayList<>();
    int kept = 0;
    for (String line : lines) {
      if (o.wordLimit() > 0) {
        String[] words = PERL_SPACE.split(line);
        if (kept + words.length < o.wordLimit()) {
          kept += words.length;
          units.add(line);
        } else {
          units.add(String.join(" ", Arrays.copyOfRange(words, 0, o.wordLimit() - kept)));
          break;
        }
      } else if (line.length() < o.byteLimit()) {
        units.add(line); // ROUGE-1.5.5 does not add the bytes kept here (see class comment)
      } else {
        units.add(line.substring(0, o.byteLimit()));
        break;
      }
    }
    return units;
  }
}
