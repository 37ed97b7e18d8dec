package dev.newsbrief.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Full-text index of reports. It is derived data: the database is the truth, and {@link Store}
 * reconciles the two on open, so a crash between a database commit and an index commit loses
 * nothing. Writes are visible to searches at once (near-real-time reader); commits to disk are
 * batched by the store.
 */
final class SearchIndex implements Closeable {
  private static final String KEY = "key", KEY_NUM = "keynum", STORY = "story", TITLE = "title", TEXT = "text";
  private static final int MAX_HITS = 10_000;

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AtomicBoolean dirty = new AtomicBoolean();

  /** Keys of the matching reports, best first, and how many match in all. */
  record Hits(long total, List<Hit> hits) {}

  record Hit(long key, float score) {}

  private SearchIndex(Path dir) throws IOException {
    directory = FSDirectory.open(dir);
    writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    searchers = new SearcherManager(writer, null);
  }

  /** Opens the index in {@code dir}; an index that cannot be read is thrown away and started anew. */
  static SearchIndex open(Path dir) throws IOException {
    Files.createDirectories(dir);
    try {
      return new SearchIndex(dir);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Damaged (e.g. a disk that lied about a sync): the database rebuilds it on reconcile.
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) Files.deleteIfExists(f);
      }
      return new SearchIndex(dir);
    }
  }

  void put(long key, long storyKey, String title, String text) {
    Document d = new Document();
    d.add(new StringField(KEY, Long.toString(key), Field.Store.NO));
    d.add(new NumericDocValuesField(KEY_NUM, key));
    d.add(new StringField(STORY, Long.toString(storyKey), Field.Store.NO));
    d.add(new TextField(TITLE, title, Field.Store.NO));
    d.add(new TextField(TEXT, text, Field.Store.NO));
    try {
      writer.updateDocument(new Term(KEY, Long.toString(key)), d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    dirty.set(true);
  }

  void delete(long key) {
    deleteTerm(new Term(KEY, Long.toString(key)));
  }

  void deleteStory(long storyKey) {
    deleteTerm(new Term(STORY, Long.toString(storyKey)));
  }

  private void deleteTerm(Term t) {
    try {
      writer.deleteDocuments(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    dirty.set(true);
  }

  /** Makes the changes so far durable; a no-op when there are none. */
  void commit() throws IOException {
    if (dirty.getAndSet(false)) writer.commit();
  }

  /** Every report key the index holds. */
  Set<Long> keys() throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher s = searchers.acquire();
    try {
      Set<Long> keys = new HashSet<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        NumericDocValues v = leaf.reader().getNumericDocValues(KEY_NUM);
        Bits live = leaf.reader().getLiveDocs();
        if (v == null) continue;
        for (int doc = v.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = v.nextDoc()) {
          if (live == null || live.get(doc)) keys.add(v.longValue());
        }
      }
      return keys;
    } finally {
      searchers.release(s);
    }
  }

  Hits search(String queryText, int limit, int offset) throws IOException {
    Query q = parse(queryText);
    searchers.maybeRefresh();
    IndexSearcher s = searchers.acquire();
    try {
      int want = Math.min(MAX_HITS, offset + limit);
      TopDocs top = s.search(q, Math.max(1, want));
      List<Hit> hits = new ArrayList<>();
      for (int i = offset; i < top.scoreDocs.length && i < want; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        int leafIdx = org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, s.getIndexReader().leaves());
        LeafReaderContext leaf = s.getIndexReader().leaves().get(leafIdx);
        NumericDocValues v = leaf.reader().getNumericDocValues(KEY_NUM);
        if (v != null && v.advanceExact(sd.doc - leaf.docBase)) hits.add(new Hit(v.longValue(), sd.score));
      }
      return new Hits(top.totalHits.value, hits);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Parses a person's query; query syntax they did not mean (a stray quote or colon, an "AND" with
   * nothing to join) is taken literally, as words; a query of no searchable word finds nothing.
   */
  private Query parse(String text) {
    MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer, Map.of(TITLE, 2f, TEXT, 1f));
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(text);
    } catch (ParseException | RuntimeException e) {
      try {
        // operators are upper case only: lower-cased, "AND" is the word "and"
        Query literal = p.parse(QueryParser.escape(text.toLowerCase(java.util.Locale.ROOT)));
        return literal == null ? new org.apache.lucene.search.MatchNoDocsQuery() : literal;
      } catch (ParseException | RuntimeException e2) {
        return new org.apache.lucene.search.MatchNoDocsQuery("no searchable words in " + text);
      }
    }
  }

  /** The analysed terms of a query, to find them again in a report's text. */
  Set<String> terms(String queryText) {
    return analyse(queryText, null);
  }

  /** Spans of {@code text} whose analysed form is one of {@code terms}, in text order. */
  List<int[]> find(String text, Set<String> terms) {
    List<int[]> spans = new ArrayList<>();
    analyse(text, (term, span) -> {
      if (terms.contains(term)) spans.add(span);
    });
    spans.sort(Comparator.comparingInt(a -> a[0]));
    return spans;
  }

  private Set<String> analyse(String text, java.util.function.BiConsumer<String, int[]> each) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (each == null) out.add(t);
        else each.accept(t, new int[] {off.startOffset(), off.endOffset()});
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }


  @Override
  public void close() throws IOException {
    searchers.close();
    writer.commit();
    writer.close();
    directory.close();
    analyzer.close();
  }
}
