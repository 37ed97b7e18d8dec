package dev.newsbrief.model;

import java.util.List;

/**
 * An article after cleaning and text analysis: the one object every later stage reads, in the
 * manner of spaCy's {@code Doc}. Sentences hold offsets into {@code article.text()}.
 *
 * @param article    the article as read
 * @param paragraphs the kept paragraphs, as spans of the article text, in order
 * @param removed    what cleaning removed, in text order
 * @param sentences  the sentences of the kept paragraphs, in order
 */
public record Document(Article article, List<Span> paragraphs, List<Removal> removed,
                       List<Sentence> sentences) {
  public Document {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    sentences = List.copyOf(sentences);
  }

  public String id() { return article.id(); }

  /**
   * What a later stage works out from this report alone (its quotes, its figures), computed once for
   * as long as this very object lives: a story briefed again as it grows shares its older reports'
   * documents (see {@code AnalysisCache}), and with them this work. The value must not refer to the document.
   */
  public <T> T memo(String key, java.util.function.Supplier<T> compute) {
    return Memos.of(this, key, compute);
  }

  public int wordCount() {
    int n = 0;
    for (Sentence s : sentences) n += s.wordCount();
    return n;
  }
}
