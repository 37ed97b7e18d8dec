package dev.newsbrief.tls;

import java.util.Arrays;

/** A sparse tf-idf vector over term ids, sorted by id, with its length precomputed. */
record TermVector(int[] ids, double[] values, double norm) {
  static final TermVector EMPTY = new TermVector(new int[0], new double[0], 0);

  static TermVector of(int[] ids, double[] values) {
    double sq = 0;
    for (double v : values) sq += v * v;
    return new TermVector(ids, values, Math.sqrt(sq));
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  double cosine(TermVector o) {
    if (norm == 0 || o.norm == 0) return 0;
    double dot = 0;
    int i = 0, j = 0;
    while (i < ids.length && j < o.ids.length) {
      if (ids[i] == o.ids[j]) dot += values[i++] * o.values[j++];
      else if (ids[i] < o.ids[j]) i++;
      else j++;
    }
    return dot / (norm * o.norm);
  }

  /** Cosine against a dense vector whose length is {@code denseNorm}. */
  double cosine(double[] dense, double denseNorm) {
    if (norm == 0 || denseNorm == 0) return 0;
    double dot = 0;
    for (int i = 0; i < ids.length; i++) dot += values[i] * dense[ids[i]];
    return dot / (norm * denseNorm);
  }

  /** Adds {@code scale} times this vector into {@code dense}. */
  void addTo(double[] dense, double scale) {
    for (int i = 0; i < ids.length; i++) dense[ids[i]] += scale * values[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermVector t && Arrays.equals(ids, t.ids) && Arrays.equals(values, t.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ids);
  }

  @Override
  public String toString() {
    return "TermVector" + Arrays.toString(ids);
  }
}
