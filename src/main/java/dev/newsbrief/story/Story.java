package dev.newsbrief.story;

import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports of one story, in input order, each with its date and the report it copies.
 * Immutable. A report's position + 1 is its source number, looked up by id in constant time
 * because every stage asks for it.
 */
public final class Story {
  private final List<Document> documents;
  private final Map<String, DatedValue> dates;
  private final Map<String, String> originOf;
  private final Map<String, Integer> sourceNumbers;
  /** Reports that are not copies of another, in input order. */
  private final List<Document> origins;
  /** What several stages ask of the same reports (their quotes), worked out once: see {@link #memo}. */
  private final Map<String, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param documents the analysed reports, in source order
   * @param dates     each report's date, by article id
   * @param originOf  for each report id, the id of the report it is a near-copy of (itself if none)
   */
  public Story(List<Document> documents, Map<String, DatedValue> dates, Map<String, String> originOf) {
    this.documents = List.copyOf(documents);
    this.dates = Map.copyOf(dates);
    this.originOf = Map.copyOf(originOf);
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < this.documents.size(); i++) numbers.putIfAbsent(this.documents.get(i).id(), i + 1);
    this.sourceNumbers = Map.copyOf(numbers);
    List<Document> independent = new ArrayList<>();
    for (Document d : this.documents) if (isOrigin(d.id())) independent.add(d);
    this.origins = List.copyOf(independent);
  }

  /**
   * The value a stage computes from this story under {@code key}, computed on first request and
   * kept with the story: the summary, the timeline and the Voices all need the reports' quotes, and
   * they are found once. The key names the stage that owns the value ("voices.quotes").
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(String key, java.util.function.Supplier<T> compute) {
    Object v = memo.get(key);
    if (v == null) {
      v = compute.get(); // outside the map's lock: a computation may ask for another memo
      Object raced = memo.putIfAbsent(key, v);
      if (raced != null) v = raced;
    }
    return (T) v;
  }

  public List<Document> documents() {
    return documents;
  }

  public Map<String, DatedValue> dates() {
    return dates;
  }

  public Map<String, String> originOf() {
    return originOf;
  }

  /** Every report's source number, by article id. */
  public Map<String, Integer> sourceNumbers() {
    return sourceNumbers;
  }

  /** A story with wire copies detected and every report undated unless its input carried a date. */
  public static Story of(List<Document> documents) {
    Map<String, DatedValue> dates = new HashMap<>();
    for (Document d : documents) {
      dates.put(d.id(), d.article().published() == null ? DatedValue.undated()
          : DatedValue.given(d.article().published()));
    }
    return new Story(documents, dates, WireCopies.detect(documents));
  }

  public Story withDates(Map<String, DatedValue> newDates) {
    return new Story(documents, newDates, originOf);
  }

  /** Source number of a report, from 1, as cited in the briefing. */
  public int sourceNumber(String articleId) {
    Integer n = sourceNumbers.get(articleId);
    if (n == null) throw new IllegalArgumentException("not in story: " + articleId);
    return n;
  }

  /**
   * What a stage works out from one sentence alone ({@code compute}: whether it may stand in a
   * summary, its concepts), once per sentence and kept with the sentence's report (see
   * {@link Document#memo}): a story briefed again as it grows reuses it for its older reports.
   */
  public <T> T sentenceMemo(String key, Sentence s, java.util.function.Function<Sentence, T> compute) {
    Map<Sentence, T> known = sentenceMemos(key, s);
    if (known == null) return compute.apply(s);
    T v = known.get(s);
    if (v == null) known.put(s, v = compute.apply(s));
    return v;
  }

  /**
   * The values {@link #sentenceMemo} keeps under {@code key} for the sentences of {@code s}'s report
   * (thread-safe), for a stage that works them out several at a time; null when {@code s} is of no report of the story.
   */
  public <T> Map<Sentence, T> sentenceMemos(String key, Sentence s) {
    Integer n = sourceNumbers.get(s.articleId());
    if (n == null) return null;
    return documents.get(n - 1).memo(key, () -> java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>()));
  }

  public Document document(String articleId) {
    return documents.get(sourceNumber(articleId) - 1);
  }

  public String origin(String articleId) {
    return originOf.getOrDefault(articleId, articleId);
  }

  public boolean isOrigin(String articleId) {
    return origin(articleId).equals(articleId);
  }

  /** Reports that are not copies of another, in input order. */
  public List<Document> origins() {
    return origins;
  }

  /** The day a report sorts on (see {@link DatedValue#sortKey}); null if undated. */
  public java.time.LocalDate sortDate(String articleId) {
    return date(articleId).sortKey();
  }

  public DatedValue date(String articleId) {
    return dates.getOrDefault(articleId, DatedValue.undated());
  }

  /**
   * Orders sentences for reading: by report date, then source order, then position. A report known
   * only to its year or season sorts at the end of that period (it may be any day of it), undated
   * reports last.
   */
  public Comparator<Sentence> readingOrder() {
    return Comparator
        .comparing((Sentence s) -> sortDate(s.articleId()), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(s -> sourceNumber(s.articleId()))
        .thenComparingInt(Sentence::index);
  }
}
