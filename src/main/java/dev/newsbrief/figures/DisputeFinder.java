package dev.newsbrief.figures;

import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.DisputedFigure;
import dev.newsbrief.model.DisputedFigure.SourcedFigure;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Figure;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import dev.newsbrief.text.Stemmer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds quantities the reports of a cluster give different values for. Two figures are the same
 * quantity when they count the same thing (unit, with casualty words folded together) and share
 * context words near them ("trapped", "Aleppo"): a shared unit alone is not enough, so "250,000
 * people trapped" and "250,000 people killed" stay apart. A quantity is CHANGED when its values
 * move over reports dated days apart, and a DISAGREEMENT when reports of about the same date differ.
 */
public final class DisputeFinder {
  /** Reports this many days apart or more can show a changed value rather than a disagreement. */
  static final int CHANGE_DAYS = 3;
  private static final int WINDOW = 7;
  private static final int MIN_SHARED = 2;
  private static final Set<String> DEATH = Set.of("kill", "dead", "death", "die", "di", "live", "toll", "fatal");
  private static final Set<String> WAR = Set.of("war", "conflict", "fight", "civil");
  private static final Set<String> GENERIC = Set.of("say", "said", "report", "also", "year", "day",
      "week", "month", "last", "includ", "least", "more", "about", "some", "than", "nearli", "almost",
      "mondai", "tuesdai", "wednesdai", "thursdai", "fridai", "saturdai", "sundai");

  private DisputeFinder() {}

  /**
   * @param docs    the cluster's documents
   * @param dates   each article's date (missing or unknown dates count as "same time")
   * @param sources each article's source number, as cited in the brief
   */
  public static List<DisputedFigure> find(List<Document> docs, Map<String, DatedValue> dates,
                                          Map<String, Integer> sources) {
    List<Item> items = new ArrayList<>();
    for (Document d : docs) {
      for (Sentence s : d.sentences()) {
        for (Figure f : FigureExtractor.extract(s, d.id())) {
          if (f.unit().isEmpty() || Math.abs(f.value()) < 2) continue;
          items.add(new Item(f, context(s, f), unitClass(f)));
        }
      }
    }
    // link figures of different reports that count the same thing in the same context
    int n = items.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Item a = items.get(i), b = items.get(j);
        if (a.figure.articleId().equals(b.figure.articleId()) || !a.unitClass.equals(b.unitClass)) continue;
        // a death toll and a count of the living (evacuated, trapped) are never one quantity
        if (a.context.containsKey("kill") != b.context.containsKey("kill")) continue;
        // values far apart are more likely different quantities: ask for more shared context
        double lo = Math.min(Math.abs(a.figure.value()), Math.abs(b.figure.value()));
        double hi = Math.max(Math.abs(a.figure.value()), Math.abs(b.figure.value()));
        int needed = hi > 3 * lo ? MIN_SHARED + 1 : MIN_SHARED;
        if (shared(a.context.keySet(), b.context.keySet()).size() >= needed) union(parent, i, j);
      }
    }
    Map<Integer, List<Item>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
    List<DisputedFigure> out = new ArrayList<>();
    for (List<Item> group : groups.values()) {
      DisputedFigure d = dispute(group, dates, sources);
      if (d != null) out.add(d);
    }
    out.sort(Comparator.comparingInt((DisputedFigure d) -> -d.values().size()).thenComparing(DisputedFigure::quantity));
    return out;
  }

  private record Item(Figure figure, Map<String, String> context, String unitClass) {}

  private static DisputedFigure dispute(List<Item> group, Map<String, DatedValue> dates, Map<String, Integer> sources) {
    // one figure per report: the first it gives
    Map<String, Item> perReport = new LinkedHashMap<>();
    for (Item it : group) perReport.putIfAbsent(it.figure.articleId(), it);
    if (perReport.size() < 2) return null;
    Set<Long> values = new HashSet<>();
    for (Item it : perReport.values()) values.add(Math.round(it.figure.value()));
    if (values.size() < 2) return null;
    List<SourcedFigure> sourced = new ArrayList<>();
    for (Item it : perReport.values()) {
      String id = it.figure.articleId();
      sourced.add(new SourcedFigure(it.figure, sources.getOrDefault(id, 0), dates.getOrDefault(id, DatedValue.undated())));
    }
    sourced.sort(Comparator.comparing((SourcedFigure s) -> s.date().date(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(SourcedFigure::source));
    return new DisputedFigure(describe(group), kind(sourced), sourced);
  }

  /** CHANGED when values differ only between reports dated at least {@link #CHANGE_DAYS} apart. */
  static DisputedFigure.Kind kind(List<SourcedFigure> byDate) {
    for (int i = 0; i < byDate.size(); i++) {
      for (int j = i + 1; j < byDate.size(); j++) {
        SourcedFigure a = byDate.get(i), b = byDate.get(j);
        if (Math.round(a.figure().value()) == Math.round(b.figure().value())) continue;
        // a value can only be seen to change between reports whose days are known
        if (!a.date().isKnown() || !b.date().isKnown() || a.date().granularity() != Granularity.DAY
            || b.date().granularity() != Granularity.DAY) return DisputedFigure.Kind.DISAGREEMENT;
        long days = Math.abs(ChronoUnit.DAYS.between(a.date().date(), b.date().date()));
        if (days < CHANGE_DAYS) return DisputedFigure.Kind.DISAGREEMENT;
      }
    }
    return DisputedFigure.Kind.CHANGED;
  }

  /** "people killed (syria, war)": the unit with the context words most reports share. */
  private static String describe(List<Item> group) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> surface = new HashMap<>();
    for (Item it : group) {
      for (var w : it.context.entrySet()) {
        counts.merge(w.getKey(), 1, Integer::sum);
        surface.putIfAbsent(w.getKey(), w.getValue());
      }
    }
    Figure first = group.get(0).figure;
    List<String> top = counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(3).map(e -> surface.getOrDefault(e.getKey(), e.getKey())).toList();
    return top.isEmpty() ? first.unit() : first.unit() + " (" + String.join(", ", top) + ")";
  }

  /** Content words near the figure, as stem → word as written. */
  private static Map<String, String> context(Sentence s, Figure f) {
    Map<String, String> out = new HashMap<>();
    List<Token> tokens = s.tokens();
    int first = tokens.size(), last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > f.start() && tokens.get(i).start() < f.end()) {
        first = Math.min(first, i);
        last = i;
      }
    }
    if (last < 0) return out;
    // the words around the figure, WINDOW each side of it, whatever its own length
    for (int i = Math.max(0, first - WINDOW); i < Math.min(tokens.size(), last + WINDOW + 2); i++) {
      Token t = tokens.get(i);
      if (t.stop() || !t.isWord() || Character.isDigit(t.text().charAt(0))) continue;
      if (t.start() >= f.start() && t.end() <= f.end()) continue;
      String stem = fold(t.stem());
      if (GENERIC.contains(stem)) continue;
      out.putIfAbsent(stem, t.norm());
    }
    return out;
  }

  /** Killed, dead, deaths and lives lost are one kind of count. */
  private static String unitClass(Figure f) {
    String u = fold(Stemmer.stem(f.unit().toLowerCase(Locale.ROOT)));
    return switch (u) {
      case "peopl", "person", "civilian", "resid", "inhabit", "villag" -> "people";
      default -> u;
    };
  }

  private static String fold(String stem) {
    if (DEATH.contains(stem)) return "kill";
    return WAR.contains(stem) ? "war" : stem;
  }

  private static Set<String> shared(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.retainAll(b);
    return s;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
