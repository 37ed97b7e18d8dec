package dev.newsbrief.text;

import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Quote marks within one sentence, read from its tokens (straight, curly and wire-style ``
 * ''): which words are the narrator's and which a speaker's. Summary eligibility, the timeline
 * and event dating ask this of a sentence; quotes across sentences are {@code voices}' business.
 */
public final class Quotation {
  private static final Set<String> OPENING = Set.of("\"", "“", "``");
  private static final Set<String> CLOSING = Set.of("”", "''");

  private Quotation() {}

  /** The sentence's words outside quote marks: the narrator's, not a speaker's. */
  public static List<Token> wordsOutside(Sentence s) {
    List<Token> words = new ArrayList<>();
    boolean quoted = false;
    for (Token t : s.tokens()) {
      quoted = after(t, quoted);
      if (t.isWord() && !quoted) words.add(t);
    }
    return words;
  }

  /** Whether a token is a quote mark, opening or closing. */
  public static boolean isMark(String token) {
    return OPENING.contains(token) || CLOSING.contains(token);
  }

  /** Whether {@code offset} of the article text lies between quote marks of the sentence. */
  public static boolean inside(Sentence s, int offset) {
    boolean quoted = false;
    for (Token t : s.tokens()) {
      if (t.start() >= offset) break;
      quoted = after(t, quoted);
    }
    return quoted;
  }

  /** Whether the text is quoted after token {@code t}, given whether it was before it. */
  private static boolean after(Token t, boolean quoted) {
    if (OPENING.contains(t.text())) return !quoted || t.text().equals("“") || t.text().equals("``");
    return !CLOSING.contains(t.text()) && quoted;
  }
}
