package dev.newsbrief.summary;

import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's first sentence often opens with its dateline ("LONDON (AP) — British police said
 * ..."). In a summary the place and agency are the citation's business, not the sentence's, so the
 * summary quotes the sentence from where its own words begin: still a verbatim span of the report.
 */
public final class Datelines {
  /**
   * An upper-case place, an optional region, an optional agency, then a dash, then the sentence
   * ("EDITOR'S NOTE —" has the same shape but is no dateline: it stays, and Eligibility rejects it).
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^(?!EDITOR)\\p{Lu}[\\p{Lu} .'’-]{2,40}(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30}?)?\\s*(?:\\([\\p{L} .-]{2,30}\\)\\s*)?"
          + "(?:—|–|--|_)\\s*(?=[\\p{Lu}\"“‘'`\\d])");

  private Datelines() {}

  /** The sentence without its leading dateline, or the sentence itself when it has none. */
  public static Sentence trim(Sentence s) {
    Matcher m = DATELINE.matcher(s.text());
    if (!m.find()) return s;
    int start = s.start() + m.end();
    List<Token> tokens = s.tokens().stream().filter(t -> t.start() >= start).toList();
    if (tokens.isEmpty()) return s;
    return new Sentence(s.articleId(), s.index(), s.paragraph(), start, s.end(), s.text().substring(m.end()), tokens);
  }
}
