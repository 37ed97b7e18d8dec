package dev.newsbrief.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts raw text into the shape {@link dev.newsbrief.model.Article#text()} promises: one paragraph
 * per blank-line-separated block, lines trimmed, invisible characters gone. Paragraph breaks are
 * recovered from whichever convention the input uses: blank lines, indented first lines (wire
 * copy), or one paragraph per line (scraped text); hard-wrapped lines are joined.
 */
final class Layout {
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  private static final Pattern BULLET = Pattern.compile("^[•·▪►◦‣*–—-]\\s");

  private Layout() {}

  /** Newlines unified, odd spaces made plain, invisible and control characters removed. */
  static String normalise(String raw) {
    String s = raw.replace("\r\n", "\n").replace('\r', '\n');
    s = INVISIBLE.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    return CONTROL.matcher(s).replaceAll("");
  }

  /** Paragraphs of a normalised text, separated by exactly one blank line. */
  static String paragraphs(String text) {
    List<String> lines = Arrays.asList(text.split("\n", -1));
    boolean wrapped = isHardWrapped(lines);
    List<List<String>> blocks = blocks(lines);
    boolean blankSeparated = blocks.size() > 1;
    List<String> out = new ArrayList<>();
    for (List<String> block : blocks) {
      if (blankSeparated || wrapped) out.addAll(split(block, wrapped));
      else for (String l : block) out.add(l.strip()); // scraped text: one paragraph per line
    }
    out.removeIf(String::isBlank);
    return String.join("\n\n", out);
  }

  private static List<List<String>> blocks(List<String> lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String l : lines) {
      if (l.isBlank()) {
        if (!cur.isEmpty()) blocks.add(cur);
        cur = new ArrayList<>();
      } else {
        cur.add(l.stripTrailing());
      }
    }
    if (!cur.isEmpty()) blocks.add(cur);
    return blocks;
  }

  /**
   * Splits one block into paragraphs: at indented lines when the block mixes indented and flush
   * lines (wire copy), and joins hard-wrapped lines with spaces; other line breaks are kept.
   */
  private static List<String> split(List<String> block, boolean wrapped) {
    int indented = 0;
    for (int i = 0; i < block.size(); i++) if (Character.isWhitespace(block.get(i).charAt(0))) indented++;
    boolean indentMarksParagraphs = indented >= 1 && indented < block.size() && block.size() > 2;
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < block.size(); i++) {
      String raw = block.get(i);
      String line = raw.strip();
      boolean newParagraph = indentMarksParagraphs && Character.isWhitespace(raw.charAt(0));
      if (cur.length() > 0 && newParagraph) {
        out.add(cur.toString());
        cur.setLength(0);
      }
      if (cur.length() > 0) {
        boolean join = wrapped && !BULLET.matcher(line).find();
        cur.append(join ? ' ' : '\n');
      }
      cur.append(line);
    }
    if (cur.length() > 0) out.add(cur.toString());
    return out;
  }

  /** Lines broken at a fixed width: most are between 40 and 100 characters, none much longer. */
  static boolean isHardWrapped(List<String> lines) {
    int[] lengths = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
    if (lengths.length < 4) return false;
    int median = lengths[lengths.length / 2];
    int p90 = lengths[(int) (lengths.length * 0.9)];
    return median >= 40 && p90 <= 100 && lengths[lengths.length - 1] <= 130;
  }
}
