package dev.newsbrief.figures;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.text.NumberWords;

import dev.newsbrief.model.Document;
import dev.newsbrief.model.Figure;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.text.Stopwords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers with what they count ("more than 250,000 people", "$4bn", "dozens of raids",
 * "a quarter-million people") and normalises them to a value, a qualifier and a unit.
 * Numbers that are not counts are left out: years, days of the month, clock times, ordinals,
 * ages ("five-year-old", "Pinochet, 82,"), identifiers ("Flight 111", "A-10"), phone numbers and
 * relative dates ("two weeks ago").
 */
public final class FigureExtractor {
  public static final String EXACT = "EXACT", AT_LEAST = "AT_LEAST", MORE_THAN = "MORE_THAN",
      ABOUT = "ABOUT", UP_TO = "UP_TO", LESS_THAN = "LESS_THAN";

  private static final Map<String, String> QUALIFIERS = Map.ofEntries(
      Map.entry("more than", MORE_THAN), Map.entry("over", MORE_THAN), Map.entry("just over", MORE_THAN),
      Map.entry("upwards of", MORE_THAN), Map.entry("in excess of", MORE_THAN),
      Map.entry("at least", AT_LEAST), Map.entry("no fewer than", AT_LEAST),
      Map.entry("no less than", AT_LEAST), Map.entry("a minimum of", AT_LEAST),
      Map.entry("no closer than", AT_LEAST), Map.entry("between", AT_LEAST),
      Map.entry("about", ABOUT), Map.entry("around", ABOUT), Map.entry("some", ABOUT),
      Map.entry("nearly", ABOUT), Map.entry("almost", ABOUT), Map.entry("roughly", ABOUT),
      Map.entry("approximately", ABOUT), Map.entry("an estimated", ABOUT),
      Map.entry("estimated", ABOUT), Map.entry("close to", ABOUT), Map.entry("something like", ABOUT),
      Map.entry("something like a total of", ABOUT), Map.entry("up to", UP_TO),
      Map.entry("as many as", UP_TO), Map.entry("no more than", UP_TO),
      Map.entry("less than", LESS_THAN), Map.entry("fewer than", LESS_THAN),
      Map.entry("under", LESS_THAN));
  private static final String QUAL = "(?<qual>something\\s+like\\s+a\\s+total\\s+of|something\\s+like|more\\s+than|just\\s+over|"
      + "over|upwards\\s+of|in\\s+excess\\s+of|at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than|a\\s+minimum\\s+of|no\\s+closer\\s+than|"
      + "no\\s+more\\s+than|between|about|around|some|nearly|almost|roughly|approximately|an\\s+estimated|"
      + "estimated|close\\s+to|up\\s+to|as\\s+many\\s+as|less\\s+than|fewer\\s+than|under)\\s+";
  private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String SCALE = "hundred|thousand|million|billion|trillion";
  private static final String VAGUE = "tens of thousands|hundreds of thousands|hundreds of millions|"
      + "dozens|scores|hundreds|thousands|millions";
  private static final String ARTICLE_NUMBER = "half a million|half a billion|a quarter[- ]million|"
      + "a quarter of a million|a dozen|a hundred|a thousand|a million|a billion";
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\w$£€.,-])(?:" + QUAL + ")?(?<neg>minus\\s+)?(?:"
          + "(?<cur>US\\$|\\$|£|€)\\s?(?<cnum>" + DIGITS + ")(?:\\s?(?<cscale>" + SCALE + "|bn|mn|m|k|tn)\\b)?"
          + "|(?<vague>" + VAGUE + ")"
          + "|(?<art>" + ARTICLE_NUMBER + ")"
          + "|(?<num>" + DIGITS + ")(?:[\\s-](?<scale>" + SCALE + ")|(?<short>bn|m|k)(?=\\b))?"
          + "|(?<word>" + NumberWords.WRITTEN + ")(?:[\\s-](?<wscale>" + SCALE + "))?"
          + ")(?![\\w])(?:-(?<hunit>[a-z]+)(?<old>-olds?)?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_BEFORE = Pattern.compile(
      "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          + "sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+$");
  private static final Pattern MONTH_AFTER = Pattern.compile(
      "(?i)^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:january|february|march|april|may|june|july|august|september|"
          + "october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b");
  private static final Pattern TIME_AFTER = Pattern.compile(
      "(?i)^(?::\\d|\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|gmt\\b|utc\\b|bst\\b|cet\\b|est\\b|edt\\b|pst\\b|pdt\\b|o'clock|local\\s+time\\b|hours\\s+(?:gmt|local)\\b))");
  private static final Pattern AGE_AFTER = Pattern.compile("(?i)^(?:-|\\s)years?[- ]olds?\\b");
  private static final Pattern ID_BEFORE = Pattern.compile(
      "(?i)\\b(?:flight|no\\.|number|route|highway|resolution|article|page|room|channel|chapter|"
          + "section|platform|gate|line|aged|age)\\s+$|[:/#]$");
  /** A capitalised word right before a number, not at the start of the sentence: "Windows 95", "Boeing 737". */
  private static final Pattern MODEL_BEFORE = Pattern.compile("\\S\\s+\\p{Lu}[\\p{L}-]*\\s$");
  private static final Pattern CONVERSION_BEFORE = Pattern.compile(
      "(?i)(?:US\\$|[$£€])\\s?[\\d.,]+\\s*(?:bn|m|k|billion|million|trillion)?\\s*(?:\\(|-LRB-)\\s*(?:#|£|€|\\$|US\\$)?\\s*$");
  private static final Pattern AGO_AFTER = Pattern.compile("(?i)^\\s*(?:[a-z]+\\s+)?ago\\b");
  private static final Pattern NAME_COMMA = Pattern.compile("\\p{Lu}[\\p{L}'-]+,\\s+$");
  private static final Pattern PHONE = Pattern.compile(
      "\\+?\\(?\\d{2,4}\\)?[\\s.-]\\d{3,4}[\\s.-]\\d{3,4}(?:[\\s.-]\\d{2,4})?");
  private static final Pattern NEXT_WORD = Pattern.compile("^[\\s\"“”'‘`]*([\\p{L}][\\p{L}\\d]*(?:[-'’][\\p{L}\\d]+)*|%)");
  private static final Set<String> MEASURES = Set.of(
      "percent", "%", "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile",
      "metres", "meters", "metre", "meter", "m", "cm", "mm", "feet", "foot", "ft", "inches", "yards",
      "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes",
      "minute", "seconds", "celsius", "fahrenheit", "degrees", "tonnes", "tons", "kg", "kilograms",
      "pounds", "lbs", "acres", "hectares", "sq", "square", "mph", "kph");
  private static final Set<String> PLURALS = Set.of("people", "children", "men", "women", "police",
      "personnel", "cattle", "staff", "troops", "civilians", "dead");
  private static final Set<String> CASUALTY_WORDS = Set.of(
      "killed", "dead", "died", "injured", "wounded", "missing", "hurt", "arrested", "detained",
      "displaced", "evacuated", "trapped");
  /** Words that end a counted noun phrase although they are not stopwords. */
  private static final Set<String> NP_END = Set.of("away", "ago", "each", "apiece", "later",
      "earlier", "long", "old", "wide", "high", "deep", "tall", "including", "say", "says", "said",
      "across", "near", "toward", "towards", "inside", "outside", "amid", "around", "along", "within");
  private static final Set<String> SKIPPED_ADJECTIVES = Set.of("other", "more", "additional", "further");
  private static final Pattern ELLIPSIS_NEXT = Pattern.compile("(?i)^\\s+(?:of|in|from)\\b");
  private static final Set<String> TOO_VAGUE_ALONE = Set.of("one");
  /** A bare number a death toll rises to, stands at or reaches counts the dead. */
  private static final Pattern TOLL_BEFORE = Pattern.compile("(?i)\\b(?:death|casualty)\\s+toll\\b[^.;]{0,45}?\\b(?:to|at|of|reached|hit|is|was)\\s+(?:(?:at\\s+least|more\\s+than|about|nearly|some|over)\\s+)?$");

  private FigureExtractor() {}

  /** Every figure in the document's kept sentences, in text order. */
  public static List<Figure> extract(Document doc) {
    List<Figure> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) out.addAll(extract(s, doc.id()));
    return out;
  }

  /** Figures of one sentence, offsets into the article text. */
  public static List<Figure> extract(Sentence sentence, String articleId) {
    String text = sentence.text();
    List<int[]> phones = new ArrayList<>();
    Matcher pm = PHONE.matcher(text);
    while (pm.find()) phones.add(new int[] {pm.start(), pm.end()});
    List<Figure> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    String previousUnit = "";
    boolean pendingBetween = false;
    int lastEnd = -1;
    while (m.find()) {
      Parsed p = parse(m, text);
      if (p == null || overlaps(phones, m.start(), m.end())) continue;
      String qualifier = p.qualifier;
      String and = lastEnd >= 0 && lastEnd <= m.start() ? text.substring(lastEnd, m.start()) : "";
      if (pendingBetween && Patterns.matches(and, "\\s+and\\s+") && m.group("qual") == null) qualifier = UP_TO;
      pendingBetween = "between".equalsIgnoreCase(trimQual(m.group("qual")));
      boolean carried = false;
      Unit unit = p.unit != null ? new Unit(p.unit, m.end()) : unitAfter(text, m.end(), p.vague);
      if (unit == null && pendingBetween) {
        // "between 600 and 1,000 people": the unit comes after the second number
        Matcher next = NUMBER.matcher(text).region(m.end(), text.length());
        if (next.find() && Patterns.matches(text.substring(m.end(), next.start()), "\\s+and\\s+")) {
          Unit u2 = unitAfter(text, next.end(), next.group("vague") != null);
          if (u2 != null) unit = new Unit(u2.word, m.end());
        }
      }
      if (unit == null && TOLL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()) {
        unit = new Unit("dead", m.end()); // "raising the death toll ... to at least 74"
      }
      if (unit == null) {
        // an ellipsis ("including 30 in Romania", "15 of them") counts what the sentence counts
        if (p.written && (previousUnit.isEmpty() || !ELLIPSIS_NEXT.matcher(text.substring(m.end())).find())) continue;
        if (p.written && TOO_VAGUE_ALONE.contains(m.group("word").toLowerCase(Locale.ROOT))) continue;
        unit = new Unit(previousUnit, m.end());
        carried = true;
      } else if (p.written && TOO_VAGUE_ALONE.contains(lower(m.group("word")))
          && !MEASURES.contains(unit.word) && p.scale == 1) {
        continue; // "one U.S. official" is a determiner, not a count
      }
      if (unit.word.equals("ago") || AGO_AFTER.matcher(text.substring(unit.end)).find()) continue;
      // "Ena Zizi, 69, was rescued": an age, whatever unit an ellipsis would carry to it
      if (!p.hasUnit && isAge(text, m.start(), m.end(), carried ? "" : unit.word)) continue;
      int end = Math.max(m.end(), unit.end);
      out.add(new Figure(p.value, qualifier, unit.word, text.substring(m.start(), end), articleId,
          sentence.start() + m.start(), sentence.start() + end));
      if (!unit.word.isEmpty()) previousUnit = unit.word;
      lastEnd = m.end();
    }
    return out;
  }

  private record Parsed(double value, String qualifier, String unit, boolean written, boolean vague,
                        double scale, boolean hasUnit) {}

  private record Unit(String word, int end) {}

  private static Parsed parse(Matcher m, String text) {
    String before = text.substring(0, m.start());
    String after = text.substring(m.end());
    if (m.group("old") != null) return null; // "five-year-old"
    if (CONVERSION_BEFORE.matcher(before).find()) return null; // "$1bn (£650m)": the same sum in another currency
    if (AGE_AFTER.matcher(after).find()) return null;
    String qual = trimQual(m.group("qual"));
    String qualifier = qual == null ? EXACT : QUALIFIERS.getOrDefault(Patterns.replaceAll(lower(qual), "\\s+", " "), EXACT);
    double value;
    double scale = 1;
    boolean written = false, vague = false;
    String unit = null;
    if (m.group("cnum") != null) {
      scale = NumberWords.scale(m.group("cscale"));
      value = number(m.group("cnum")) * scale;
      unit = switch (m.group("cur")) {
        case "£" -> "pounds";
        case "€" -> "euros";
        default -> "dollars";
      };
    } else if (m.group("vague") != null) {
      vague = true;
      value = switch (lower(m.group("vague"))) {
        case "tens of thousands" -> 20_000;
        case "hundreds of thousands" -> 200_000;
        case "hundreds of millions" -> 200_000_000;
        case "dozens" -> 24;
        case "scores" -> 40;
        case "hundreds" -> 200;
        case "thousands" -> 2_000;
        default -> 2_000_000;
      };
      if (qualifier.equals(EXACT)) qualifier = AT_LEAST;
    } else if (m.group("art") != null) {
      String a = lower(m.group("art"));
      value = a.startsWith("half a million") ? 500_000 : a.startsWith("half a billion") ? 5e8
          : a.contains("quarter") ? 250_000 : a.endsWith("dozen") ? 12 : NumberWords.scale(a.substring(2));
      scale = value;
    } else if (m.group("num") != null) {
      String digits = m.group("num");
      if (TIME_AFTER.matcher(after).find() || before.endsWith(":")) return null;
      if (MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).find()) return null;
      if (ID_BEFORE.matcher(before).find()) return null;
      // "Windows 95 operating system", "Boeing 737 jet": a number naming a product or model
      if (MODEL_BEFORE.matcher(before).find() && !digits.contains(",") && !followedByPluralNoun(after)) return null;
      scale = m.group("scale") != null ? NumberWords.scale(m.group("scale"))
          : NumberWords.scale(m.group("short"));
      value = number(digits) * scale;
      boolean yearLike = Patterns.matches(digits, "\\d{4}") && value >= 1800 && value <= 2099 && scale == 1;
      if (yearLike && !followedByPluralNoun(after)) return null;
    } else {
      written = true;
      scale = NumberWords.scale(m.group("wscale"));
      value = NumberWords.written(m.group("word")) * scale;
      if (value < 0) return null;
    }
    if (m.group("neg") != null) value = -value;
    boolean hasUnit = unit != null;
    if (m.group("hunit") != null) {
      unit = lower(m.group("hunit"));
      hasUnit = true;
      if (unit.equals("year") && after.startsWith("-old")) return null;
    }
    return new Parsed(value, qualifier, unit, written, vague, scale, hasUnit);
  }

  /** The counted noun after a number: a measure word, a casualty participle or a noun phrase's head. */
  private static Unit unitAfter(String text, int from, boolean vague) {
    String rest = text.substring(from);
    Matcher first = NEXT_WORD.matcher(rest);
    if (!first.find()) return null;
    String w = lower(first.group(1));
    int pos = from + first.end();
    if (w.equals("%") || w.equals("percent")) return new Unit("percent", pos);
    if (w.equals("per") && Patterns.matches(rest.substring(first.end()), "(?s)\\s+cent\\b.*")) {
      return new Unit("percent", pos + rest.substring(first.end()).indexOf("cent") + 4);
    }
    if (MEASURES.contains(w)) return new Unit(w, pos);
    if (CASUALTY_WORDS.contains(w)) return new Unit(w, pos);
    if (vague && w.equals("of")) {
      Matcher next = NEXT_WORD.matcher(text.substring(pos));
      if (!next.find()) return null;
      String n = lower(next.group(1));
      if (Stopwords.contains(n)) return null; // "dozens of them"
      return nounPhraseHead(text, pos);
    }
    if (SKIPPED_ADJECTIVES.contains(w)) return nounPhraseHead(text, pos);
    if (Stopwords.contains(w) || NP_END.contains(w)) return null;
    // "the two talked": a past-tense verb right after a written number is no counted noun
    if (w.endsWith("ed") && !CASUALTY_WORDS.contains(w)) return null;
    return nounPhraseHead(text, from);
  }

  private static Unit nounPhraseHead(String text, int from) {
    String head = null;
    int headEnd = from;
    int pos = from;
    for (int i = 0; i < 4; i++) {
      Matcher w = NEXT_WORD.matcher(text.substring(pos));
      if (!w.find()) break;
      String gap = text.substring(pos, pos + w.start(1));
      if (Patterns.matches(gap, "(?s).*[,;:().!?].*")) break;
      String word = lower(w.group(1));
      if (Stopwords.contains(word) || NP_END.contains(word)) break;
      if (i > 0 && CASUALTY_WORDS.contains(word)) break;
      head = word;
      pos += w.end();
      headEnd = pos;
      // the first plural noun heads the phrase: "dozens of raids hit eastern Aleppo"
      if (MEASURES.contains(word) || PLURALS.contains(word) || (word.endsWith("s") && !word.endsWith("ss"))) break;
    }
    return head == null ? null : new Unit(head.replace('’', '\''), headEnd);
  }

  private static boolean isAge(String text, int start, int end, String unit) {
    // "Pinochet, 82, who ..." / "Zughayar, 18, of Anata": a bare number after a name
    if (!unit.isEmpty() && !unit.equals("people")) return false;
    String before = text.substring(0, start);
    String after = text.substring(end);
    return NAME_COMMA.matcher(before).find() && Patterns.matches(after, "(?s)^\\s*[,)].*");
  }

  private static boolean followedByPluralNoun(String after) {
    Matcher w = NEXT_WORD.matcher(after);
    if (!w.find() || !after.substring(0, w.start(1)).isBlank()) return false;
    String word = w.group(1);
    return Character.isLowerCase(word.charAt(0)) && (word.endsWith("s") || PLURALS.contains(word))
        && !Stopwords.contains(lower(word));
  }

  private static boolean overlaps(List<int[]> spans, int start, int end) {
    for (int[] s : spans) if (s[0] < end && start < s[1]) return true;
    return false;
  }

  private static String trimQual(String q) {
    return q == null ? null : q.trim();
  }

  private static double number(String digits) {
    return Double.parseDouble(digits.replace(",", ""));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
