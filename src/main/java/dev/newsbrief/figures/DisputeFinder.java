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
import dev.newsbrief.text.Stopwords;
import java.time.LocalDate;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities the reports of a cluster give different values for. Two figures measure the
 * same quantity (one frame) when they count the same thing (the unit, with casualty words folded
 * together and miles, mph and km/h converted), under the same predicate (killed, injured, missing,
 * displaced, infected, arrested: "250,000 people trapped" is not "250,000 people killed"), in a
 * compatible scope (not "in Poland" against "in Romania", not a past year's event against this one),
 * sharing context words near them ("trapped", "Aleppo"), and with values of one order. A group
 * only grows by figures that fit every member (no chains from 7% to 4% to 40%). Values within
 * rounding of each other are one value.
 *
 * <p>A quantity is CHANGED when its values differ only between reports of different days and it
 * is one that moves (a toll, a count of cases or of the displaced, a duration, money spent); it is
 * a DISAGREEMENT when reports of the same day differ, or when what they measure does not move
 * (a distance, a population, a capacity).
 */
public final class DisputeFinder {
  /** Reports this many days apart or more can show a changed value rather than a disagreement. */
  static final int CHANGE_DAYS = 1;
  private static final int WINDOW = 7;
  private static final int MIN_SHARED = 2;
  /** Values further apart than this ratio are another quantity unless the context says otherwise. */
  private static final double MAX_RATIO = 3;
  private static final double MAX_PERCENT_RATIO = 1.3;
  private static final double ROUNDING = 0.03;
  /** Stems that say what a count of people counts. */
  private static final Map<String, String> PREDICATES = Map.ofEntries(
      Map.entry("kill", "killed"), Map.entry("victim", "killed"), Map.entry("injur", "injured"), Map.entry("wound", "injured"),
      Map.entry("hurt", "injured"), Map.entry("hospit", "injured"), Map.entry("miss", "missing"),
      Map.entry("evacu", "displaced"), Map.entry("displac", "displaced"), Map.entry("homeless", "displaced"),
      Map.entry("shelter", "displaced"), Map.entry("fled", "displaced"), Map.entry("flee", "displaced"),
      Map.entry("refuge", "displaced"), Map.entry("case", "infected"), Map.entry("infect", "infected"), Map.entry("contract", "infected"),
      Map.entry("arrest", "arrested"), Map.entry("detain", "arrested"), Map.entry("trap", "trapped"),
      Map.entry("rescu", "rescued"), Map.entry("evacuat", "displaced"));
  /** Predicates whose counts move as a story unfolds (a toll rises); other quantities stay put. */
  private static final Set<String> MOVING = Set.of("killed", "injured", "missing", "displaced", "infected", "arrested",
      "rescued");
  private static final Set<String> MOVING_UNITS = Set.of("dai", "week", "month", "dollar", "pound", "euro");
  /** "in Poland", "across Europe": the places of a figure's clause set its scope. */
  private static final Pattern PLACE = Pattern.compile("\\b(?:in|across|throughout|from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]+)");
  /** Words of a figure's text that belong to its number, not to what it counts. */
  private static final Set<String> NUMBER_WORDS = Set.of("more", "than", "over", "about", "around", "some", "nearly",
      "almost", "roughly", "approximately", "estimated", "least", "up", "to", "as", "many", "under", "less", "fewer",
      "just", "minus", "million", "billion", "thousand", "hundred", "trillion", "bn", "m", "k", "tens", "hundreds",
      "thousands", "millions", "dozens", "scores", "dozen", "quarter", "half", "of", "a", "an", "between", "and",
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
      "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "no", "upwards", "in", "excess", "close");
  private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?:dozens|scores|hundreds|thousands|millions|billions)\\b");
  /** A year in a figure's clause names the event it belongs to ("in the 1978 fire"), unless it bounds a span ("since 2011"). */
  private static final Pattern YEAR = Pattern.compile("(?<!(?i:since|from|between|until|till|through) )\\b(?:19|20)\\d\\d\\b");
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
          // "dozens", "thousands of": a word for many, no value to set against another
          if (f.unit().isEmpty() || Math.abs(f.value()) < 2 || VAGUE.matcher(f.text()).find()) continue;
          items.add(item(s, f, d.article().published()));
        }
      }
    }
    // grow groups of figures from different reports that fit every member of the group
    List<List<Item>> groups = new ArrayList<>();
    for (Item it : items) {
      List<Item> home = null;
      for (List<Item> g : groups) {
        if (g.stream().allMatch(o -> o.figure.articleId().equals(it.figure.articleId()) ? sameReportFits(o, it) : sameFrame(o, it))) {
          home = g;
          break;
        }
      }
      if (home == null) groups.add(home = new ArrayList<>());
      home.add(it);
    }
    List<DisputedFigure> out = new ArrayList<>();
    for (List<Item> group : groups) {
      DisputedFigure d = dispute(group, dates, sources);
      if (d != null) out.add(d);
    }
    out.sort(Comparator.comparingInt((DisputedFigure d) -> -d.values().size()).thenComparing(DisputedFigure::quantity));
    return out;
  }

  /**
   * A figure with its frame: context words, the unit it is counted in (converted: {@code value} is
   * in that unit), the predicate it counts under, the places and past years of its clause.
   */
  private record Item(Figure figure, Map<String, String> context, String unitClass, double value, String predicate,
                      Set<String> places, Set<String> years, Set<String> modifiers) {}

  /** Whether two figures of different reports measure one quantity. */
  private static boolean sameFrame(Item a, Item b) {
    if (!a.unitClass.equals(b.unitClass) || !a.predicate.equals(b.predicate)) return false;
    if (Math.signum(a.value) != Math.signum(b.value)) return false; // "minus three points" is a margin, not 3
    if (!a.places.isEmpty() && !b.places.isEmpty() && shared(a.places, b.places).isEmpty()) return false;
    if (!a.years.equals(b.years)) return false; // "20 died in the 1978 hotel fire" is another event
    double lo = Math.min(Math.abs(a.value), Math.abs(b.value));
    double hi = Math.max(Math.abs(a.value), Math.abs(b.value));
    int common = shared(a.context.keySet(), b.context.keySet()).size();
    // values of another order are another quantity; shares of a whole even sooner (56% and 34% of a vote)
    if (hi > (a.unitClass.equals("percent") ? MAX_PERCENT_RATIO : MAX_RATIO) * lo) return false;
    // "seven richest countries" and "nine Latin American countries" count different things
    if (!a.modifiers.isEmpty() && !b.modifiers.isEmpty() && shared(a.modifiers, b.modifiers).isEmpty()) return false;
    // values far apart are more likely different quantities: ask for more shared context
    return common >= (hi > 1.5 * lo ? MIN_SHARED + 1 : MIN_SHARED);
  }

  /** A report's second figure joins a group only when it restates the first ("55 ... the 55 dead"). */
  private static boolean sameReportFits(Item a, Item b) {
    return sameValue(a, b) && a.unitClass.equals(b.unitClass);
  }

  /** Counts of people are exact (229 dead is not 230); other values may be rounded. */
  private static boolean sameValue(Item a, Item b) {
    return a.unitClass.equals("people") ? Math.round(a.value) == Math.round(b.value) : sameValue(a.value, b.value);
  }

  /** Values within rounding of each other ($17bn and $17.2bn, 4.5% and 4.47%) are one value. */
  static boolean sameValue(double a, double b) {
    double hi = Math.max(Math.abs(a), Math.abs(b));
    if (Math.abs(a - b) <= ROUNDING * hi) return true;
    // one written as the other rounded to a whole number: "7 percent" for 7.3 percent
    boolean aWhole = a == Math.rint(a), bWhole = b == Math.rint(b);
    return aWhole != bWhole && Math.abs(a - b) < 0.5;
  }

  private static Item item(Sentence s, Figure f, LocalDate published) {
    Map<String, String> context = context(s, f);
    String unit = unitClass(f);
    double value = f.value();
    switch (unit) { // one unit for one measure
      case "mile" -> { unit = "km"; value *= 1.609; }
      case "mph" -> { unit = "kph"; value *= 1.609; }
      case "kilomet", "kilometr" -> unit = "km";
      default -> { }
    }
    // what a count of people counts: the unit itself ("65 dead", "1,490 cases"), else the nearest predicate word
    String predicate = PREDICATES.get(fold(Stemmer.stem(f.unit().toLowerCase(Locale.ROOT))));
    if (predicate != null) unit = "people";
    else predicate = nearestPredicate(s, f);
    String clause = clause(s, f);
    Set<String> places = new HashSet<>();
    Matcher m = PLACE.matcher(clause);
    while (m.find()) places.add(m.group(1).toLowerCase(Locale.ROOT));
    Set<String> years = new HashSet<>();
    Matcher y = YEAR.matcher(clause);
    while (y.find()) {
      int year = Integer.parseInt(y.group());
      if (published == null || year < published.getYear()) years.add(y.group());
    }
    // the words between the number and the counted noun: "Latin American" in "nine Latin American countries"
    Set<String> modifiers = new HashSet<>();
    String[] words = f.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (int i = 0; i < words.length - 1; i++) {
      if (!words[i].isEmpty() && !NUMBER_WORDS.contains(words[i]) && !Stopwords.contains(words[i])) modifiers.add(words[i]);
    }
    return new Item(f, context, unit, value, predicate, places, years, modifiers);
  }

  /** The predicate word nearest the figure within {@link #WINDOW} tokens ("killing 60 people and injuring 162"), or "". */
  private static String nearestPredicate(Sentence s, Figure f) {
    List<Token> tokens = s.tokens();
    int first = -1, last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > f.start() && tokens.get(i).start() < f.end()) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first < 0) return "";
    for (int d = 1; d <= WINDOW; d++) {
      for (int i : new int[] {last + d, first - d}) {
        if (i < 0 || i >= tokens.size()) continue;
        String p = PREDICATES.get(fold(tokens.get(i).stem()));
        if (p != null) return p;
      }
    }
    return "";
  }

  /** The figure's clause: the sentence between the punctuation marks around it. */
  private static String clause(Sentence s, Figure f) {
    String t = s.text();
    int at = Math.max(0, Math.min(t.length(), f.start() - s.start()));
    int from = at, to = Math.min(t.length(), f.end() - s.start());
    while (from > 0 && ";:()—–".indexOf(t.charAt(from - 1)) < 0 && !(t.charAt(from - 1) == ',' && at - from > 40)) from--;
    while (to < t.length() && ";:()—–".indexOf(t.charAt(to)) < 0 && !(t.charAt(to) == ',' && to - at > 40)) to++;
    return t.substring(from, to);
  }


  private static DisputedFigure dispute(List<Item> group, Map<String, DatedValue> dates, Map<String, Integer> sources) {
    // one figure per report: the first it gives
    Map<String, Item> perReport = new LinkedHashMap<>();
    for (Item it : group) perReport.putIfAbsent(it.figure.articleId(), it);
    if (perReport.size() < 2) return null;
    Item firstItem = perReport.values().iterator().next();
    if (perReport.values().stream().allMatch(v -> sameValue(v, firstItem))) return null;
    List<SourcedFigure> sourced = new ArrayList<>();
    for (Item it : perReport.values()) {
      String id = it.figure.articleId();
      sourced.add(new SourcedFigure(it.figure, sources.getOrDefault(id, 0), dates.getOrDefault(id, DatedValue.undated())));
    }
    sourced.sort(Comparator.comparing((SourcedFigure s) -> s.date().date(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(SourcedFigure::source));
    Item first = group.get(0);
    boolean moving = MOVING.contains(first.predicate) || MOVING_UNITS.contains(first.unitClass);
    return new DisputedFigure(describe(group), kind(sourced, moving, first.unitClass.equals("people")), sourced);
  }

  /**
   * CHANGED when values differ only between reports of different days and the quantity is one
   * that moves ({@code moving}); DISAGREEMENT otherwise.
   */
  static DisputedFigure.Kind kind(List<SourcedFigure> byDate, boolean moving, boolean exact) {
    for (int i = 0; i < byDate.size(); i++) {
      for (int j = i + 1; j < byDate.size(); j++) {
        SourcedFigure a = byDate.get(i), b = byDate.get(j);
        double x = a.figure().value(), y = b.figure().value();
        if (exact ? Math.round(x) == Math.round(y) : sameValue(x, y)) continue;
        // a value can only be seen to change between reports whose days are known
        if (!a.date().isKnown() || !b.date().isKnown() || a.date().granularity() != Granularity.DAY
            || b.date().granularity() != Granularity.DAY) return DisputedFigure.Kind.DISAGREEMENT;
        long days = Math.abs(ChronoUnit.DAYS.between(a.date().date(), b.date().date()));
        if (days < CHANGE_DAYS || !moving) return DisputedFigure.Kind.DISAGREEMENT;
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
