package dev.newsbrief.time;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.TimeExpression;
import dev.newsbrief.time.Mention.Type;
import dev.newsbrief.time.Mention.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in English news text and places them on the calendar relative to the
 * report's date: weekdays ("Russia on Saturday vetoed" is the Saturday before, "will meet on
 * Saturday" the one after), relative days, weeks, months and years ("yesterday", "last week",
 * "earlier this week", "two days ago"), explicit dates with or without a year ("December 2",
 * "Feb. 4", "2 December 2016", "12/02/2016"), months, seasons, quarters, years, decades, durations
 * ("five-year-old", "48 hours", "the past week") and vague references ("now", "recently").
 *
 * <p>Rules, not a model: a set of patterns run over the text, overlaps settled longest first, and
 * a light tense heuristic for expressions whose direction the words leave open. Values follow
 * TIMEX3 ({@code 2016-10-12}, {@code 2016-W41}, {@code 2016-10}, {@code 2016-SU}, {@code 2016},
 * {@code P5Y}, {@code PAST_REF}). Without a report date, relative expressions keep X placeholders
 * ({@code XXXX-12-02}) and a null date. Thread-safe.
 */
public final class TemporalTagger {
  private TemporalTagger() {}

  /** How far back (characters) a narrative expression looks for the day it counts from. */
  private static final int NARRATIVE_REACH = 400;

  /** Temporal expressions in {@code text[from,to)}, in text order, offsets into {@code text}. */
  public static List<TimeExpression> tag(String text, int from, int to, LocalDate anchor) {
    return resolve(text, mentions(text, from, to), anchor);
  }

  /** An expression resolved against the report date, and whether it needed that date to resolve. */
  record Anchored(TimeExpression expression, boolean relative) {}

  /**
   * Like {@link #tag}, also telling which expressions depend on the anchor ("on Saturday") and
   * which stand alone ("12 October 2016"): the text is scanned once, the mentions resolved twice.
   */
  static List<Anchored> tagAnchored(String text, int from, int to, LocalDate anchor) {
    return tagAnchored(text, from, to, anchor, 0);
  }

  /**
   * Like {@link #tagAnchored(String, int, int, LocalDate)} for an item of a chronology under a year
   * heading ("1996:" then "Sept. 19 _ Microsoft reveals ..."): dates written without a year take
   * {@code headingYear} (0: none), which the text gives, instead of the report's.
   */
  static List<Anchored> tagAnchored(String text, int from, int to, LocalDate anchor, int headingYear) {
    List<Mention> found = mentions(text, from, to);
    if (headingYear > 0) {
      found = new ArrayList<>(found);
      for (int i = 0; i < found.size(); i++) {
        Mention m = found.get(i);
        // "Feb. 29" under a heading of a year without one is a slip of the list: the date stays as written
        if (m.type() == Type.DATE && m.year() == 0 && m.month() > 0 && (m.day() == 0 || validDate(headingYear, m.month(), m.day()))) {
          found.set(i, m.withYear(headingYear));
        }
      }
    }
    List<TimeExpression> resolved = resolve(text, found, anchor), alone = resolve(text, found, null);
    List<Anchored> out = new ArrayList<>(resolved.size());
    for (int i = 0; i < resolved.size(); i++) out.add(new Anchored(resolved.get(i), alone.get(i).date() == null));
    return out;
  }

  private static List<TimeExpression> resolve(String text, List<Mention> found, LocalDate anchor) {
    List<TimeExpression> out = new ArrayList<>(found.size());
    // "a day later", "the next day" count from the story's last dated day, not from the report date
    LocalDate reference = null;
    int referenceEnd = Integer.MIN_VALUE;
    for (Mention m : found) {
      boolean narrative = m.type() == Type.NARRATIVE && reference != null && m.start() - referenceEnd < NARRATIVE_REACH;
      TimeExpression t = m.resolve(narrative ? reference : anchor);
      TimeExpression previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && endsRange(text, previous, m) && t.date() != null && previous.date() != null
          && t.date().isBefore(previous.date())) {
        t = m.withYear(t.date().getYear() + 1).resolve(anchor); // "from June 1 to the end of November"
      }
      out.add(t);
      if (t.date() != null && t.granularity() == Granularity.DAY) {
        reference = t.date();
        referenceEnd = t.end();
      }
    }
    return out;
  }

  private static final Pattern RANGE_LINK = Pattern.compile("\\s*(?:-|–|to|until|till|through|and)\\s*");

  /** Whether {@code m} closes a range that {@code previous} opens ("June 1 to the end of November"). */
  private static boolean endsRange(String text, TimeExpression previous, Mention m) {
    return m.type() == Type.DATE && m.year() == 0 && previous.end() <= m.start()
        && RANGE_LINK.matcher(text).region(previous.end(), m.start()).matches();
  }

  /** Temporal expressions in the whole text. */
  public static List<TimeExpression> tag(String text, LocalDate anchor) {
    return tag(text, 0, text.length(), anchor);
  }

  // ---- vocabulary -------------------------------------------------------------------------------

  private static final String MONTH_FULL =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  static final String MONTH =
      "(?:" + MONTH_FULL + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![\\p{L}])";
  private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
  private static final String YEAR = "((?:19|20)\\d\\d)(?![\\d\\p{L}])";
  /** A year after a day and a month may be any ("born on 12 November 1854"), not only a recent one. */
  private static final String FULL_YEAR = "((?:1\\d|20)\\d\\d)(?![\\d\\p{L}])";
  private static final String MODS = "early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of"
      + "|the\\s+middle\\s+of|end\\s+of|beginning\\s+of";
  private static final String NUM_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
      + "|seventy|eighty|ninety|hundred";
  private static final String NUM = "(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
      + "-(?:one|two|three|four|five|six|seven|eight|nine)|a\\s+few|a\\s+couple\\s+of|a\\s+dozen|dozens\\s+of"
      + "|hundreds\\s+of|" + NUM_WORDS + "|few|several|many|some|an?)";
  private static final String UNIT = "(seconds|minute|hour|day|week|fortnight|month|year|decade|century|centurie)";

  /** Trigger keys for number tokens: a 19xx/20xx year, a year with "s", a number before "/". */
  private static final String YEAR_NUMBER = "#year", DECADE_NUMBER = "#decade", SLASH_NUMBER = "#slash";
  private static final Set<String> MONTH_WORDS =
      words(MONTH_FULL + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec");
  private static final Set<String> UNIT_WORDS = words("second|seconds|minute|minutes|hour|hours|day|days|week|weeks"
      + "|fortnight|fortnights|month|months|year|years|decade|decades|century|centuries");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final List<String> NUMBERS = List.of(Patterns.split(NUM_WORDS, "\\|"));

  /** Words before a bare "May" that make it the month rather than the verb or a name. */
  private static final Set<String> MAY_CONTEXT = Set.of(
      "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "this", "next", "from",
      "through", "to", "between", "and", "during", "before", "after", "end", "beginning", "start");
  /** Words after a four-digit number that make it a count, not a year ("2000 people"). */
  private static final Set<String> COUNT_NOUNS = Set.of(
      "people", "persons", "men", "women", "children", "troops", "soldiers", "cases", "deaths", "dead",
      "workers", "jobs", "barrels", "gallons", "feet", "foot", "miles", "metres", "meters", "km",
      "kilometres", "kilometers", "acres", "tons", "tonnes", "homes", "houses", "employees", "members",
      "points", "votes", "seats", "dollars", "euros", "pounds", "yen", "units", "vessels", "ships", "boats",
      "flights", "patients", "residents", "students", "staff", "civilians", "refugees", "passengers",
      "rooms", "beds", "square", "more", "others", "hours", "minutes", "gmt", "bst", "et", "est", "edt",
      "pst", "utc", "hrs", "ft", "m", "kg", "lb", "lbs", "calories", "birds", "animals", "fish");
  /** Words before a four-digit number that make it an identifier ("resolution 2254"). */
  private static final Set<String> ID_NOUNS = Set.of(
      "resolution", "no", "number", "flight", "route", "article", "room", "section", "chapter",
      "highway", "model", "version", "page", "paragraph", "code", "bill", "item", "iso", "suite", "interstate");
  /** Words before a bare plural unit that make it a duration ("for years", "in recent weeks"). */
  private static final Set<String> DURATION_CONTEXT = Set.of(
      "for", "within", "over", "recent", "after", "took", "take", "takes", "lasted", "last", "spent",
      "nearly", "almost", "about", "several", "many", "few", "in", "coming", "of");
  /** Words after a bare plural unit that make it a duration ("years of war", "weeks before"). */
  private static final Set<String> DURATION_AFTER = Set.of("of", "later", "earlier", "before", "after");

  // ---- patterns ---------------------------------------------------------------------------------

  private interface Maker {
    /** A mention for the match, or null when the context shows it is not temporal. */
    Mention make(Matcher m, Context c);
  }

  private record Context(String text, int from, int to) {}

  /** A pattern, what to make of its matches, and the words that must occur in any match. */
  private record Rule(Pattern pattern, Maker maker, Set<String> triggers) {}

  private static final List<Rule> RULES = List.of(
      // Saturday, October 15, 2016 / Dec. 2 / December 2nd
      rule(MONTH_WORDS, "(?:\\b(" + WEEKDAY + ")\\s*,?\\s+)?(?:(?i:the)\\s+)?\\b(" + MONTH + ")\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b"
          + "(?:\\s*,?\\s*\\b" + FULL_YEAR + ")?", (m, c) -> fullDate(m, c, 2, 3, 4, 1)),
      // 2 December 2016 / 15th of October
      rule(MONTH_WORDS, "(?:\\b(" + WEEKDAY + ")\\s*,?\\s+)?(?<![\\d,.$£€])\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:(?i:of)\\s+)?(" + MONTH + ")"
          + "(?:\\s*,?\\s*\\b" + FULL_YEAR + ")?", (m, c) -> fullDate(m, c, 3, 2, 4, 1)),
      // March 2011, mid-March 2011
      rule(MONTH_WORDS, "(?:\\b(?i:" + MODS + ")[\\s-]+)?\\b(" + MONTH + ")\\s*,?\\s+(?:(?i:of)\\s+)?" + YEAR,
          (m, c) -> date(m, c, Integer.parseInt(m.group(2)), monthOf(m.group(1)), 0, 0)),
      // 12/02/2016, 2016-12-02
      rule(Set.of(SLASH_NUMBER), "(?<![\\d/.])\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b(?![/\\d])", TemporalTagger::numericDate),
      rule(Set.of(YEAR_NUMBER), "\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b", (m, c) -> validDate(Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
          ? date(m, c, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), 0) : null),
      // since July, last December, early March, in May
      rule(MONTH_WORDS, "(?:\\b(?i:since)\\s+)?(?:\\b(?i:(last|this|next)|" + MODS + ")[\\s-]+)?\\b(" + MONTH_FULL + ")\\b",
          TemporalTagger::monthAlone),
      // 2011, mid-2012
      rule(Set.of(YEAR_NUMBER), "(?:\\b(?i:" + MODS + ")[\\s-]+)?(?<![\\d$£€.,/#])\\b" + YEAR + "(?![.,]\\d|\\s*%|\\s*:\\d)",
          TemporalTagger::year),
      // the 1990s
      rule(Set.of(DECADE_NUMBER), "(?:\\b(?i:the)\\s+)?(?:\\b(?i:early|late|mid)[\\s-]+)?\\b((?:19|20)\\d)0s\\b",
          (m, c) -> mention(m, c, Type.DECADE, Integer.parseInt(m.group(1)) * 10, 0, 0, 0, Mention.BARE, null, null)),
      // on Saturday, last Friday, late on Thursday, Monday night, Saturday's
      rule(words(WEEKDAY), "(?:\\b(?i:late|early)\\s+(?:(?i:on)\\s+)?)?(?:\\b(?i:on)\\s+)?(?:\\b(?i:(last|this\\s+past|this|next|past|coming))\\s+)?"
          + "\\b(" + WEEKDAY + ")\\b(?:\\s*['’]\\s*s\\b)?(?:\\s+(?i:morning|afternoon|evening|night)\\b)?",
          TemporalTagger::weekday),
      // yesterday, today, last night, this morning
      rule(Set.of("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening"), "\\b(?i:(the\\s+day\\s+before\\s+yesterday)|(the\\s+day\\s+after\\s+tomorrow)|(yesterday|last\\s+night)"
          + "|(today|tonight|this\\s+(?:morning|afternoon|evening))|(tomorrow))\\b"
          + "(?:\\s+(?i:morning|afternoon|evening|night)\\b)?", TemporalTagger::dayWord),
      // last week, earlier this month, late next year, the end of last month, over the weekend
      rule(Set.of("week", "month", "year", "weekend"), "\\b(?i:(?:(earlier|later|early|late)\\s+(?:in\\s+)?)?(?:(?:at\\s+)?the\\s+(?:end|beginning|start|middle)\\s+of\\s+)?"
          + "(this\\s+past|last|this|next|coming|the\\s+coming|the)\\s+(week|month|year|weekend))\\b(?![-‐])",
          TemporalTagger::relativeUnit),
      // a day later, two weeks earlier, the next day, later in the day
      rule(UNIT_WORDS, "\\b(?i:(" + NUM + ")\\s+(day|week|month|year)s?\\s+(later|earlier)|(?:the\\s+)?(next|following|previous)\\s+day"
          + "|(earlier|later)\\s+in\\s+the\\s+day)\\b", TemporalTagger::narrative),
      // the bank holiday weekend, the Easter weekend
      rule(Set.of("weekend"), "\\b(?i:the|this|last|next)\\s+(?:[A-Za-z]+[\\s-]+){1,2}weekend\\b",
          (m, c) -> withTense(mention(m, c, Type.RELATIVE, 0, 0, 0, 0, Mention.BARE, Unit.WEEKEND, null), c)),
      // Christmas, New Year's Eve, Halloween
      rule(Set.of("christmas", "year", "halloween", "valentine", "boxing"),
          "\\b(?:(Christmas\\s+Eve)|Christmas(?:\\s+Day)?|(New\\s+Year['’]s\\s+Eve)|(New\\s+Year['’]s(?:\\s+Day)?)|(Halloween)"
          + "|(Valentine['’]s\\s+Day)|(Boxing\\s+Day))\\b"
          // "Halloween revelers", "Christmas shopping": a holiday naming a kind of thing, not a day
          + "(?!\\s+[a-z]{2,}(?:ers|ing|ees|ors|ants|ies)\\b)", TemporalTagger::holiday),
      // two days ago
      rule(UNIT_WORDS, "\\b(?i:(" + NUM + ")\\s+" + UNIT + "s?\\s+ago|(" + UNIT + ")s\\s+ago)\\b", TemporalTagger::ago),
      // five years, five-year-old, 48 hours, the past week, week-long, for years
      rule(UNIT_WORDS, "\\b(?i:(?:(the)\\s+(past|last|next|coming)\\s+)?(?:(" + NUM + ")[\\s-]+)?" + UNIT + "(s)?(?:[\\s-]+(old|long)\\b)?)\\b",
          TemporalTagger::duration),
      // now, recently, in the future
      rule(Set.of("now", "currently", "nowadays", "present", "moment", "days", "recently", "lately", "past", "soon", "future"), "\\b(?i:(right\\s+now|now|currently|nowadays|at\\s+present|at\\s+the\\s+moment|these\\s+days)"
          + "|(recently|lately|in\\s+the\\s+past|the\\s+past)"
          + "|(soon|in\\s+the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near\\s+)?future|in\\s+future))\\b",
          TemporalTagger::reference),
      // this summer, last winter, spring 2010, in the fall
      rule(Set.of("spring", "summer", "autumn", "fall", "winter"), "\\b(?i:(?:(this|last|next|past|coming|early|late|mid)[\\s-]+|((?:in|into|during|over|by|until|through)(?:\\s+the)?|the)\\s+)?"
          + "(spring|summer|autumn|fall|winter)(?:['’]s)?(?:(?:\\s+of)?\\s+" + YEAR + ")?)\\b", TemporalTagger::season),
      // the third quarter (of 2008)
      rule(Set.of("quarter"), "\\b(?i:(?:the\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+quarter)(?:\\s+(?i:of)\\s+" + YEAR + ")?\\b",
          TemporalTagger::quarter),
      // every day, each year
      rule(Set.of("every", "each"), "\\b(?i:(every|each)\\s+(day|week|month|year))\\b",
          (m, c) -> mention(m, c, Type.SET, 0, 0, 0, 0, Mention.BARE, null,
              "P1" + Character.toUpperCase(m.group(2).charAt(0)))));

  private static Rule rule(Set<String> triggers, String regex, Maker maker) {
    return new Rule(Pattern.compile(regex), maker, triggers);
  }

  private static Set<String> words(String alternation) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : Patterns.split(alternation, "\\|")) out.add(w.toLowerCase(Locale.ROOT));
    return Set.copyOf(out);
  }

  // ---- finding ----------------------------------------------------------------------------------

  /** Rules by the words that trigger them. */
  private static final Map<String, List<Rule>> BY_TRIGGER = index();
  /** How far a match may reach before and after its trigger word ("at the beginning of ... March 2"). */
  private static final int BEFORE = 48, AFTER = 72;

  private static Map<String, List<Rule>> index() {
    Map<String, List<Rule>> out = new java.util.HashMap<>();
    for (Rule r : RULES) for (String t : r.triggers()) out.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
    return Map.copyOf(out);
  }

  /**
   * Every mention in {@code text[from,to)}, overlaps settled in favour of the longest, in text order.
   * Patterns run only in small windows around their trigger words: one pass over the words, then a
   * few short regex searches, instead of every pattern over the whole text.
   */
  static List<Mention> mentions(String text, int from, int to) {
    Context c = new Context(text, from, to);
    List<Mention> all = new ArrayList<>();
    Set<Long> seen = new java.util.HashSet<>();
    int i = from;
    while (i < to) {
      char ch = text.charAt(i);
      if (!Character.isLetterOrDigit(ch)) { i++; continue; }
      int j = i;
      boolean digits = Character.isDigit(ch);
      while (j < to && (digits ? Character.isDigit(text.charAt(j)) : Character.isLetter(text.charAt(j)))) j++;
      List<Rule> rules = BY_TRIGGER.get(triggerKey(text, i, j, to, digits));
      if (rules != null) {
        for (Rule r : rules) search(r, c, i, j, all, seen);
      }
      i = j;
    }
    all.sort(Comparator.comparingInt((Mention x) -> x.start() - x.end()).thenComparingInt(Mention::start));
    List<Mention> kept = new ArrayList<>();
    for (Mention x : all) {
      boolean free = true;
      for (Mention k : kept) if (x.start() < k.end() && k.start() < x.end()) { free = false; break; }
      if (free) kept.add(x);
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }

  private static String triggerKey(String text, int i, int j, int to, boolean digits) {
    if (!digits) return text.substring(i, j).toLowerCase(Locale.ROOT);
    if (j < to && text.charAt(j) == '/') return SLASH_NUMBER;
    if (j - i != 4 || (!text.startsWith("19", i) && !text.startsWith("20", i))) return "";
    return j < to && text.charAt(j) == 's' ? DECADE_NUMBER : YEAR_NUMBER;
  }

  /** Matches of {@code r} that contain the trigger word at {@code [wordStart, wordEnd)}. */
  private static void search(Rule r, Context c, int wordStart, int wordEnd, List<Mention> out, Set<Long> seen) {
    Matcher m = r.pattern().matcher(c.text())
        .region(Math.max(c.from(), wordStart - BEFORE), Math.min(c.to(), wordEnd + AFTER))
        .useTransparentBounds(true).useAnchoringBounds(false);
    while (m.find()) {
      if (m.start() > wordStart) return;
      if (m.end() < wordEnd) continue;
      long key = ((long) m.start() << 32) | (RULES.indexOf(r) << 16) | (m.end() - m.start());
      if (!seen.add(key)) return;
      Mention x = r.maker().make(m, c);
      if (x != null) out.add(x);
      return;
    }
  }

  // ---- makers -----------------------------------------------------------------------------------

  private static Mention fullDate(Matcher m, Context c, int monthGroup, int dayGroup, int yearGroup, int dowGroup) {
    int month = monthOf(m.group(monthGroup));
    int day = Integer.parseInt(m.group(dayGroup));
    int year = m.group(yearGroup) == null ? 0 : Integer.parseInt(m.group(yearGroup));
    if (!validDate(year == 0 ? 2016 : year, month, day)) return null; // 2016: a leap year admits Feb 29
    int dow = m.group(dowGroup) == null ? 0 : dayOfWeek(m.group(dowGroup));
    return date(m, c, year, month, day, dow);
  }

  private static Mention numericDate(Matcher m, Context c) {
    int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) year += year < 50 ? 2000 : 1900;
    boolean ambiguous = a <= 12 && b <= 12 && a != b;
    int month = a <= 12 ? a : b, day = a <= 12 ? b : a; // month/day unless the first cannot be a month
    if (!validDate(year, month, day)) return null;
    Mention x = date(m, c, year, month, day, 0);
    return ambiguous ? new Mention(x.start(), x.end(), x.text(), Type.DATE, year, month, day, 0, Mention.BARE,
        null, null, Tense.UNKNOWN, true) : x;
  }

  private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "from", "during",
      "of", "through", "on", "before", "after", "early", "late", "mid", "last", "this", "next", "and", "or", "to", "between");

  private static Mention monthAlone(Matcher m, Context c) {
    String month = m.group(2);
    String before = previousWord(c.text(), m.start(2));
    if (month.equals("May") && m.start() == m.start(2) && !MAY_CONTEXT.contains(before)) return null;
    String after = nextWord(c.text(), m.end());
    if (!after.isEmpty() && Character.isUpperCase(after.charAt(0))) return null; // "April Ryan"
    if (!after.isEmpty() && Character.isDigit(after.charAt(0))) return null; // a date pattern's business
    // "the Dead March was played", "the Long March": a capitalised word before a bare month makes a name
    if (m.group(1) == null && m.start() == m.start(2) && !before.isEmpty() && !MONTH_PREPOSITIONS.contains(before)) {
      int j = m.start(2);
      while (j > 0 && Character.isWhitespace(c.text().charAt(j - 1))) j--;
      int i = j;
      while (i > 0 && Character.isLetter(c.text().charAt(i - 1))) i--;
      if (i < j && Character.isUpperCase(c.text().charAt(i))) return null;
    }
    int shift = m.group(1) == null ? Mention.BARE
        : switch (m.group(1).toLowerCase(Locale.ROOT)) { case "last" -> -1; case "next" -> 1; default -> 0; };
    return withTense(mention(m, c, Type.DATE, 0, monthOf(month), 0, 0, shift, null, null), c);
  }

  private static Mention year(Matcher m, Context c) {
    int digits = m.start(1);
    if (ID_NOUNS.contains(previousWord(c.text(), digits))) return null;
    String after = nextWord(c.text(), m.end()).toLowerCase(Locale.ROOT);
    if (COUNT_NOUNS.contains(after)) return null;
    return mention(m, c, Type.DATE, Integer.parseInt(m.group(1)), 0, 0, 0, Mention.BARE, null, null);
  }

  private static Mention weekday(Matcher m, Context c) {
    int shift = Mention.BARE;
    if (m.group(1) != null) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      shift = w.equals("this") ? 0 : w.equals("next") || w.equals("coming") ? 1 : -1;
    }
    String after = nextWord(c.text(), m.end());
    if (!after.isEmpty() && Character.isUpperCase(after.charAt(0))) return null; // The Sunday Times
    Mention x = mention(m, c, Type.WEEKDAY, 0, 0, 0, dayOfWeek(m.group(2)), shift, null, null);
    boolean possessive = m.group().contains("'") || m.group().contains("’"); // "Saturday's talks would be"
    return withTense(x, c, possessive);
  }

  private static Mention dayWord(Matcher m, Context c) {
    int shift = m.group(1) != null ? -2 : m.group(2) != null ? 2 : m.group(3) != null ? -1 : m.group(4) != null ? 0 : 1;
    return mention(m, c, Type.RELATIVE, 0, 0, 0, 0, shift, Unit.DAY, null);
  }

  private static Mention relativeUnit(Matcher m, Context c) {
    String det = Patterns.replaceAll(m.group(2).toLowerCase(Locale.ROOT), "\\s+", " ");
    Unit unit = Unit.valueOf(m.group(3).toUpperCase(Locale.ROOT));
    boolean modified = m.group(1) != null || m.group().toLowerCase(Locale.ROOT).contains(" of ");
    // "the year" alone is not a date; "later in the year", "the end of the month" and "the weekend" are
    if (det.equals("the") && unit != Unit.WEEKEND && !modified) return null;
    int shift = switch (det) {
      case "last", "this past" -> -1;
      case "next", "coming", "the coming" -> 1;
      case "this" -> 0;
      default -> unit == Unit.WEEKEND ? Mention.BARE : 0;
    };
    Mention x = mention(m, c, Type.RELATIVE, 0, 0, 0, 0, shift, unit, null);
    return unit == Unit.WEEKEND ? withTense(x, c) : x;
  }

  private static Mention narrative(Matcher m, Context c) {
    if (m.group(5) != null) return mention(m, c, Type.NARRATIVE, 0, 0, 0, 0, 0, Unit.DAY, null);
    if (m.group(4) != null) {
      int shift = m.group(4).equalsIgnoreCase("previous") ? -1 : 1;
      return mention(m, c, Type.NARRATIVE, 0, 0, 0, 0, shift, Unit.DAY, null);
    }
    String n = count(m.group(1));
    if (n.equals("X") || n.contains(".")) return null; // "days later": a duration rule's business
    int k = Integer.parseInt(n) * (m.group(3).equalsIgnoreCase("later") ? 1 : -1);
    return mention(m, c, Type.NARRATIVE, 0, 0, 0, 0, k, Unit.valueOf(m.group(2).toUpperCase(Locale.ROOT)), null);
  }

  private static Mention holiday(Matcher m, Context c) {
    if (previousWord(c.text(), m.start()).equals("merry")) return null; // a greeting, not a date
    int[] monthDay = m.group(1) != null ? new int[] {12, 24} : m.group(2) != null ? new int[] {12, 31}
        : m.group(3) != null ? new int[] {1, 1} : m.group(4) != null ? new int[] {10, 31}
        : m.group(5) != null ? new int[] {2, 14} : m.group(6) != null ? new int[] {12, 26} : new int[] {12, 25};
    return date(m, c, 0, monthDay[0], monthDay[1], 0);
  }

  private static Mention ago(Matcher m, Context c) {
    if (m.group(4) != null) return mention(m, c, Type.REF, 0, 0, 0, 0, Mention.BARE, null, "PAST_REF");
    String n = count(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    if (n.equals("X") || n.contains(".")) return mention(m, c, Type.REF, 0, 0, 0, 0, Mention.BARE, null, "PAST_REF");
    int k = Integer.parseInt(n);
    return switch (unit) {
      case "day" -> mention(m, c, Type.RELATIVE, 0, 0, 0, 0, -k, Unit.DAY, null);
      case "week" -> mention(m, c, Type.RELATIVE, 0, 0, 0, 0, -k, Unit.WEEK, null);
      case "fortnight" -> mention(m, c, Type.RELATIVE, 0, 0, 0, 0, -2 * k, Unit.WEEK, null);
      case "month" -> mention(m, c, Type.RELATIVE, 0, 0, 0, 0, -k, Unit.MONTH, null);
      case "year" -> mention(m, c, Type.RELATIVE, 0, 0, 0, 0, -k, Unit.YEAR, null);
      case "decade" -> mention(m, c, Type.RELATIVE, 0, 0, 0, 0, -10 * k, Unit.YEAR, null);
      default -> mention(m, c, Type.RELATIVE, 0, 0, 0, 0, 0, Unit.DAY, null); // hours ago: today
    };
  }

  private static Mention duration(Matcher m, Context c) {
    boolean the = m.group(1) != null;
    String num = m.group(3);
    String unit = m.group(4).toLowerCase(Locale.ROOT);
    boolean plural = m.group(5) != null || unit.equals("seconds");
    boolean adjective = m.group(6) != null;
    String n;
    if (num != null) {
      n = count(num);
    } else if (the || adjective) {
      if (the && !plural && unit.equals("day")) return null; // "the next day" is a date, and relative to the story
      if (the && plural && nextWord(c.text(), m.end()).equals("of")) return null; // "the last hours of his life"
      n = plural ? "X" : "1";
    } else {
      if (!plural) return null;
      String before = previousWord(c.text(), m.start()).toLowerCase(Locale.ROOT);
      String after = nextWord(c.text(), m.end()).toLowerCase(Locale.ROOT);
      if (!DURATION_CONTEXT.contains(before) && !DURATION_AFTER.contains(after)) return null;
      if (Set.of("the", "first", "last", "final", "early", "initial").contains(before)) return null; // "the days of"
      n = "X";
    }
    if (unit.equals("centurie") && !plural) return null; // only "centuries"
    return mention(m, c, Type.DURATION, 0, 0, 0, 0, Mention.BARE, null, durationValue(n, unit));
  }

  private static Mention reference(Matcher m, Context c) {
    if (m.group(3) != null && m.group(3).equalsIgnoreCase("soon")) {
      // "as soon as", "soon after the quake", "what soon became": not the future
      String after = nextWord(c.text(), m.end());
      if (previousWord(c.text(), m.start()).equals("as") || after.equalsIgnoreCase("after") || Tense.isPastVerb(after)) {
        return null;
      }
    }
    String v = m.group(1) != null ? "PRESENT_REF" : m.group(2) != null ? "PAST_REF" : "FUTURE_REF";
    return mention(m, c, Type.REF, 0, 0, 0, 0, Mention.BARE, null, v);
  }

  private static Mention season(Matcher m, Context c) {
    String mod = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
    String prep = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
    String name = m.group(3).toLowerCase(Locale.ROOT);
    int year = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    boolean relative = mod != null && Set.of("this", "last", "next", "past", "coming").contains(mod);
    // "fall" and "spring" are common nouns and verbs: only clear time phrases count
    boolean risky = name.equals("fall") || name.equals("spring");
    if (year == 0 && !relative && (prep == null || (risky && !prep.contains(" the")))) {
      if (mod == null || risky) return null;
    }
    if (year == 0 && risky && nextWord(c.text(), m.end()).equalsIgnoreCase("of")) return null; // the fall of Aleppo
    int season = switch (name) { case "spring" -> 1; case "summer" -> 2; case "winter" -> 4; default -> 3; };
    int shift = !relative ? Mention.BARE : mod.equals("this") ? 0 : mod.equals("next") || mod.equals("coming") ? 1 : -1;
    Mention x = mention(m, c, Type.SEASON, year, season, 0, 0, shift, null, null);
    return year == 0 ? withTense(x, c) : x;
  }

  private static Mention quarter(Matcher m, Context c) {
    int q = switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "first", "1st" -> 1; case "second", "2nd" -> 2; case "third", "3rd" -> 3; default -> 4;
    };
    int year = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    Mention x = mention(m, c, Type.QUARTER, year, q, 0, 0, Mention.BARE, null, null);
    return year == 0 ? withTense(x, c) : x;
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static Mention date(Matcher m, Context c, int year, int month, int day, int dow) {
    Mention x = mention(m, c, Type.DATE, year, month, day, dow, Mention.BARE, null, null);
    return year == 0 ? withTense(x, c) : x;
  }

  private static Mention mention(Matcher m, Context c, Type type, int year, int month, int day, int dow, int shift,
                                 Unit unit, String fixed) {
    return new Mention(m.start(), m.end(), m.group(), type, year, month, day, dow, shift, unit, fixed,
        Tense.UNKNOWN, false);
  }

  private static Mention withTense(Mention x, Context c) {
    return withTense(x, c, false);
  }

  private static Mention withTense(Mention x, Context c, boolean verbFollows) {
    Tense t = Tense.around(c.text(), c.from(), c.to(), x.start(), x.end(), verbFollows);
    return new Mention(x.start(), x.end(), x.text(), x.type(), x.year(), x.month(), x.day(), x.dow(), x.shift(),
        x.unit(), x.fixed(), t, x.dayMonthAmbiguous());
  }

  private static boolean validDate(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth();
  }

  private static int monthOf(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static int dayOfWeek(String name) {
    return switch (name.substring(0, 2)) {
      case "Mo" -> 1; case "Tu" -> 2; case "We" -> 3; case "Th" -> 4; case "Fr" -> 5; case "Sa" -> 6; default -> 7;
    };
  }

  /** A written count as digits, or "X" when vague ("several", "a few"). */
  private static String count(String num) {
    String n = Patterns.replaceAll(num.toLowerCase(Locale.ROOT), "\\s+", " ");
    if (Character.isDigit(n.charAt(0))) return n.endsWith(".0") ? n.substring(0, n.length() - 2) : n;
    if (n.equals("a") || n.equals("an")) return "1";
    if (n.equals("a dozen")) return "12";
    if (n.equals("a couple of")) return "2";
    int dash = n.indexOf('-');
    if (dash > 0) return Integer.toString(wordValue(n.substring(0, dash)) + wordValue(n.substring(dash + 1)));
    int v = wordValue(n);
    return v > 0 ? Integer.toString(v) : "X";
  }

  private static int wordValue(String w) {
    int i = NUMBERS.indexOf(w);
    if (i < 0) return 0;
    if (i < 20) return i + 1;
    return i == NUMBERS.size() - 1 ? 100 : (i - 18) * 10;
  }

  private static String durationValue(String n, String unit) {
    return switch (unit) {
      case "seconds" -> "PT" + n + "S";
      case "minute" -> "PT" + n + "M";
      case "hour" -> "PT" + n + "H";
      case "day" -> "P" + n + "D";
      case "week" -> "P" + n + "W";
      case "fortnight" -> "P" + (n.equals("X") ? "X" : Integer.toString(2 * Integer.parseInt(n))) + "W";
      case "month" -> "P" + n + "M";
      case "year" -> "P" + n + "Y";
      case "decade" -> "P" + n + "DE";
      default -> "P" + n + "CE";
    };
  }

  /** The word before {@code pos}, lower-cased, skipping white space; "" after punctuation. */
  static String previousWord(String text, int pos) {
    int j = pos;
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) j--;
    int i = j;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
    return text.substring(i, j).toLowerCase(Locale.ROOT);
  }

  private static String nextWord(String text, int pos) {
    int i = pos;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    int j = i;
    while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) j++;
    return text.substring(i, j);
  }
}
