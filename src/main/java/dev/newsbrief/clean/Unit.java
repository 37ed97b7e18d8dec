package dev.newsbrief.clean;

import dev.newsbrief.model.Token;
import dev.newsbrief.text.Patterns;
import dev.newsbrief.text.Tokenizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line-sized piece of an article that cleaning keeps or removes as a whole: a paragraph, or
 * one line of a paragraph whose lines are separate items (a caption above a credit, a sidebar).
 * Holds the surface features the decisions use.
 */
final class Unit {
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[•·▪►◦‣*–—-]|\\d{1,2}[.)])\\s+");
  private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\\s\"”’'»)\\]*]+$");

  final int start;
  final int end;
  final int paragraph;
  final String text;
  final int words;
  final Set<String> stems;
  final boolean endsSentence;
  final boolean listItem;
  final boolean titleLike;
  private String key;

  Unit(String articleText, int start, int end, int paragraph) {
    this.start = start;
    this.end = end;
    this.paragraph = paragraph;
    this.text = articleText.substring(start, end);
    List<Token> tokens = Tokenizer.tokenize(articleText, start, end);
    int w = 0;
    Set<String> s = new HashSet<>();
    for (Token t : tokens) {
      if (!Character.isLetter(t.text().codePointAt(0))) continue;
      w++;
      if (!t.stop() && t.norm().length() > 1) s.add(t.stem());
    }
    this.words = w;
    this.stems = s;
    String bare = TRAILING_CLOSERS.matcher(text).replaceAll("");
    this.endsSentence = !bare.isEmpty() && ".!?…".indexOf(bare.charAt(bare.length() - 1)) >= 0;
    this.listItem = LIST_MARKER.matcher(text).find();
    String body = Patterns.replaceFirst(LIST_MARKER.matcher(text).replaceFirst(""), "^[\"“‘']+", "");
    // a line ending in a colon introduces what follows; it is not a headline
    this.titleLike = !endsSentence && !bare.endsWith(":") && w >= 1 && w <= 20 && !body.isEmpty()
        && (Character.isUpperCase(body.codePointAt(0)) || Character.isDigit(body.codePointAt(0)));
  }

  /** Text without list marker, lower case, letters and digits only: for matching repeats. */
  String key() {
    if (key == null) {
      StringBuilder sb = new StringBuilder(text.length());
      boolean gap = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          if (gap && sb.length() > 0) sb.append(' ');
          sb.append(Character.toLowerCase(c));
          gap = false;
        } else {
          gap = true;
        }
      }
      key = sb.toString();
    }
    return key;
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ") " + text;
  }
}
