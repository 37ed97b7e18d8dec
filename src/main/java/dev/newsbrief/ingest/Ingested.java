package dev.newsbrief.ingest;

import dev.newsbrief.model.Article;
import java.util.List;

/** What ingest read: the articles, and the inputs it skipped with the reason. */
public record Ingested(List<Article> articles, List<Problem> problems) {
  public Ingested {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }
}
