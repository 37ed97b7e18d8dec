package dev.newsbrief.eval.rouge;

/**
 * The ROUGE-1.5.5 options that change scores. Defaults are ROUGE's own: no stemming, stopwords
 * kept, no length limit, {@code -p 0.5}, skip-bigrams with gap 4 plus unigrams ({@code -2 4 -u}).
 * Scores are always combined over several references with model averaging ({@code -f A}).
 *
 * @param stem Porter stemming after a WordNet exception lookup ({@code -m})
 * @param removeStopwords drop ROUGE's SMART stopwords ({@code -s})
 * @param wordLimit keep the first N words of every summary, references too ({@code -l N}); 0 = none
 * @param byteLimit keep the first N bytes of every summary, references too ({@code -b N}); 0 = none
 * @param alpha F = PR / ((1-alpha) P + alpha R) ({@code -p}): 1 favours precision, 0 recall,
 *     0.5 gives the balanced F1
 * @param skipGap the most words a skip-bigram may skip ({@code -2 N}); negative = no limit
 * @param skipUnigrams count unigrams with the skip-bigrams, i.e. ROUGE-SU rather than -S ({@code -u})
 */
public record RougeOptions(
    boolean stem,
    boolean removeStopwords,
    int wordLimit,
    int byteLimit,
    double alpha,
    int skipGap,
    boolean skipUnigrams) {

  public RougeOptions {
    if (wordLimit < 0 || byteLimit < 0) throw new IllegalArgumentException("limits must be >= 0");
    if (wordLimit > 0 && byteLimit > 0) {
      throw new IllegalArgumentException("limit by words or by bytes, not both (as ROUGE)");
    }
    if (!(alpha >= 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in [0, 1]");
  }

  /** ROUGE-1.5.5 called with no scoring options but {@code -2 4 -u}. */
  public static RougeOptions defaults() {
    return new RougeOptions(false, false, 0, 0, 0.5, 4, true);
  }

  /** {@code -m -s} without length limit: what tilse uses for timeline summaries. */
  public static RougeOptions stemmedWithoutStopwords() {
    return defaults().withStem(true).withRemoveStopwords(true);
  }

  public RougeOptions withStem(boolean on) {
    return new RougeOptions(on, removeStopwords, wordLimit, byteLimit, alpha, skipGap, skipUnigrams);
  }

  public RougeOptions withRemoveStopwords(boolean on) {
    return new RougeOptions(stem, on, wordLimit, byteLimit, alpha, skipGap, skipUnigrams);
  }

  public RougeOptions withWordLimit(int words) {
    return new RougeOptions(stem, removeStopwords, words, 0, alpha, skipGap, skipUnigrams);
  }

  public RougeOptions withByteLimit(int bytes) {
    return new RougeOptions(stem, removeStopwords, 0, bytes, alpha, skipGap, skipUnigrams);
  }

  public RougeOptions withAlpha(double a) {
    return new RougeOptions(stem, removeStopwords, wordLimit, byteLimit, a, skipGap, skipUnigrams);
  }

  public RougeOptions withSkipGap(int gap, boolean unigrams) {
    return new RougeOptions(stem, removeStopwords, wordLimit, byteLimit, alpha, gap, unigrams);
  }

  /** The name ROUGE prints for the skip-bigram metric, e.g. "ROUGE-SU4". */
  public String skipBigramLabel() {
    return "ROUGE-" + (skipUnigrams ? "SU" : "S") + (skipGap < 0 ? "*" : Integer.toString(skipGap));
  }
}
