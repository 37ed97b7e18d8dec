package dev.newsbrief.clean;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Removal;
import dev.newsbrief.model.Span;
import java.util.List;

/**
 * An article with the paragraphs cleaning kept and what it removed.
 *
 * @param article the article, unchanged
 * @param kept    paragraphs to analyse, as spans of the article text, in order
 * @param removed removed stretches with reasons, in text order
 */
public record Cleaned(Article article, List<Span> kept, List<Removal> removed) {
  public Cleaned {
    kept = List.copyOf(kept);
    removed = List.copyOf(removed);
  }
}
