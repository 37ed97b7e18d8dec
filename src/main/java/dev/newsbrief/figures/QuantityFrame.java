package dev.newsbrief.figures;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Figure;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Span;
import dev.newsbrief.model.Token;
import dev.newsbrief.text.Places;
import dev.newsbrief.text.Stemmer;
import dev.newsbrief.text.Stopwords;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure measures, read from its sentence: the unit it is counted in (miles, mph, gallons
 * and feet converted, so {@code value} is in that unit; killed, dead and deaths folded into people;
 * a rate carries its period, so "barrels a day" is another unit than "barrels"),
 * the predicate it counts under (killed, injured, missing, displaced, infected, arrested, trapped,
 * rescued), the places and past years of its clause, the modifiers between number and noun ("Latin
 * American" in "nine Latin American countries") and the content words around it.
 *
 * @param context     content words near the figure, stem to word as written
 * @param unit        the unit class ("people", "km", "barrel", "barrel/day", "percent", "dollar", a stem)
 * @param value       the value in {@code unit}
 * @param predicate   what a count counts, or ""
 * @param places      places of its clause ("in Poland", "east of Manila"; countries by any name, "Mexican" in the
 *                    figure itself; "world" for "worldwide")
 * @param years       years of its clause before the report's ("the 1978 fire"); bounds ("since 2011") left out
 * @param modifiers   words between the number and its noun
 * @param clauseWords content stems of its clause
 * @param increment   it counts an addition ("20 more deaths", "61 new cases", "another 40"), not a total
 */
public record QuantityFrame(Figure figure, Map<String, String> context, String unit, double value, String predicate,
                            Set<String> places, Set<String> years, Set<String> modifiers, Set<String> clauseWords,
                            boolean increment) {
  static final int WINDOW = 7;
  /** Stems that say what a count of people counts. */
  private static final Map<String, String> PREDICATES = Map.ofEntries(
      Map.entry("kill", "killed"), Map.entry("victim", "killed"), Map.entry("injur", "injured"), Map.entry("wound", "injured"),
      Map.entry("hurt", "injured"), Map.entry("hospit", "injured"), Map.entry("miss", "missing"),
      Map.entry("evacu", "displaced"), Map.entry("displac", "displaced"), Map.entry("homeless", "displaced"),
      Map.entry("shelter", "displaced"), Map.entry("fled", "displaced"), Map.entry("flee", "displaced"),
      Map.entry("refuge", "displaced"), Map.entry("case", "infected"), Map.entry("infect", "infected"), Map.entry("contract", "infected"),
      Map.entry("arrest", "arrested"), Map.entry("detain", "arrested"), Map.entry("trap", "trapped"),
      Map.entry("rescu", "rescued"), Map.entry("evacuat", "displaced"));
  /** "in Poland", "across Europe": the places of a figure's clause set its scope. */
  private static final Pattern PLACE = Pattern.compile("\\b(?:in|across|throughout|from|(?:north|south|east|west)(?:east|west)?(?:ern)?\\s+of)\\s+"
      + "(?:the\\s+)?(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)");
  /** "barrels a day", "barrels of oil per day", "gallons daily": the figure counts per period (a few words may name the stuff). */
  private static final Pattern RATE_AFTER = Pattern.compile("(?i)(?:\\s*(?:\\(|-LRB-)[^)]{0,25}(?:\\)|-RRB-))?(?:\\s+of\\s+[\\p{L}-]+){0,1}\\s*"
      + "(?:a|an|per|each|every|/)\\s*-?\\s*(day|hour|week|month|year)\\b|(?i)(?:\\s+of\\s+[\\p{L}-]+)?\\s+(daily|hourly|weekly|monthly|annually)\\b");
  private static final Pattern RATE_BEFORE = Pattern.compile("(?i)\\bdaily\\s+(?:rate\\s+of\\s+)?$");
  /** "worldwide", "around the world": the whole world is a scope of its own (a country's toll is a part of it). */
  private static final Pattern WORLD = Pattern.compile("(?i)\\b(?:worldwide|globally|global|around the (?:world|globe)|across the (?:world|globe)|in the world|world-?wide)\\b");
  /** Words of a figure's text that belong to its number, not to what it counts. */
  private static final Set<String> NUMBER_WORDS = Set.of("more", "than", "over", "about", "around", "some", "nearly",
      "almost", "roughly", "approximately", "estimated", "least", "up", "to", "as", "many", "under", "less", "fewer",
      "just", "minus", "million", "billion", "thousand", "hundred", "trillion", "bn", "m", "k", "tens", "hundreds",
      "thousands", "millions", "dozens", "scores", "dozen", "quarter", "half", "of", "a", "an", "between", "and",
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
      "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "no", "upwards", "in", "excess", "close");
  /** A year in a figure's clause names the event it belongs to ("in the 1978 fire"), unless it bounds a span ("since 2011"). */
  private static final Pattern YEAR = Pattern.compile("(?<!(?i:since|from|between|until|till|through) )\\b(?:19|20)\\d\\d\\b");
  private static final Pattern INCREMENT = Pattern.compile("(?i)\\S\\s+(?:more|other|additional|new|further)\\b(?!\\s+than)");
  private static final Set<String> DEATH = Set.of("kill", "dead", "death", "die", "di", "live", "toll", "fatal");
  private static final Set<String> WAR = Set.of("war", "conflict", "fight", "civil");
  private static final Set<String> GENERIC = Set.of("say", "said", "report", "also", "year", "day",
      "week", "month", "last", "includ", "least", "more", "about", "some", "than", "nearli", "almost",
      "mondai", "tuesdai", "wednesdai", "thursdai", "fridai", "saturdai", "sundai");

  /**
   * The frame of figure {@code f} of sentence {@code s}, in a report published on {@code published}
   * (null when unknown: every year named is then taken as the past).
   */
  public static QuantityFrame of(Sentence s, Figure f, LocalDate published) {
    Map<String, String> context = context(s, f);
    String unit = unitClass(f);
    double value = f.value();
    switch (unit) { // one unit for one measure
      case "mile" -> { unit = "km"; value *= 1.609; }
      case "mph" -> { unit = "kph"; value *= 1.609; }
      case "kilomet", "kilometr" -> unit = "km";
      case "gallon" -> { unit = "barrel"; value /= 42; } // an oil barrel is 42 US gallons
      case "foot", "feet" -> { unit = "meter"; value *= 0.3048; }
      case "metr", "meter" -> unit = "meter";
      default -> { }
    }
    // a rate is another quantity than a total: "5,000 barrels a day" is no "4.2 million gallons"
    String per = rate(s, f);
    // ("40 percent a year" is how a rate of interest is meant anyway)
    if (!per.isEmpty() && !(unit.equals("percent") && per.equals("year"))) unit = unit + "/" + per;
    // what a count of people counts: the unit itself ("65 dead", "1,490 cases"), else the nearest predicate word
    String predicate = PREDICATES.get(fold(Stemmer.stem(f.unit().toLowerCase(Locale.ROOT))));
    if (predicate != null) unit = "people";
    else predicate = nearestPredicate(s, f);
    Span clause = clause(s, f);
    String clauseText = s.text().substring(clause.start(), clause.end());
    Set<String> places = new HashSet<>();
    Matcher m = PLACE.matcher(clauseText);
    while (m.find()) places.add(place(m.group(1)));
    if (WORLD.matcher(clauseText).find()) places.add("world");
    // "14 Mexican deaths", "226 U.S. cases": a demonym inside the figure sets its country
    for (String w : Patterns.split(f.text(), "\\s+")) {
      String country = Places.country(w);
      if (country != null) places.add(country.toLowerCase(Locale.ROOT));
    }
    Set<String> years = new HashSet<>();
    Matcher y = YEAR.matcher(clauseText);
    while (y.find()) {
      int year = Integer.parseInt(y.group());
      if (published == null || year < published.getYear()) years.add(y.group());
    }
    // the words between the number and the counted noun: "Latin American" in "nine Latin American countries"
    Set<String> modifiers = new HashSet<>();
    String[] words = Patterns.split(f.text().toLowerCase(Locale.ROOT), "[^\\p{L}]+");
    for (int i = 0; i < words.length - 1; i++) {
      if (!words[i].isEmpty() && !NUMBER_WORDS.contains(words[i]) && !Stopwords.contains(words[i])) modifiers.add(words[i]);
    }
    Set<String> clauseWords = new HashSet<>();
    for (Token t : s.tokens()) {
      if (t.start() >= s.start() + clause.start() && t.end() <= s.start() + clause.end() && !t.stop() && t.isWord()
          && (t.start() < f.start() || t.end() > f.end())) clauseWords.add(fold(t.stem()));
    }
    boolean increment = INCREMENT.matcher(f.text()).find() || Patterns.matches(s.text().substring(0, Math.max(0, f.start() - s.start())),
        "(?is).*\\banother\\s*$");
    return new QuantityFrame(f, context, unit, value, predicate, places, years, modifiers, clauseWords, increment);
  }

  /** The period a figure is counted per ("a day", "per hour", "daily", "a year"), or "". */
  private static String rate(Sentence s, Figure f) {
    String t = s.text();
    int at = Math.max(0, Math.min(t.length(), f.end() - s.start()));
    Matcher after = RATE_AFTER.matcher(t.substring(at, Math.min(t.length(), at + 40)));
    if (after.lookingAt()) return period(after.group(1) != null ? after.group(1) : after.group(2));
    Matcher before = RATE_BEFORE.matcher(t.substring(Math.max(0, f.start() - s.start() - 12), Math.max(0, f.start() - s.start())));
    return before.find() ? "day" : "";
  }

  private static String period(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("dai")) return "day";
    if (w.startsWith("hour")) return "hour";
    if (w.startsWith("week")) return "week";
    if (w.startsWith("month")) return "month";
    if (w.startsWith("annual")) return "year";
    return Patterns.replaceAll(w, "s$", "");
  }

  /** A place as one name: a country by any of its names ("Mexico", "the United States"), else its first word. */
  private static String place(String written) {
    String country = Places.country(written);
    if (country == null) country = Places.country(Patterns.split(written, "\\s+")[0]);
    return (country != null ? country : Patterns.split(written, "\\s+")[0]).toLowerCase(Locale.ROOT);
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

  /** The figure's clause: the sentence between the punctuation marks around it, offsets into the sentence. */
  private static Span clause(Sentence s, Figure f) {
    String t = s.text();
    int at = Math.max(0, Math.min(t.length(), f.start() - s.start()));
    int from = at, to = Math.min(t.length(), f.end() - s.start());
    while (from > 0 && ";:()—–".indexOf(t.charAt(from - 1)) < 0 && !(t.charAt(from - 1) == ',' && at - from > 40)) from--;
    while (to < t.length() && ";:()—–".indexOf(t.charAt(to)) < 0 && !(t.charAt(to) == ',' && to - at > 40)) to++;
    return new Span(from, to);
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

  static String fold(String stem) {
    if (DEATH.contains(stem)) return "kill";
    return WAR.contains(stem) ? "war" : stem;
  }

}
