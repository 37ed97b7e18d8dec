package dev.newsbrief.web;

import dev.newsbrief.Pipeline;
import dev.newsbrief.clean.Cleaner;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Brief;
import dev.newsbrief.render.HtmlRenderer;
import dev.newsbrief.render.JsonRenderer;
import dev.newsbrief.render.MarkdownRenderer;
import dev.newsbrief.store.Store;
import dev.newsbrief.store.StoredBriefing;
import dev.newsbrief.store.StoryInfo;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each story's briefing, computed off the request threads and cached, so reading one costs a map
 * lookup. A change to a story ({@link #changed}) schedules one recomputation after a short quiet
 * period: a burst of new reports is briefed once. Briefings are computed in two lanes: stories of
 * at most {@link #LIGHT_CHARS} characters in one, bigger ones in the other, so a small story is
 * ready in seconds however many big ones wait (the pipeline already uses every core; the lanes are
 * for waiting, not for speed, and a big story's analysis keeps to one thread of its own). Never
 * two computations for one story, and a story whose reports did not change since its stored
 * briefing is not recomputed, across restarts too. Closing waits for no computation: what
 * finishes after it is dropped, never written.
 */
public final class Briefings implements AutoCloseable {
  private final Store store;
  private final Pipeline pipeline;
  private final Pipeline.Options options;
  private final long debounceMillis;
  /** Waits out the quiet period and hands the story to its lane. */
  private final ScheduledExecutorService dispatcher;
  private final ExecutorService light;
  private final ExecutorService heavy;
  private final ConcurrentHashMap<Long, StoredBriefing> cache = new ConcurrentHashMap<>();
  /** Stories with a recomputation scheduled or running. */
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();
  private final Set<Long> scheduled = ConcurrentHashMap.newKeySet();
  /** Stories being computed now: never two for one story. */
  private final Set<Long> running = ConcurrentHashMap.newKeySet();
  /** Held while a briefing is written, so that closing never cuts a write in two. */
  private final Object writing = new Object();
  private volatile boolean closing;
  /** A story up to this many characters (each report counted up to what analysis reads) is light. */
  static final long LIGHT_CHARS = 3L * Cleaner.MAX_CHARS;
  private final AtomicLong computations = new AtomicLong();
  /** Story names and report counts, so reading a briefing needs no database query. */
  private final ConcurrentHashMap<Long, StoryInfo> stories = new ConcurrentHashMap<>();

  public Briefings(Store store, Pipeline pipeline, Pipeline.Options options, Duration debounce) {
    this.store = store;
    this.pipeline = pipeline;
    this.options = options;
    this.debounceMillis = debounce.toMillis();
    this.dispatcher = Executors.newSingleThreadScheduledExecutor(daemon("newsbrief-briefings"));
    this.light = Executors.newSingleThreadExecutor(daemon("newsbrief-briefings-light"));
    // a pool of one: the pipeline's parallel analysis of a big story runs inside it, not on the
    // common pool, where a small story's analysis would queue behind it
    this.heavy = new ForkJoinPool(1);
  }

  /** Threads that never keep the JVM alive (shutdown drops what they still compute). */
  static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Schedules a recomputation for every story whose stored briefing is missing or out of date. */
  public void catchUp() {
    for (long key : store.storyKeys()) {
      Optional<StoredBriefing> b = current(key);
      if (b.isEmpty() || !b.get().signature().equals(store.signature(key))) changed(key);
    }
  }

  /** A story's reports changed: recompute its briefing once things are quiet. */
  public void changed(long storyKey) {
    stories.remove(storyKey);
    pending.add(storyKey);
    if (scheduled.add(storyKey)) dispatcher.schedule(() -> dispatch(storyKey), debounceMillis, TimeUnit.MILLISECONDS);
  }

  /** The latest computed briefing of a story, if one was ever computed. */
  public Optional<StoredBriefing> current(long storyKey) {
    return readThrough(cache, storyKey, store::briefing);
  }

  /** Whether a newer briefing of the story is on its way. */
  public boolean isPending(long storyKey) {
    return pending.contains(storyKey);
  }

  /** A story was deleted: forget its briefing. */
  public void forget(long storyKey) {
    cache.remove(storyKey);
    stories.remove(storyKey);
  }

  /** A story, from memory when possible (refreshed on every change to it). */
  public Optional<StoryInfo> story(long storyKey) {
    return readThrough(stories, storyKey, store::story);
  }

  /** The cached value, else the stored one (then cached); absence is not cached. */
  private static <T> Optional<T> readThrough(ConcurrentHashMap<Long, T> cache, long key, java.util.function.LongFunction<Optional<T>> load) {
    T hit = cache.get(key);
    if (hit != null) return Optional.of(hit);
    Optional<T> loaded = load.apply(key);
    loaded.ifPresent(v -> cache.putIfAbsent(key, v));
    return loaded;
  }

  /** How many briefings were computed since start (each change should cost about one). */
  public long computations() {
    return computations.get();
  }

  /** Waits until no recomputation is scheduled or running (tests and shutdown use this). */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!pending.isEmpty()) {
      if (System.nanoTime() > end) return false;
      Thread.sleep(20);
    }
    return true;
  }

  /** Queues the story's computation in the lane its size calls for. */
  private void dispatch(long storyKey) {
    if (closing) return;
    if (!running.add(storyKey)) {
      // a lane is on this story: come back when it is likely done
      dispatcher.schedule(() -> dispatch(storyKey), debounceMillis, TimeUnit.MILLISECONDS);
      return;
    }
    boolean handedOver = false;
    try {
      long chars = store.textChars(storyKey, Cleaner.MAX_CHARS);
      (chars <= LIGHT_CHARS ? light : heavy).execute(() -> recompute(storyKey));
      handedOver = true;
    } catch (RuntimeException e) {
      if (!closing) System.err.println("newsbrief: briefing of story " + storyKey + " failed: " + e);
    } finally {
      if (!handedOver) done(storyKey);
    }
  }

  private void recompute(long storyKey) {
    if (closing) {
      done(storyKey);
      return;
    }
    // Cleared first: a change that lands while we compute schedules another pass.
    scheduled.remove(storyKey);
    try {
      String signature = store.signature(storyKey);
      Optional<StoredBriefing> current = current(storyKey);
      if (current.isPresent() && current.get().signature().equals(signature)) return;
      StoryInfo story = store.story(storyKey).orElseThrow();
      List<Article> articles = store.articles(storyKey);
      Brief brief;
      try {
        brief = articles.isEmpty() ? empty(story.name()) : pipeline.brief(articles, options);
      } catch (RuntimeException e) {
        // Keep showing the last good briefing, say it is not newer (the log says why), and do not retry this report set.
        System.err.println("newsbrief: briefing of story " + storyKey + " could not be computed: " + e);
        StoredBriefing last = current.orElse(null);
        Brief fallback = empty(story.name());
        save(storyKey, signature, last == null ? JsonRenderer.render(fallback) : last.json(),
            last == null ? MarkdownRenderer.render(fallback) : last.markdown(),
            last == null ? HtmlRenderer.render(fallback) : last.html(),
            "the briefing could not be computed from these reports (the server log has the details)");
        return;
      }
      computations.incrementAndGet();
      save(storyKey, signature, JsonRenderer.render(brief), MarkdownRenderer.render(brief), HtmlRenderer.render(brief), null);
    } catch (NoSuchElementException e) {
      cache.remove(storyKey); // the story was deleted meanwhile
    } catch (RuntimeException e) {
      if (!closing) System.err.println("newsbrief: briefing of story " + storyKey + " failed: " + e);
    } finally {
      done(storyKey);
    }
  }

  private void done(long storyKey) {
    running.remove(storyKey);
    stories.remove(storyKey); // a read that raced the change may have cached an old count
    pending.remove(storyKey);
    if (scheduled.contains(storyKey)) pending.add(storyKey); // changed again while we computed
  }

  private void save(long storyKey, String signature, String json, String markdown, String html, String error) {
    synchronized (writing) {
      if (closing) return;
      cache.put(storyKey, store.saveBriefing(storyKey, signature, json, markdown, html, error));
    }
  }

  private static Brief empty(String name) {
    return new Brief(name, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Override
  public void close() {
    synchronized (writing) {
      closing = true; // a briefing being written is whole; none is written after this
    }
    for (ExecutorService e : List.of(dispatcher, light, heavy)) e.shutdown(); // no interrupt: the store's files must not see one mid-write
    // a computation still running is left to its (daemon) thread and dropped: shutting down takes no longer
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    try {
      for (ExecutorService e : List.of(dispatcher, light, heavy)) e.awaitTermination(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
