package dev.newsbrief.text;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Removal;
import dev.newsbrief.model.Span;
import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reports analysed before, kept so that a story briefed again as it grows (a report added in
 * {@code serve}) analyses only what is new: the same article with the same kept paragraphs is the
 * same {@link Document}, which is immutable and may be shared by any number of stories.
 * The {@code capacity} most recently used reports are kept, and only while memory allows (soft
 * references: the collector takes them back before it would run out), so a cache never costs a
 * briefing its heap. Safe for several threads.
 */
public final class AnalysisCache {
  /** What analysis reads: the whole article (id, text, date...) and what cleaning kept and removed. */
  private record Key(Article article, List<Span> paragraphs, List<Removal> removed) {}

  private final Map<Key, SoftReference<Document>> documents;
  private final int capacity;
  private final AtomicLong hits = new AtomicLong(), misses = new AtomicLong();

  /** @param capacity how many reports to keep at most (the least recently used go first) */
  public AnalysisCache(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("an analysis cache keeps at least one report");
    this.capacity = capacity;
    this.documents = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, SoftReference<Document>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** {@link Analyzer#analyze(Article, List, List)}, or the document it gave before for the same input. */
  public Document analyze(Article article, List<Span> paragraphs, List<Removal> removed) {
    Key key = new Key(article, List.copyOf(paragraphs), List.copyOf(removed));
    Document known;
    synchronized (documents) {
      SoftReference<Document> kept = documents.get(key);
      known = kept == null ? null : kept.get();
    }
    if (known != null) {
      hits.incrementAndGet();
      return known;
    }
    misses.incrementAndGet();
    // analysed outside the lock: reports of one story are analysed in parallel
    Document analysed = Analyzer.analyze(article, paragraphs, removed);
    synchronized (documents) {
      documents.put(key, new SoftReference<>(analysed));
    }
    return analysed;
  }

  /** How many reports it keeps at most. */
  public int capacity() {
    return capacity;
  }

  /** How many analyses were answered from the cache. */
  public long hits() {
    return hits.get();
  }

  /** How many reports had to be analysed. */
  public long misses() {
    return misses.get();
  }
}
