package dev.newsbrief.summary;

import dev.newsbrief.cite.Citer;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An update summary: what the new reports add for a reader who has read the others. Concepts the
 * read reports carry are worth little (the classic update weighting of concept coverage), the
 * sentences are chosen from the new reports only, and one that a read report states (by the
 * citation engine's test, or in the same words) is left out.
 */
public final class UpdateSummarizer implements Summarizer {
  /** What a concept the reader has already met keeps of its weight. */
  public static final double KNOWN = 0.5;

  private final Set<String> fresh;
  private final ConceptWeighting base;
  private final double known;

  /** @param newIds the article ids of the reports the reader has not read */
  public UpdateSummarizer(Set<String> newIds) {
    this(newIds, ConceptSummarizer.FREQUENCY, KNOWN);
  }

  public UpdateSummarizer(Set<String> newIds, ConceptWeighting base, double known) {
    this.fresh = Set.copyOf(newIds);
    this.base = base;
    this.known = known;
  }

  @Override
  public List<Sentence> summarize(Story story, int words) {
    return summarize(story, words, s -> true);
  }

  @Override
  public List<Sentence> summarize(Story story, int words, java.util.function.Predicate<Sentence> keep) {
    List<Document> unread = new ArrayList<>(), read = new ArrayList<>();
    for (Document d : story.documents()) (fresh.contains(d.id()) ? unread : read).add(d);
    if (unread.isEmpty()) return List.of();
    // a concept was seen when a report read has it (asked of the unread reports' concepts only)
    Map<String, Boolean> seen = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.function.Predicate<String> wasSeen = c -> seen.computeIfAbsent(c, k -> {
      for (Document d : read) if (Concepts.of(story, d).contains(k)) return true;
      return false;
    });
    ConceptWeighting novel = reports -> {
      Map<String, Double> w = base.weights(reports);
      w.replaceAll((c, v) -> wasSeen.test(c) ? v * known : v);
      return w;
    };
    Citer citer = Citer.of(story);
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : new ConceptSummarizer(novel, ConceptSummarizer.Settings.DEFAULT).summarize(Story.of(unread), words, keep)) {
      if (!saidBefore(read, key(s)) && !citedToRead(s, citer)) out.add(s);
    }
    out.sort(story.readingOrder());
    return out;
  }

  /** Whether a report read has a sentence of these words ({@link #key}); each report's words are worked out once. */
  private static boolean saidBefore(List<Document> read, String key) {
    for (Document d : read) {
      Set<String> keys = d.memo("summary.sentenceKeys", () -> {
        Set<String> own = new HashSet<>();
        for (Sentence s : d.sentences()) own.add(key(s));
        return java.util.Collections.unmodifiableSet(own);
      });
      if (keys.contains(key)) return true;
    }
    return false;
  }

  private boolean citedToRead(Sentence s, Citer citer) {
    for (Citation c : citer.cite(s).citations()) if (!fresh.contains(c.articleId())) return true;
    return false;
  }

  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("\\W+");

  /** A sentence's words, for "the same words" (a later copy repeats an earlier report's sentences). */
  static String key(Sentence s) {
    return NON_WORD.matcher(s.text().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
