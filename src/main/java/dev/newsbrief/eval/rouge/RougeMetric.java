package dev.newsbrief.eval.rouge;

/** The ROUGE metrics this package computes. */
public enum RougeMetric {
  ROUGE_1,
  ROUGE_2,
  ROUGE_L,
  /** Skip-bigrams, with unigrams and the gap set in {@link RougeOptions}. */
  ROUGE_SU;

  /** The name ROUGE-1.5.5 prints, e.g. "ROUGE-2" or "ROUGE-SU4". */
  public String label(RougeOptions options) {
    return switch (this) {
      case ROUGE_1 -> "ROUGE-1";
      case ROUGE_2 -> "ROUGE-2";
      case ROUGE_L -> "ROUGE-L";
      case ROUGE_SU -> options.skipBigramLabel();
    };
  }
}
