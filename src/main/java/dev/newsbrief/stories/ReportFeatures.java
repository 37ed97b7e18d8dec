package dev.newsbrief.stories;

import dev.newsbrief.clean.Cleaned;
import dev.newsbrief.clean.Cleaner;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import dev.newsbrief.story.Headline;
import dev.newsbrief.text.Analyzer;
import dev.newsbrief.text.Tokenizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What story detection reads of a report: the stems of its content words, its headline's counted
 * {@link #TITLE_WEIGHT} times (a headline names the story), and the names it writes with two or
 * more capitalised words ("Deepwater Horizon", "John Kerry"), which tell stories sharing common
 * words apart. Names are kept as terms of their own, prefixed with {@code #}.
 *
 * @param id     the report's id as ingest names it
 * @param date   its date, or null when unknown
 * @param title  its headline, or the opening words of its lead when it has none
 * @param outlet its outlet, or null
 * @param counts term → weighted count
 * @param titleTerms the stems of its headline's content words
 */
public record ReportFeatures(String id, LocalDate date, String title, String outlet, Map<String, Double> counts,
                             java.util.Set<String> titleTerms) {
  static final double TITLE_WEIGHT = 3;
  static final double NAME_WEIGHT = 1;
  /** Sentences read: the lead of a report says what it is about; the rest adds background and noise. */
  static final int LEAD_SENTENCES = 12;

  /** A pile replayed as a stream: by date, undated reports last (when the stream's words are known), then by id. */
  public static final java.util.Comparator<ReportFeatures> STREAM_ORDER = java.util.Comparator
      .comparing(ReportFeatures::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
      .thenComparing(ReportFeatures::id);

  public ReportFeatures {
    counts = Map.copyOf(counts);
    titleTerms = java.util.Set.copyOf(titleTerms);
  }

  /** The same features under another id and date (a report renamed or dated by its caller). */
  public ReportFeatures as(String newId, LocalDate newDate) {
    return new ReportFeatures(newId, newDate, title, outlet, counts, titleTerms);
  }

  /** The features of a report as ingest read it, under {@code id}, cleaned and analysed here. */
  public static ReportFeatures of(Article article, String id) {
    Cleaned c = Cleaner.clean(article);
    return of(Analyzer.analyze(c.article(), c.kept(), c.removed()), article.published()).as(id, article.published());
  }

  /** The features of an analysed report dated {@code date} (null: unknown). */
  public static ReportFeatures of(Document doc, LocalDate date) {
    Map<String, Double> counts = new HashMap<>();
    String title = doc.article().title() == null ? "" : doc.article().title();
    List<Token> titleTokens = Tokenizer.tokenize(title);
    add(counts, titleTokens, TITLE_WEIGHT);
    java.util.Set<String> titleTerms = new java.util.HashSet<>();
    for (Token t : titleTokens) if (!t.stop() && t.isWord() && t.stem().length() >= 3) titleTerms.add(t.stem());
    names(counts, titleTokens, TITLE_WEIGHT);
    List<Sentence> sentences = doc.sentences();
    for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
      Sentence s = sentences.get(i);
      if (i == 0 && s.text().equals(title)) continue; // a headline repeated as the first line
      add(counts, s.tokens(), 1);
      names(counts, s.tokens(), NAME_WEIGHT);
    }
    return new ReportFeatures(doc.id(), date, title.isBlank() ? Headline.opening(doc) : title, doc.article().outlet(), counts,
        titleTerms);
  }

  private static void add(Map<String, Double> counts, List<Token> tokens, double weight) {
    for (Token t : tokens) {
      if (t.stop() || !t.isWord() || t.stem().length() < 3 || Character.isDigit(t.text().charAt(0))) continue;
      counts.merge(t.stem(), weight, Double::sum);
    }
  }

  /** Runs of two or more capitalised words, not counting a sentence's first word alone. */
  private static void names(Map<String, Double> counts, List<Token> tokens, double weight) {
    StringBuilder name = new StringBuilder();
    int words = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      Token t = i < tokens.size() ? tokens.get(i) : null;
      boolean capital = t != null && t.isWord() && Character.isUpperCase(t.text().codePointAt(0));
      if (capital && !(t.stop() && words == 0)) {
        if (words > 0) name.append('_');
        name.append(t.norm());
        words++;
        continue;
      }
      if (words >= 2) counts.merge("#" + name, weight, Double::sum);
      name.setLength(0);
      words = 0;
    }
  }
}
