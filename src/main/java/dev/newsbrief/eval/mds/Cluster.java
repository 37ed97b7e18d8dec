package dev.newsbrief.eval.mds;

import dev.newsbrief.model.Article;
import java.util.List;

/**
 * One benchmark cluster: its reports and the human summaries written for it.
 *
 * @param id         the cluster's name, used for output files ({@code d30003t})
 * @param articles   the reports
 * @param references human summaries, each a list of sentences (may be empty when unscored)
 * @param question   what the summaries answer (DUC 2006: the topic's title and statement of need), or
 *                   {@code null} for generic summaries
 */
public record Cluster(String id, List<Article> articles, List<List<String>> references, String question) {
  public Cluster {
    articles = List.copyOf(articles);
    references = List.copyOf(references);
  }

  public Cluster(String id, List<Article> articles, List<List<String>> references) {
    this(id, articles, references, null);
  }
}
