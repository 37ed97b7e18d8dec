package dev.newsbrief.clean;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of report texts cleaned before, kept so that a story cleaned again as it grows (a
 * report added in {@code serve}) reads only its new reports' lines; what is furniture is still
 * decided anew, beside the story's other reports. The {@code capacity} texts used last are kept,
 * and only while memory allows (soft references). Safe for several threads.
 */
public final class CleaningCache {
  private final Map<String, SoftReference<List<Unit>>> lines;

  /** @param capacity how many report texts to keep at most (the least recently used go first) */
  public CleaningCache(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("a cleaning cache keeps at least one report");
    this.lines = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, SoftReference<List<Unit>>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** {@link Cleaner#units} of the part of {@code text} cleaning reads, or what it gave before for the same text. */
  List<Unit> units(String text) {
    List<Unit> known;
    synchronized (lines) {
      SoftReference<List<Unit>> kept = lines.get(text);
      known = kept == null ? null : kept.get();
    }
    if (known != null) return known;
    List<Unit> read = List.copyOf(Cleaner.units(text.substring(0, Cleaner.readUpTo(text))));
    synchronized (lines) {
      lines.put(text, new SoftReference<>(read));
    }
    return read;
  }
}
