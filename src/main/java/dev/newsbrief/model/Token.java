package dev.newsbrief.model;

/**
 * One word, number or punctuation mark.
 *
 * @param text  as written
 * @param start offset into the article text
 * @param end   offset into the article text (exclusive)
 * @param norm  lower-cased form with typographic variants folded ("’" → "'")
 * @param stem  Porter stem of {@code norm}, the key used to compare words across reports
 * @param stop  whether it is a stopword or punctuation, i.e. carries no content
 */
public record Token(String text, int start, int end, String norm, String stem, boolean stop) {
  public boolean isWord() {
    return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
  }
}
