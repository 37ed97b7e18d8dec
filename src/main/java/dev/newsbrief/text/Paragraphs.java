package dev.newsbrief.text;

import dev.newsbrief.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paragraph spans: runs of non-blank lines separated by blank lines, trimmed. */
public final class Paragraphs {
  private static final Pattern BLOCK = Pattern.compile("[^\\n]*\\S[^\\n]*(?:\\n[^\\n]*\\S[^\\n]*)*");

  private Paragraphs() {}

  public static List<Span> of(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      int a = m.start(), b = m.end();
      while (a < b && Character.isWhitespace(text.charAt(a))) a++;
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
      if (b > a) out.add(new Span(a, b));
    }
    return out;
  }
}
