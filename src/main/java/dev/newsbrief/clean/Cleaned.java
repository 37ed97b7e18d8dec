package dev.newsbrief.clean;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Removal;
import dev.newsbrief.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
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

  /**
   * The article as its reader sees it, which {@code extract} shows: the kept paragraphs and the
   * article's own structure around them (subheadings, table rows), in text order, without furniture.
   */
  public List<Span> body() {
    List<Span> out = new ArrayList<>(kept);
    for (Removal r : removed) if (Reasons.isStructure(r.reason())) out.add(new Span(r.start(), r.end()));
    out.sort(Comparator.comparingInt(Span::start));
    return out;
  }

  /** The {@link #body()} as text, paragraphs separated by blank lines. */
  public String bodyText() {
    StringBuilder sb = new StringBuilder();
    for (Span s : body()) {
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(s.of(article.text()).strip());
    }
    return sb.toString();
  }
}
