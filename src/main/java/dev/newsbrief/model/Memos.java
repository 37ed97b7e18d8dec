package dev.newsbrief.model;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What later stages work out from one object alone (a report's quotes, its dates), kept for as long
 * as that very object lives and forgotten with it: the object is held weakly and looked up by
 * identity, as hashing a report by value would cost a pass over its tokens. A value must not refer
 * to its owner (it would keep it alive); parts of it, such as its sentences, are fine.
 */
final class Memos {
  private static final ReferenceQueue<Object> COLLECTED = new ReferenceQueue<>();
  private static final Map<Owner, Map<String, Object>> VALUES = new ConcurrentHashMap<>();

  private Memos() {}

  /** The value {@code compute} gives for {@code owner}, computed once per owner and key. */
  @SuppressWarnings("unchecked")
  static <T> T of(Object owner, String key, Supplier<T> compute) {
    forgetCollected();
    Map<String, Object> values = VALUES.get(new Owner(owner, null));
    if (values == null) {
      values = VALUES.computeIfAbsent(new Owner(owner, COLLECTED), o -> new ConcurrentHashMap<>());
    }
    Object v = values.get(key);
    if (v == null) {
      v = compute.get(); // outside any lock: a computation may ask for another memo
      Object raced = values.putIfAbsent(key, v);
      if (raced != null) v = raced;
    }
    return (T) v;
  }

  /** How many owners hold memos now (tests see that collected ones are forgotten). */
  static int owners() {
    forgetCollected();
    return VALUES.size();
  }

  private static void forgetCollected() {
    for (Reference<?> r; (r = COLLECTED.poll()) != null; ) VALUES.remove(r);
  }

  /** An object held weakly, equal only to itself or to a reference to the same live object. */
  private static final class Owner extends WeakReference<Object> {
    private final int hash;

    Owner(Object owner, ReferenceQueue<Object> queue) {
      super(owner, queue);
      this.hash = System.identityHashCode(owner);
    }

    @Override
    public boolean equals(Object o) {
      if (o == this) return true;
      if (!(o instanceof Owner other)) return false;
      Object mine = get();
      return mine != null && mine == other.get();
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
