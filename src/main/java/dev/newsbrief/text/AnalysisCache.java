package dev.newsbrief.text;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Removal;
import dev.newsbrief.model.Span;
import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Reports read before, kept so that a story briefed again as it grows (a report added in
 * {@code serve}) reads and analyses only what is new: a text's lines as cleaning reads them (what
 * is furniture is still decided beside the story's other reports), and the same article with the
 * same kept paragraphs as the same {@link Document}, which is immutable and may be shared by any
 * number of stories. The {@code capacity} reports used last are kept, and only while memory allows
 * (soft references: the collector takes them back before it would run out), so a cache never costs
 * a briefing its heap. One cache may serve several pipelines; safe for several threads.
 *
 * <p>With a {@link Shelf}, each analysis is also kept beyond memory and beyond the process (serve
 * keeps it in its store, beside the report): a report is then analysed once for as long as the
 * same code ({@link Analyzer#VERSION}) reads the same text the same way.
 */
public final class AnalysisCache {
  /** Where analyses are kept beyond memory, as {@link AnalysisCodec} writes them. */
  public interface Shelf {
    /** The analysis kept under {@code key} for report {@code articleId}, if any. */
    Optional<byte[]> load(String articleId, String key);

    /** Keeps {@code analysis} under {@code key} for report {@code articleId} (a report no longer kept may be ignored). */
    void save(String articleId, String key, byte[] analysis);
  }

  /** What analysis reads: the whole article (id, text, date...) and what cleaning kept and removed. */
  private record Key(Article article, List<Span> paragraphs, List<Removal> removed) {}

  private final Recent<Key, Document> documents;
  private final Recent<String, Object> lines;
  private final Shelf shelf;
  private final AtomicLong hits = new AtomicLong(), misses = new AtomicLong(), loaded = new AtomicLong();

  /** @param capacity how many reports to keep at most (the least recently used go first) */
  public AnalysisCache(int capacity) {
    this(capacity, null);
  }

  /**
   * @param capacity how many reports to keep in memory at most (the least recently used go first)
   * @param shelf    where analyses are also kept, and looked for before analysing; null: nowhere
   */
  public AnalysisCache(int capacity, Shelf shelf) {
    if (capacity < 1) throw new IllegalArgumentException("an analysis cache keeps at least one report");
    this.documents = new Recent<>(capacity);
    this.lines = new Recent<>(capacity);
    this.shelf = shelf;
  }

  /** {@link Analyzer#analyze(Article, List, List)}, or the document it gave before for the same input. */
  public Document analyze(Article article, List<Span> paragraphs, List<Removal> removed) {
    Key key = new Key(article, List.copyOf(paragraphs), List.copyOf(removed));
    Document known = documents.get(key);
    if (known != null) {
      hits.incrementAndGet();
      return known;
    }
    String shelved = shelf == null ? null : AnalysisCodec.key(article, paragraphs, removed);
    if (shelved != null) {
      Optional<Document> kept = shelf.load(article.id(), shelved).flatMap(b -> AnalysisCodec.decode(article, paragraphs, removed, b));
      if (kept.isPresent()) {
        loaded.incrementAndGet();
        documents.put(key, kept.get());
        return kept.get();
      }
    }
    misses.incrementAndGet();
    // analysed outside the lock: reports of one story are analysed in parallel
    Document analysed = Analyzer.analyze(article, paragraphs, removed);
    documents.put(key, analysed);
    if (shelved != null) shelf.save(article.id(), shelved, AnalysisCodec.encode(analysed));
    return analysed;
  }

  /**
   * What cleaning reads of a report's text ({@code read}), or what it read before of the same text.
   * Cleaning is its only reader, so {@code read} gives the same type for every text.
   */
  @SuppressWarnings("unchecked")
  public <T> T lines(String text, Function<String, T> read) {
    Object known = lines.get(text);
    if (known != null) return (T) known;
    T got = read.apply(text);
    lines.put(text, got);
    return got;
  }

  /** How many analyses were answered from the cache. */
  public long hits() {
    return hits.get();
  }

  /** How many analyses were read back from the shelf rather than made again. */
  public long loaded() {
    return loaded.get();
  }

  /** How many reports had to be analysed. */
  public long misses() {
    return misses.get();
  }

  /** The values used last, at most {@code capacity}, each held softly. */
  private static final class Recent<K, V> {
    private final Map<K, SoftReference<V>> values;

    Recent(int capacity) {
      this.values = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, SoftReference<V>> eldest) {
          return size() > capacity;
        }
      };
    }

    synchronized V get(K key) {
      SoftReference<V> kept = values.get(key);
      return kept == null ? null : kept.get();
    }

    synchronized void put(K key, V value) {
      values.put(key, new SoftReference<>(value));
    }
  }
}
