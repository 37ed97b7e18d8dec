package dev.newsbrief.eval.tls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A timeline: for each date, the sentences of that day's summary, in order. */
public record Timeline(SortedMap<LocalDate, List<String>> entries) {

  public Timeline {
    TreeMap<LocalDate, List<String>> copy = new TreeMap<>();
    entries.forEach((date, sentences) -> copy.put(date, List.copyOf(sentences)));
    entries = Collections.unmodifiableSortedMap(copy);
  }

  public static Timeline of(Map<LocalDate, List<String>> entries) {
    return new Timeline(new TreeMap<>(entries));
  }

  /** The dates, ascending. */
  public List<LocalDate> dates() {
    return List.copyOf(entries.keySet());
  }

  /** The day's sentences; empty for a date not in the timeline. */
  public List<String> sentences(LocalDate date) {
    return entries.getOrDefault(date, List.of());
  }

  /** All sentences in ascending date order, keeping the order within each date. */
  public List<String> allSentences() {
    List<String> all = new ArrayList<>();
    entries.values().forEach(all::addAll);
    return all;
  }

  /** The same timeline with every date moved by {@code days}. */
  public Timeline shifted(long days) {
    TreeMap<LocalDate, List<String>> moved = new TreeMap<>();
    entries.forEach((date, sentences) -> moved.put(date.plusDays(days), sentences));
    return new Timeline(moved);
  }
}
