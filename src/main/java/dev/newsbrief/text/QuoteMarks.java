package dev.newsbrief.text;

import dev.newsbrief.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages: straight ("), curly (“ ”), wire-style (`` '') and single (‘ ’) marks.
 * A paragraph that ends inside a quote continues it when the next paragraph opens with a quote
 * mark (the news convention for quotes running over several paragraphs); otherwise the quote
 * ends with its paragraph. Single marks inside double quotes are nested quotes and ignored.
 */
public final class QuoteMarks {
  /** One quoted passage: its content (marks excluded) and the outer span with the marks. */
  public record Quoted(int start, int end, int outerStart, int outerEnd, boolean startsParagraph) {
    public Span content() { return new Span(start, end); }
  }

  private enum Kind { NONE, DOUBLE, SINGLE }

  private QuoteMarks() {}

  /**
   * Per sentence of the document, whether it starts inside a quotation opened before it: the rest
   * of someone's words ("… We're involved in a war. There are 4,000 babies a day being killed. …''"),
   * which read as the report's own statement when shown alone.
   */
  public static boolean[] continuedQuotations(dev.newsbrief.model.Document doc) {
    List<dev.newsbrief.model.Sentence> sentences = doc.sentences();
    Quoted[] at = quotationsAt(find(doc.article().text(), doc.paragraphs()), sentences);
    boolean[] out = new boolean[sentences.size()];
    for (int i = 0; i < out.length; i++) out[i] = at[i] != null && at[i].outerStart() < sentences.get(i).start();
    return out;
  }

  /** Per sentence (in text order), the quotation its first character lies in, opening mark included, or null. */
  public static Quoted[] quotationsAt(List<Quoted> quoted, List<dev.newsbrief.model.Sentence> sentences) {
    Quoted[] out = new Quoted[sentences.size()];
    int q = 0;
    for (int i = 0; i < out.length; i++) {
      int start = sentences.get(i).start();
      while (q < quoted.size() && quoted.get(q).end() <= start) q++;
      if (q < quoted.size() && quoted.get(q).outerStart() <= start && start < quoted.get(q).end()) out[i] = quoted.get(q);
    }
    return out;
  }

  public static List<Quoted> find(String text, List<Span> paragraphs) {
    List<Quoted> out = new ArrayList<>();
    Kind open = Kind.NONE;
    int contentStart = -1, outerStart = -1;
    boolean startsParagraph = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int i = para.start();
      if (open != Kind.NONE) {
        // continued only when this paragraph opens with a quote mark
        int mark = openingMarkLength(text, i, para.end(), open);
        if (mark == 0) {
          add(out, text, contentStart, paragraphs.get(p - 1).end(), outerStart,
              paragraphs.get(p - 1).end(), startsParagraph);
          open = Kind.NONE;
        } else {
          i += mark;
        }
      }
      while (i < para.end()) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        if (open == Kind.NONE) {
          int len = 0;
          Kind kind = Kind.DOUBLE;
          if (c == '`' && next == '`') len = 2;
          else if (c == '“') len = 1;
          else if (c == '"' && !Character.isWhitespace(next)) len = 1;
          // wire copy sometimes opens with '' ("businessmen.''But"): an opener when a word follows
          else if (c == '\'' && next == '\'' && i + 2 < para.end() && Character.isLetterOrDigit(text.charAt(i + 2))) len = 2;
          else if (c == '‘' && !Character.isLetterOrDigit(prev)) { len = 1; kind = Kind.SINGLE; }
          if (len > 0) {
            open = kind;
            outerStart = i;
            contentStart = i + len;
            startsParagraph = i == para.start();
            i += len;
            continue;
          }
        } else {
          int len = 0;
          if (open == Kind.DOUBLE) {
            if (c == '”' || c == '"') len = 1;
            else if (c == '\'' && next == '\'') len = 2;
          } else if (c == '’' && !Character.isLetter(next)) {
            len = 1;
          }
          if (len > 0) {
            add(out, text, contentStart, i, outerStart, i + len, startsParagraph);
            open = Kind.NONE;
            i += len;
            continue;
          }
        }
        i++;
      }
    }
    if (open != Kind.NONE && !paragraphs.isEmpty()) {
      Span last = paragraphs.get(paragraphs.size() - 1);
      add(out, text, contentStart, last.end(), outerStart, last.end(), startsParagraph);
    }
    return out;
  }

  private static int openingMarkLength(String text, int i, int end, Kind kind) {
    if (i >= end) return 0;
    char c = text.charAt(i);
    char next = i + 1 < end ? text.charAt(i + 1) : ' ';
    if (kind == Kind.SINGLE) return c == '‘' ? 1 : 0;
    if (c == '`' && next == '`') return 2;
    if (c == '\'' && next == '\'') return 2;
    return c == '“' || c == '"' ? 1 : 0;
  }

  private static void add(List<Quoted> out, String text, int start, int end, int outerStart,
                          int outerEnd, boolean startsParagraph) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) end--;
    if (end > start) out.add(new Quoted(start, end, outerStart, outerEnd, startsParagraph));
  }
}
