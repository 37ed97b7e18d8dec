package dev.newsbrief.eval.mds;

import dev.newsbrief.Pipeline;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import dev.newsbrief.summary.ConceptSummarizer;
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

  /** newsbrief's pipeline with a given summarizer: cleaning, analysis, wire copies, then selection. */
  static Method pipeline(String name, Summarizer summarizer) {
    Pipeline pipeline = new Pipeline(summarizer);
    return new Method() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<String> summarize(List<Article> articles, int words) {
        Story story = pipeline.analyse(articles);
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
          String[] w = s.text().strip().split("\\s+");
          out.add(w.length <= left ? s.text() : String.join(" ", java.util.Arrays.copyOf(w, left)));
          left -= w.length;
        }
        return out;
      }
    };
  }
}
