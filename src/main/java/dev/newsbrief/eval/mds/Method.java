package dev.newsbrief.eval.mds;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.Pipeline;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import dev.newsbrief.summary.ConceptSummarizer;
import dev.newsbrief.summary.Focus;
import dev.newsbrief.summary.Summarizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A way of summarising a cluster, compared with the others in one run. */
public interface Method {
  String name();

  /** The summary as sentences, at most {@code words} whitespace words in all. */
  List<String> summarize(List<Article> articles, int words);

  /** The summary of a benchmark cluster; a method that reads the cluster's question overrides this. */
  default List<String> summarize(Cluster cluster, int words) {
    return summarize(cluster.articles(), words);
  }

  /**
   * newsbrief focused on each cluster's question ({@code brief --focus}), the generic newsbrief
   * when a cluster has none; {@code floor} is what a concept the question does not touch keeps.
   */
  static Method focused(String name, double floor) {
    return pipeline(name, question -> question == null ? new ConceptSummarizer()
        : new ConceptSummarizer(Focus.of(question).weighting(floor), ConceptSummarizer.Settings.DEFAULT));
  }

  /** newsbrief's pipeline with a given summarizer: cleaning, analysis, wire copies, then selection. */
  static Method pipeline(String name, Summarizer summarizer) {
    return pipeline(name, question -> summarizer);
  }

  /** newsbrief's pipeline with the summarizer for a cluster's question ({@code null}: none). */
  private static Method pipeline(String name, java.util.function.Function<String, Summarizer> forQuestion) {
    return new Method() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<String> summarize(List<Article> articles, int words) {
        return summarize(new Cluster(name, articles, List.of()), words);
      }

      @Override
      public List<String> summarize(Cluster cluster, int words) {
        Pipeline pipeline = new Pipeline(forQuestion.apply(cluster.question()));
        Story story = pipeline.analyse(cluster.articles());
        return pipeline.summaryAsShown(story, words);
      }
    };
  }

  static Method newsbrief() {
    return pipeline("newsbrief", new ConceptSummarizer());
  }

  /** DUC's baseline: the first {@code words} words of the newest report, cut mid-sentence if need be. */
  static Method lead() {
    Pipeline pipeline = new Pipeline();
    return new Method() {
      @Override
      public String name() {
        return "lead";
      }

      @Override
      public List<String> summarize(List<Article> articles, int words) {
        Article newest = articles.stream()
            .max(Comparator.comparing((Article a) -> a.published() == null ? LocalDate.MIN : a.published())
                .thenComparing(Article::id))
            .orElseThrow();
        Document d = pipeline.analyse(List.of(newest)).documents().get(0);
        List<String> out = new ArrayList<>();
        int left = words;
        for (Sentence s : d.sentences()) {
          if (left <= 0) break;
          String[] w = Patterns.split(s.text().strip(), "\\s+");
          out.add(w.length <= left ? s.text() : String.join(" ", java.util.Arrays.copyOf(w, left)));
          left -= w.length;
        }
        return out;
      }
    };
  }
}
