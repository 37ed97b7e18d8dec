package dev.newsbrief.ingest;

import dev.newsbrief.model.Article;
import java.util.List;

/** What ingest read: the articles, and the inputs it skipped or flagged, with the reason. */
public record Ingested(List<Article> articles, List<Problem> problems) {
  public Ingested {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  /** Problems of inputs that were not used. */
  public List<Problem> skipped() {
    return problems.stream().filter(p -> p.kind() == Problem.Kind.SKIPPED).toList();
  }

  /** Caveats about inputs that were used. */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> p.kind() == Problem.Kind.WARNING).toList();
  }
}
