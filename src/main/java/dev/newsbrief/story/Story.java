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
 *
 * @param documents the analysed reports; their position + 1 is their source number
 * @param dates     each report's date, by article id
 * @param originOf  for each report id, the id of the report it is a near-copy of (itself if none)
 */
public record Story(List<Document> documents, Map<String, DatedValue> dates, Map<String, String> originOf) {
  public Story {
    documents = List.copyOf(documents);
    dates = Map.copyOf(dates);
    originOf = Map.copyOf(originOf);
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
    for (int i = 0; i < documents.size(); i++) if (documents.get(i).id().equals(articleId)) return i + 1;
    throw new IllegalArgumentException("not in story: " + articleId);
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
    List<Document> out = new ArrayList<>();
    for (Document d : documents) if (isOrigin(d.id())) out.add(d);
    return out;
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
