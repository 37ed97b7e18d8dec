package dev.newsbrief.text;

import dev.newsbrief.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Finds sentence boundaries with OpenNLP's statistical model (UD English), then repairs the splits
 * news text still trips it on: titles and month abbreviations ("Maj. Gen. Smith", "Feb. 4"),
 * and abbreviations followed by a lower-case continuation ("the U.S. said").
 */
public final class SentenceSplitter {
  private static final SentenceModel MODEL = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
  // OpenNLP's detector keeps per-call state: one per thread, sharing the model.
  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

  /** Abbreviations that never end a sentence: what follows is a name, a day or a number. */
  private static final Set<String> ALWAYS_JOIN = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "lt", "col", "capt", "sgt", "cpl", "adm",
      "cmdr", "gov", "sen", "rep", "rev", "st", "ft", "mt", "messrs", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "v", "pres",
      "supt", "insp", "det", "brig", "gens", "reps", "sens", "govs");
  /** Ends with an abbreviation: the last "word." before the boundary. */
  private static final Pattern LAST_ABBREV = Pattern.compile("(?:^|[\\s(\"“'])((?:\\p{L}\\.)+\\p{L}?|\\p{L}{1,6})\\.\\s*$");
  private static final Pattern STARTS_LOWER_OR_DIGIT = Pattern.compile("^[\\s\"“‘'(]*[\\p{Ll}\\d]");
  private static final Pattern STARTS_LOWER = Pattern.compile("^[\\s\"“‘'(]*\\p{Ll}");
  /**
   * "in the U.S. The talks", "on Oct. 3. They were", "New York Times Co. She added": initials, an
   * abbreviated date or a company's abbreviation, then a
   * capitalised function word that starts sentences.
   */
  private static final Pattern MISSED_BOUNDARY = Pattern.compile(
      "(?:(?<=\\s(?:\\p{Lu}\\.){2,4})|(?<=\\s\\p{Lu}\\p{Ll}{2,3}\\.\\s\\d{1,2}\\.)|(?<=\\s(?:Co|Corp|Inc|Ltd)\\.))"
          + "\\s+(?=(?:The|A|An|In|On|At|He|She|It|They|We|I|But|And|This|That|These|"
          + "Those|Its|His|Her|Their|There|However|Meanwhile|After|Before|When|While)\\s)");
  /**
   * "… some of the wiring.'' In practice, …": the model, trained on other quote marks, reads on
   * through the newswire's two-apostrophe closing quote. A question or exclamation there is left
   * alone: "``Why?'' Warden asked" goes on with its attribution.
   */
  private static final Pattern AFTER_CLOSING_QUOTE = Pattern.compile("(?<=\\.'')\\s+(?=[\\p{Lu}`\"“])");
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
  /** Two capitalised words that are not a sentence opener: one name ("Air Force", "President Bill"). */
  private static final Pattern NAME_GOES_ON = Pattern.compile(
      "^\\s*(?!(?:The|A|An|In|On|At|He|She|It|They|We|I|But|And|This|That|These|Those|Its|His|Her|Their|There|"
          + "However|Meanwhile|After|Before|When|While|If|As|For|Some|Many|Most|Officials|Police)\\b)"
          + "\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’.-]*");
  /** A title before initials makes them a person's ("President B.J." goes on to "Habibie"). */
  private static final Pattern INITIALS_OF_NAME = Pattern.compile(
      "\\b(?:President|Prime Minister|Minister|Secretary|Governor|Senator|Judge|Justice|General|Mr\\.|Mrs\\.|Ms\\.|Dr\\.)"
          + "\\s+(?:\\p{Lu}\\.){1,3}\\s*$");

  private SentenceSplitter() {}

  private static SentenceModel load(String path) {
    try (InputStream in = Resources.open(path)) {
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load sentence model " + path, e);
    }
  }

  /** Sentence spans inside {@code text[from, to)}, as offsets into {@code text}, trimmed. */
  public static List<Span> split(String text, int from, int to) {
    String region = text.substring(from, to);
    opennlp.tools.util.Span[] found = DETECTOR.get().sentPosDetect(region);
    List<Span> raw = new ArrayList<>(found.length);
    for (opennlp.tools.util.Span s : found) raw.add(new Span(from + s.getStart(), from + s.getEnd()));
    if (raw.isEmpty() && !region.isBlank()) raw.add(new Span(from, to));
    return repair(text, splitMissed(text, raw));
  }

  /** Splits where the model kept two sentences together after an abbreviation such as "U.S.". */
  private static List<Span> splitMissed(String text, List<Span> spans) {
    List<Span> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      java.util.TreeMap<Integer, Integer> gaps = new java.util.TreeMap<>();
      for (Pattern boundary : List.of(MISSED_BOUNDARY, AFTER_CLOSING_QUOTE)) {
        Matcher m = boundary.matcher(text).region(s.start(), s.end());
        while (m.find()) gaps.put(m.start(), m.end());
      }
      int start = s.start();
      for (var gap : gaps.entrySet()) {
        out.add(new Span(start, gap.getKey()));
        start = gap.getValue();
      }
      out.add(new Span(start, s.end()));
    }
    return out;
  }

  static List<Span> repair(String text, List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span prev = out.get(out.size() - 1);
        if (shouldJoin(prev.of(text), s.of(text))) {
          out.set(out.size() - 1, new Span(prev.start(), s.end()));
          continue;
        }
      }
      out.add(s);
    }
    List<Span> trimmed = new ArrayList<>(out.size());
    for (Span s : out) {
      int a = s.start(), b = s.end();
      while (a < b && Character.isWhitespace(text.charAt(a))) a++;
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
      if (b > a) trimmed.add(new Span(a, b));
    }
    return trimmed;
  }

  private static final Set<String> COMPANY = Set.of("co", "corp", "inc", "ltd");
  private static final Pattern QUESTION_QUOTED = Pattern.compile("[?!](?:''|[\"”’])\\s*$");
  private static final Pattern ATTRIBUTION_NEXT = Pattern.compile(
      "^\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?:said|asked|says|asks|added|replied|told|wrote)\\b");
  private static final Pattern TIME_ZONE = Pattern.compile("(?:EST|EDT|GMT|UTC|PST|PDT|CST|CDT|MST|MDT|BST|CET|CEST)\\b");

  private static boolean shouldJoin(String prev, String next) {
    Matcher m = LAST_ABBREV.matcher(prev);
    boolean nextContinues = STARTS_LOWER_OR_DIGIT.matcher(next).find();
    // News sentences do not start in lower case: '"Will it work?" asked a reporter.' is one.
    if (STARTS_LOWER.matcher(next).find()) return true;
    // "in the Kansas City, Kan., School District": no sentence ends on a comma
    if (prev.stripTrailing().endsWith(",")) return true;
    // "$1." + "5 million": a decimal number cut at its point.
    if (Patterns.matches(prev, "(?s).*\\d\\.") && !next.isEmpty() && Character.isDigit(next.charAt(0))) return true;
    // "``Why not?'' Warden asked.": the attribution goes on with its question
    if (QUESTION_QUOTED.matcher(prev).find() && ATTRIBUTION_NEXT.matcher(next).find()) return true;
    if (!m.find()) return false;
    String abbrev = m.group(1);
    // "Ford Motor Co. President Alex Trotman": a company's abbreviation, then a name
    if (COMPANY.contains(abbrev.toLowerCase(java.util.Locale.ROOT)) && NAME_GOES_ON.matcher(next).find()) return true;
    if (ALWAYS_JOIN.contains(abbrev.toLowerCase(java.util.Locale.ROOT))) return true;
    // "John F. Kennedy": a single capital initial is a middle initial, not an end.
    if (abbrev.length() == 1 && Character.isUpperCase(abbrev.charAt(0))) return true;
    boolean initials = INITIALS.matcher(abbrev + ".").matches() || abbrev.contains(".");
    // "U.S." / "a.m." end sentences too; join only when the next part cannot start one.
    if (initials && nextContinues) return true;
    // "1:50 a.m. EST -- Pilots make ...": a time zone goes on with its time
    if ((abbrev.equalsIgnoreCase("a.m") || abbrev.equalsIgnoreCase("p.m")) && TIME_ZONE.matcher(next).lookingAt()) return true;
    // "the U.S. Air Force", "U.S. President Bill Clinton", "President B.J. Habibie": a name goes on.
    return initials && (NAME_GOES_ON.matcher(next).find() || INITIALS_OF_NAME.matcher(prev).find());
  }
}
