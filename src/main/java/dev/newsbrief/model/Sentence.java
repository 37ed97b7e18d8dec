package dev.newsbrief.model;

import java.util.List;

/**
 * One sentence of one article.
 *
 * @param articleId the article it belongs to
 * @param index     position among the article's kept sentences, from 0
 * @param paragraph position of its paragraph among the kept paragraphs, from 0
 * @param start     offset of its first character in the article text
 * @param end       offset after its last character
 * @param text      exactly {@code article.text().substring(start, end)}
 * @param tokens    its tokens, with offsets into the article text
 */
public record Sentence(String articleId, int index, int paragraph, int start, int end, String text,
                       List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** Number of word tokens (punctuation excluded), the unit of every word budget. */
  public int wordCount() {
    int n = 0;
    for (Token t : tokens) if (t.isWord()) n++;
    return n;
  }

  public Span span() { return new Span(start, end); }
}
