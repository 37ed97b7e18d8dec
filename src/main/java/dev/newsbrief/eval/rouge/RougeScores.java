package dev.newsbrief.eval.rouge;

/** ROUGE-1, ROUGE-2, ROUGE-L and the skip-bigram metric (ROUGE-SU4 by default) of one summary. */
public record RougeScores(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL, RougeScore rougeSU) {

  public RougeScore get(RougeMetric metric) {
    return switch (metric) {
      case ROUGE_1 -> rouge1;
      case ROUGE_2 -> rouge2;
      case ROUGE_L -> rougeL;
      case ROUGE_SU -> rougeSU;
    };
  }
}
