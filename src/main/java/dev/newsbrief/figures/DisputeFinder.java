package dev.newsbrief.figures;

import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.DisputedFigure;
import dev.newsbrief.model.DisputedFigure.SourcedFigure;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Figure;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.Sentence;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds quantities the reports of a cluster give different values for. Each figure gets its
 * {@link QuantityFrame} (what it counts, under which predicate, where, in which unit); two figures
 * of different reports measure one quantity when the {@link FrameMatcher} says so. A group only
 * grows by figures that fit every member (no chains from 7% to 4% to 40%). Values within rounding
 * of each other are one value; counts of people are exact (229 dead is not 230).
 *
 * <p>A quantity is CHANGED when it is one that moves (a toll, a count of cases or of the
 * displaced, a duration, money spent) and its reports are dated; it is a DISAGREEMENT when what it
 * measures does not move (a distance, a population, a capacity), when a report's date is unknown,
 * or when two named sources give different values.
 */
public final class DisputeFinder {
  /**
   * Reports this many days apart or more can show a changed value rather than a disagreement. Zero:
   * a toll that differs between reports of one day has most often moved during the day (wires
   * update a story several times a day; readers labelled 8 of 10 such dev groups "changed").
   */
  static final int CHANGE_DAYS = 0;
  private static final double ROUNDING = 0.03;
  /** Predicates whose counts move as a story unfolds (a toll rises); other quantities stay put. */
  private static final Set<String> MOVING = Set.of("killed", "injured", "missing", "displaced", "infected", "arrested",
      "rescued");
  private static final Set<String> MOVING_UNITS = Set.of("dai", "week", "month", "dollar", "pound", "euro");
  private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?:dozens|scores|hundreds|thousands|millions|billions)\\b");

  private DisputeFinder() {}

  /**
   * @param docs    the cluster's documents
   * @param dates   each article's date (missing or unknown dates count as "same time")
   * @param sources each article's source number, as cited in the brief
   */
  public static List<DisputedFigure> find(List<Document> docs, Map<String, DatedValue> dates,
                                          Map<String, Integer> sources) {
    return find(docs, dates, sources, f -> null);
  }

  /**
   * As {@link #find(List, Map, Map)}, knowing who gives each figure ({@code claimant}, null for a
   * report's own voice), which each value then shows: "according to A ... B says".
   */
  public static List<DisputedFigure> find(List<Document> docs, Map<String, DatedValue> dates,
                                          Map<String, Integer> sources, Function<Figure, String> claimantOf) {
    // who gives a figure is asked for each pair a figure is in: look it up once
    Map<Figure, String> claimants = new HashMap<>();
    Function<Figure, String> claimant = f -> claimants.computeIfAbsent(f, claimantOf);
    List<QuantityFrame> items = new ArrayList<>();
    for (List<QuantityFrame> own : docs.parallelStream().map(DisputeFinder::figures).toList()) items.addAll(own);
    // what each report says, to tell a dispute from two quantities that both reports give
    Map<String, List<QuantityFrame>> said = new HashMap<>();
    for (QuantityFrame it : items) said.computeIfAbsent(it.figure().articleId(), k -> new ArrayList<>()).add(it);
    // grow groups of figures from different reports that fit every member of the group
    // (each joins the first group it fits; the groups it may fit are looked up by their first member)
    List<List<QuantityFrame>> groups = new ArrayList<>();
    Map<List<Object>, List<Integer>> byFrame = new HashMap<>(), byReport = new HashMap<>();
    for (QuantityFrame it : items) {
      List<QuantityFrame> home = null;
      // the groups it may fit, in the order they were opened: both lists ascend, merged as they are read
      List<Integer> sameFrame = byFrame.getOrDefault(frameKey(it), List.of()), sameReport = byReport.getOrDefault(reportKey(it), List.of());
      for (int i = 0, j = 0; i < sameFrame.size() || j < sameReport.size(); ) {
        int f = i < sameFrame.size() ? sameFrame.get(i) : Integer.MAX_VALUE, r = j < sameReport.size() ? sameReport.get(j) : Integer.MAX_VALUE;
        int g = Math.min(f, r);
        if (f == g) i++;
        if (r == g) j++;
        if (allFit(groups.get(g), it)) {
          home = groups.get(g);
          break;
        }
      }
      if (home == null) {
        byFrame.computeIfAbsent(frameKey(it), k -> new ArrayList<>()).add(groups.size());
        byReport.computeIfAbsent(reportKey(it), k -> new ArrayList<>()).add(groups.size());
        groups.add(home = new ArrayList<>());
      }
      home.add(it);
    }
    List<DisputedFigure> out = new ArrayList<>();
    for (List<QuantityFrame> group : groups) {
      DisputedFigure d = dispute(group, dates, sources, claimant, said);
      if (d != null) out.add(d);
    }
    out.sort(Comparator.comparingInt((DisputedFigure d) -> -d.values().size()).thenComparing(DisputedFigure::quantity));
    return out;
  }

  /** A report's figures that have a value to set against another's, in text order; found once per report. */
  private static List<QuantityFrame> figures(Document d) {
    return d.memo("figures.frames", () -> {
      List<QuantityFrame> out = new ArrayList<>();
      for (Sentence s : d.sentences()) {
        for (Figure f : FigureExtractor.extract(s, d.id())) {
          // "dozens", "thousands of": a word for many, no value to set against another
          if (f.unit().isEmpty() || Math.abs(f.value()) < 2 || VAGUE.matcher(f.text()).find()) continue;
          out.add(QuantityFrame.of(s, f, d.article().published()));
        }
      }
      return List.copyOf(out);
    });
  }

  /**
   * What two figures of different reports must share to be one quantity ({@link FrameMatcher#whyApart}
   * checks these first), so that a group's first member is only compared with figures that may fit it.
   */
  private static List<Object> frameKey(QuantityFrame f) {
    return List.of(f.unit(), f.predicate(), Math.signum(f.value()), f.increment(), f.years());
  }

  /** A report's own figures join on their unit and value alone. */
  private static List<Object> reportKey(QuantityFrame f) {
    return List.of(f.unit(), f.figure().articleId());
  }

  private static boolean allFit(List<QuantityFrame> group, QuantityFrame it) {
    for (QuantityFrame o : group) if (!fits(o, it)) return false;
    return true;
  }

  /**
   * Whether {@code b} may join a group holding {@code a}: figures of different reports must measure
   * one quantity; a report's second figure only restates its first ("55 ... the 55 dead"). (Tried:
   * letting one report's figures from two claimants dispute each other; on the dev clusters it
   * added mixed groups, not disputes.)
   */
  private static boolean fits(QuantityFrame a, QuantityFrame b) {
    if (!a.figure().articleId().equals(b.figure().articleId())) return FrameMatcher.same(a, b);
    return sameValue(a, b) && a.unit().equals(b.unit());
  }

  /** Counts of people are exact (229 dead is not 230); other values may be rounded. */
  public static boolean sameValue(QuantityFrame a, QuantityFrame b) {
    return a.unit().equals("people") ? Math.round(a.value()) == Math.round(b.value()) : sameValue(a.value(), b.value());
  }

  /** Values within rounding of each other ($17bn and $17.2bn, 4.5% and 4.47%) are one value. */
  static boolean sameValue(double a, double b) {
    double hi = Math.max(Math.abs(a), Math.abs(b));
    if (Math.abs(a - b) <= ROUNDING * hi) return true;
    // one written as the other rounded to a whole number: "7 percent" for 7.3 percent
    boolean aWhole = a == Math.rint(a), bWhole = b == Math.rint(b);
    return aWhole != bWhole && Math.abs(a - b) < 0.5;
  }

  private static DisputedFigure dispute(List<QuantityFrame> group, Map<String, DatedValue> dates, Map<String, Integer> sources,
                                       Function<Figure, String> claimant, Map<String, List<QuantityFrame>> said) {
    // one figure per report: the first it gives
    Map<String, QuantityFrame> perReport = new LinkedHashMap<>();
    for (QuantityFrame it : group) perReport.putIfAbsent(it.figure().articleId(), it);
    if (perReport.size() < 2) return null;
    List<QuantityFrame> byDate = new ArrayList<>(perReport.values());
    byDate.sort(Comparator.comparing((QuantityFrame f) -> dates.getOrDefault(f.figure().articleId(), DatedValue.undated()).date(),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(f -> sources.getOrDefault(f.figure().articleId(), 0)));
    QuantityFrame first = group.get(0);
    boolean moving = first.unit().equals("people") && MOVING.contains(first.predicate()) || MOVING_UNITS.contains(first.unit());
    DisputedFigure.Kind kind = kind(byDate, dates, moving, claimant, said);
    if (kind == null) return null; // every report agrees
    List<SourcedFigure> sourced = new ArrayList<>();
    for (QuantityFrame it : byDate) {
      String id = it.figure().articleId();
      sourced.add(new SourcedFigure(it.figure(), sources.getOrDefault(id, 0), dates.getOrDefault(id, DatedValue.undated()),
          claimant.apply(it.figure())));
    }
    return new DisputedFigure(describe(group), kind, sourced);
  }

  /**
   * CHANGED when values differ only between reports of different days and the quantity is one
   * that moves ({@code moving}); DISAGREEMENT otherwise; null when no two reports differ.
   */
  static DisputedFigure.Kind kind(List<QuantityFrame> byDate, Map<String, DatedValue> dates, boolean moving,
                                  Function<Figure, String> claimant, Map<String, List<QuantityFrame>> said) {
    DisputedFigure.Kind kind = null;
    for (int i = 0; i < byDate.size(); i++) {
      for (int j = i + 1; j < byDate.size(); j++) {
        QuantityFrame a = byDate.get(i), b = byDate.get(j);
        // one value within rounding (tried: letting a bound keep the values it allows, "more than
        // 150" and "156 dead"; readers call most such pairs disputes: found fell from 45% to 36% on dev)
        if (sameValue(a, b)) continue;
        // a report that gives the other's value too does not contradict it: both give two quantities
        // (18 inches in Baltimore, 13 in Washington, in the same passage of two reports)
        if (gives(said.get(b.figure().articleId()), a) || gives(said.get(a.figure().articleId()), b)) continue;
        kind = DisputedFigure.Kind.CHANGED;
        // two named sources at odds ("according to the army ... the rebels say") disagree, whenever
        String ca = claimant.apply(a.figure()), cb = claimant.apply(b.figure());
        if (ca != null && cb != null && !ca.equalsIgnoreCase(cb)) return DisputedFigure.Kind.DISAGREEMENT;
        DatedValue da = dates.getOrDefault(a.figure().articleId(), DatedValue.undated());
        DatedValue db = dates.getOrDefault(b.figure().articleId(), DatedValue.undated());
        // a value can only be seen to change between reports whose days are known
        if (!da.isKnown() || !db.isKnown() || da.granularity() != Granularity.DAY || db.granularity() != Granularity.DAY) {
          return DisputedFigure.Kind.DISAGREEMENT;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(da.date(), db.date()));
        if (days < CHANGE_DAYS || !moving) return DisputedFigure.Kind.DISAGREEMENT;
      }
    }
    return kind;
  }

  private static boolean gives(List<QuantityFrame> report, QuantityFrame value) {
    if (report == null) return false;
    for (QuantityFrame f : report) if (f.unit().equals(value.unit()) && sameValue(f, value)) return true;
    return false;
  }

  /** "people killed (syria, war)": the unit with the context words most reports share. */
  private static String describe(List<QuantityFrame> group) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> surface = new HashMap<>();
    for (QuantityFrame it : group) {
      for (var w : it.context().entrySet()) {
        counts.merge(w.getKey(), 1, Integer::sum);
        surface.putIfAbsent(w.getKey(), w.getValue());
      }
    }
    Figure first = group.get(0).figure();
    List<String> top = counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(3).map(e -> surface.getOrDefault(e.getKey(), e.getKey())).toList();
    return top.isEmpty() ? first.unit() : first.unit() + " (" + String.join(", ", top) + ")";
  }
}
