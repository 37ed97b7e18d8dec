package dev.newsbrief.ingest;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Article;
import java.util.regex.Pattern;

/**
 * Plain-text reports: the first line that can be a headline is the title, everything else the
 * body. Interface words scraped above the headline ("Share", "Advertisement") stay in the body,
 * where cleaning removes them with a reason.
 */
final class PlainTextReader {
  private static final Pattern NOT_A_HEADLINE = Pattern.compile(
      "(?i)\\s*(share|share this|advertisement|advert|menu|home|skip to (main )?content|sign in|log in|subscribe"
          + "|print|email|close)\\s*|[^\\p{L}]*");
  private static final int MAX_HEADLINE_WORDS = 40;

  private PlainTextReader() {}

  static Article read(String text, String id, String origin) {
    String norm = Layout.normalise(text);
    String[] lines = norm.split("\n", -1);
    int head = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() || NOT_A_HEADLINE.matcher(lines[i]).matches()) continue;
      if (canBeHeadline(lines, i)) head = i;
      break;
    }
    String title = head < 0 ? "" : lines[head].strip();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i == head) {
        body.append('\n'); // keep the headline's line break so it never glues to the body
        continue;
      }
      body.append(lines[i]).append('\n');
    }
    return new Article(id, title, Layout.paragraphs(body.toString()), null, null, null, origin);
  }

  /** A long line, or the first line of a hard-wrapped paragraph, is body text, not a headline. */
  private static boolean canBeHeadline(String[] lines, int i) {
    String line = lines[i].strip();
    if (Patterns.split(line, "\\s+").length > MAX_HEADLINE_WORDS) return false;
    boolean continues = i + 1 < lines.length && !lines[i + 1].isBlank()
        && !Character.isWhitespace(lines[i + 1].charAt(0));
    return !(continues && Layout.isHardWrapped(java.util.Arrays.asList(lines)) && line.length() > 50);
  }
}
