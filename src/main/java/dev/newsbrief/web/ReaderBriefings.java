package dev.newsbrief.web;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.Pipeline;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Brief;
import dev.newsbrief.render.JsonRenderer;
import dev.newsbrief.store.Store;
import dev.newsbrief.text.AnalysisCache;
import dev.newsbrief.story.Story;
import dev.newsbrief.summary.Focus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Briefings a reader asks for, beside a story's own: the brief that answers a question
 * ({@code brief --focus}), and what the reports added since a visit say that the ones read did not
 * ({@code brief --read}). Each is computed once per story state and request, in a worker of its own
 * so a question never holds up the story briefings, and kept (the most recent {@link #KEPT}) until
 * the story's reports change.
 */
public final class ReaderBriefings implements AutoCloseable {
  /** Briefings kept in memory: a question costs a briefing's computation, an answer a few kilobytes. */
  static final int KEPT = 64;
  /** Requests waiting for the worker beyond which new ones are refused (the server is busy). */
  static final int MAX_WAITING = 16;
  /** A question longer than this is not a question. */
  static final int MAX_QUESTION = 500;

  /** A briefing asked for: done (its JSON, or why there is none) or still being computed. */
  public record Answer(boolean pending, String json, String error) {}

  /** What was asked of which state of a story: equal keys get the same briefing. */
  private record Key(long story, String signature, String kind, String request) {}

  private final Store store;
  private final Pipeline.Options options;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(Briefings.daemon("newsbrief-reader-briefings"));
  private final AtomicInteger waiting = new AtomicInteger();
  private final Map<Key, CompletableFuture<String>> kept = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<String>> eldest) {
      return size() > KEPT;
    }
  };
  /** Stories analysed, by story and report set: the next question of a story costs only its summary (and citations, memoised on the story). */
  static final int ANALYSED = 4;
  private final Map<String, Story> analysed = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Story> eldest) {
      return size() > ANALYSED;
    }
  };

  /** Analyses stories for the questions, reusing the reports the briefings analysed (one cache for both). */
  private final Pipeline analyser;

  public ReaderBriefings(Store store, Pipeline.Options options, AnalysisCache analyses) {
    this.store = store;
    this.options = options;
    this.analyser = new Pipeline().reusing(analyses);
  }

  /** The question as it is asked of the pipeline and answered: single-spaced, without spaces around it. */
  static String asked(String question) {
    return Patterns.replaceAll(question.strip(), "\\s+", " ");
  }

  /**
   * The story's brief whose summary answers the question, {@link #asked} already (its timeline and
   * voices lead with what matches); asked in another case, it is the same question.
   */
  public Answer focus(long storyKey, String asked) {
    String signature = store.signature(storyKey);
    return answer(new Key(storyKey, signature, "focus", asked.toLowerCase(Locale.ROOT)),
        () -> new Pipeline(Focus.of(asked)).brief(analysed(storyKey, signature, store.articles(storyKey)), options));
  }

  /**
   * What the story's reports not among {@code read} add for a reader of those (an update brief), or
   * {@code null} when every report was read.
   */
  public Answer since(long storyKey, ReadSet read) {
    // the signature before the reports: a report added between the two is in the reports, never missing from them
    String signature = store.signature(storyKey);
    List<Article> articles = store.articles(storyKey);
    Set<String> fresh = new TreeSet<>();
    for (Article a : articles) if (!read.contains(a.id())) fresh.add(a.id());
    if (fresh.isEmpty()) return null;
    int old = articles.size() - fresh.size();
    return answer(new Key(storyKey, signature, "since", String.join(",", fresh)), () -> {
      return Pipeline.update(fresh, Pipeline.weighting(null), Pipeline.updateNote(fresh.size(), old, null))
          .brief(analysed(storyKey, signature, articles), options);
    });
  }

  /** The story analysed (on the worker thread only), reused while its reports stay the same. */
  private Story analysed(long storyKey, String signature, List<Article> articles) {
    String key = storyKey + "/" + signature;
    Story story = analysed.get(key);
    if (story == null) {
      story = analyser.analyse(articles);
      analysed.put(key, story);
    }
    return story;
  }

  private interface Briefing {
    Brief compute();
  }

  private Answer answer(Key key, Briefing briefing) {
    CompletableFuture<String> f;
    synchronized (kept) {
      f = kept.get(key);
      if (f == null) {
        if (waiting.get() >= MAX_WAITING) throw new ApiError(503, "the server is answering many questions; try again in a moment");
        waiting.incrementAndGet();
        CompletableFuture<String> made = new CompletableFuture<>();
        f = made;
        kept.put(key, made);
        worker.execute(() -> {
          waiting.decrementAndGet();
          try {
            made.complete(JsonRenderer.render(briefing.compute()));
          } catch (RuntimeException e) {
            System.err.println("newsbrief: " + key.kind() + " briefing of story " + key.story() + " failed: " + e);
            made.completeExceptionally(e);
          }
        });
      }
    }
    if (!f.isDone()) return new Answer(true, null, null);
    if (f.isCompletedExceptionally()) return new Answer(false, null, "the briefing could not be computed (the server log has the details)");
    return new Answer(false, f.join(), null);
  }

  /** Drops what was kept for a story (deleted). */
  public void forget(long storyKey) {
    synchronized (kept) {
      kept.keySet().removeIf(k -> k.story() == storyKey);
    }
    try {
      worker.execute(() -> analysed.keySet().removeIf(k -> k.startsWith(storyKey + "/"))); // the worker's own map
    } catch (java.util.concurrent.RejectedExecutionException closing) {
      // shutting down: nothing is kept anyway
    }
  }

  /**
   * The reports a reader has read, as ids and runs of ids ("r3,r7-r42"): a big story's list stays
   * short enough for a URL (ids of one story grow as its reports arrive, so runs are long).
   */
  public record ReadSet(List<long[]> runs) {
    /** At most this many ids and runs in one list (a story's ids interleave with others', so runs can be many). */
    static final int MAX_PARTS = 100_000;

    /** From a query's comma-separated list. */
    public static ReadSet parse(String list) {
      return of(list == null || list.isBlank() ? List.of() : List.of(list.split(",", -1)));
    }

    /** From ids and runs of ids, one to a part ("r3", "r7-r42"); blank parts are skipped. */
    public static ReadSet of(List<String> parts) {
      if (parts.size() > MAX_PARTS) throw ApiError.badRequest("read: at most " + MAX_PARTS + " ids or runs (r3,r7-r42)");
      List<long[]> runs = new ArrayList<>();
      for (String part : parts) {
        String p = part.strip();
        if (p.isEmpty()) continue;
        int dash = p.indexOf('-');
        long from = key(dash < 0 ? p : p.substring(0, dash)), to = dash < 0 ? from : key(p.substring(dash + 1));
        if (to < from) throw ApiError.badRequest("read: a run must go up: " + p);
        runs.add(new long[] {from, to});
      }
      return new ReadSet(runs);
    }

    private static long key(String id) {
      return dev.newsbrief.store.Ids.parse(id.strip(), 'r').orElseThrow(() -> ApiError.badRequest(
          "read: report ids (r3) or runs of them (r7-r42), not " + (id.length() > 40 ? id.substring(0, 37) + "..." : id)));
    }

    public boolean contains(String reportId) {
      java.util.OptionalLong k = dev.newsbrief.store.Ids.parse(reportId, 'r');
      if (k.isEmpty()) return false;
      for (long[] r : runs) if (k.getAsLong() >= r[0] && k.getAsLong() <= r[1]) return true;
      return false;
    }

    /** How many ids the list names. */
    public long size() {
      long n = 0;
      for (long[] r : runs) n += r[1] - r[0] + 1;
      return n;
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
