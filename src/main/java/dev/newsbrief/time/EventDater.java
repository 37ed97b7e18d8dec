package dev.newsbrief.time;

import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Span;
import dev.newsbrief.model.TimeExpression;
import dev.newsbrief.text.Quotation;
import dev.newsbrief.text.ReportingVerbs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates what each sentence reports, not only when it was reported: "Russia on Saturday vetoed" in
 * a Wednesday report happened on the Saturday before. The date is the one of the event the main
 * clause reports: in "X said Friday that Y will happen in March", Friday (X's statement); in
 * "On Saturday Russia vetoed it, officials said Monday", Saturday (the trailing "officials said"
 * only names the source). These do not date a sentence: bounds ("since May"); dates in a relative
 * clause ("Russia, which vetoed it on Saturday, said"; "the island where Babs landed on Thursday"),
 * in a quotation or in brackets; dates that name another event ("the Aug. 7 bombing", "Friday's
 * election", "last week's explosion"); a page's time stamp; history over a year before the report;
 * a day after the report told in the past tense (a later comment); and a forecast of a later day
 * ("expected to be closest on Tuesday").
 *
 * <p>A sentence with no date of its own is past-tense news of some day before its report: it is
 * dated to the report's month, marked {@link Basis#REPORT_MONTH}, for the timeline to date from the
 * same event in another report or leave out. A date inside what a leading statement reports ("Golding
 * said he planned to go on Thursday") is not the statement's. Background (a present perfect "has
 * killed 300,000", a span "for several days") and present-tense description ("the assembly elects
 * the supreme leader"; tried: dating "officials say" to the report's day, which mostly dated such
 * background) are not events and stay undated.
 *
 * <p>A date that needed the report's date is never finer than it: with a report known only to
 * its year, "on Saturday" is dated to that year. Such values take the report date's source (GIVEN
 * or INFERRED) and a lower confidence; dates written out in full are INFERRED from the text.
 */
public final class EventDater {
  private EventDater() {}

  /** How a sentence's date was found. */
  public enum Basis {
    /** A date written in the sentence ("12 October 2016", or "on Saturday" counted from the report date). */
    EXPRESSION,
    /** Past-tense news with no day written: only the report's month is sure. */
    REPORT_MONTH,
    /** Nothing dates it, or it is no event. */
    NONE
  }

  /**
   * A sentence's event date, with the expression it comes from (null unless {@link Basis#EXPRESSION}).
   */
  public record EventDate(DatedValue value, Basis basis, TimeExpression expression) {
    static final EventDate NONE = new EventDate(DatedValue.undated(), Basis.NONE, null);
  }

  /** Words before an expression that make it a bound of a span, not the time of the event. */
  private static final Set<String> BOUNDS = Set.of("since", "until", "till", "by", "before", "after", "from", "through",
      "between", "throughout", "during");
  /** A present perfect or a span: background, not an event of a day. */
  private static final Pattern BACKGROUND = Pattern.compile(
      "(?i)\\b(?:has|have)\\s+(?:(?:already|now|also|long|since|not|never)\\s+)?(?:been|[a-z]+ed|[a-z]+en|made|held|led|"
          + "left|lost|spent|fought|kept|won|had|seen|done|come|become|grown|risen|fallen|begun)\\b"
          + "|\\bfor\\s+(?:several|many|a\\s+few|two|three|four|five|six|\\d+)\\s+(?:days|weeks|months|years)\\b");
  /** Words before a date that make it part of a noun phrase naming another event. */
  private static final Set<String> MODIFIED = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "of", "s");
  /**
   * Bounds a few words before the date, in its clause: "since its inception 17 months ago", "until
   * the vote on Oct. 25" (not "missing since Sunday were found on Monday": eight words at most).
   */
  private static final Pattern CLAUSE_BOUND = Pattern.compile(
      "(?i)\\b(?:since|until|till|before|after|between)\\b(?:\\s+[^\\s,;:()\"“”—–]+){0,8}\\s*$");
  private static final int NOT_THE_EVENT = -2;
  /** Dates this long before the report are history it recalls. */
  private static final int HISTORY_DAYS = 365;
  private static final Pattern STAMP_AFTER = Pattern.compile("(?i)^[\\s,|]*(?:last\\s+updated|updated|\\d{1,2}:\\d{2})");
  /** Words after "the <date>" that show it is a date, not a modifier: "the Aug. 7 of 1998", "the 5th and". */
  private static final Set<String> NOT_A_NOUN = Set.of("and", "or", "to", "at", "in", "on", "when", "as", "after",
      "before", "of", "for", "by", "with", "from", "that", "which", "was", "is", "were", "will", "the", "a", "an");
  private static final Pattern FORECAST = Pattern.compile(
      "(?i)\\b(?:expected to be|forecast|predicted|could|may|might|likely to|probably|possibly|as early as|as late as)\\b");
  private static final Pattern RELATIVE_OPENER = Pattern.compile("(?i),\\s+(?:which|who|whose|where|when)\\b|\\s(?:which|who|whose|where|that)\\b");
  /** Words before "that" that make it a complement, not a relative pronoun: "said that", "so that". */
  private static final Set<String> NOT_NOUNS_BEFORE_THAT = Set.of("so", "such", "now", "and", "but", "or", "than",
      "is", "was", "are", "were", "be", "been", "believe", "believes", "believed", "hope", "hopes", "hoped", "fear",
      "feared", "fears", "know", "knew", "think", "thought", "feel", "felt", "expect", "expected", "ensure", "ensured",
      "show", "showed", "shows", "found", "find", "learned", "agreed", "decided", "ruled", "meant", "means", "clear",
      "likely", "sure", "given", "seems", "seemed", "appears", "appeared", "fact", "news", "word");
  /** Report days this early in a month may follow an event of the month before. */
  private static final int EARLY_IN_MONTH = 3;

  /** One value per sentence of {@code doc}, in order; {@code report} is the report's own date. */
  public static List<DatedValue> date(Document doc, DatedValue report) {
    List<DatedValue> out = new ArrayList<>();
    for (EventDate e : dateEvents(doc, report)) out.add(e.value());
    return out;
  }

  /**
   * Like {@link #date}, with how each date was found; worked out once per report and report date
   * (a story briefed again as it grows dates only its new reports, and those whose date changed).
   */
  public static List<EventDate> dateEvents(Document doc, DatedValue report) {
    return doc.memo("time.events " + report, () -> List.copyOf(eventsOf(doc, report)));
  }

  /**
   * The days each sentence of a report names, as the time of its main event or not ("the April 20
   * explosion", "since Monday"), resolved against {@code report}: how much a day matters to a story
   * is how many reports keep naming it. One list per sentence, distinct days in text order.
   */
  public static List<List<LocalDate>> daysNamed(Document doc, DatedValue report) {
    return doc.memo("time.daysNamed " + report, () -> {
      List<TemporalTagger.Anchored> found = expressions(doc, report);
      List<List<LocalDate>> out = new ArrayList<>();
      int next = 0;
      for (Sentence s : doc.sentences()) {
        while (next < found.size() && found.get(next).expression().start() < s.start()) next++;
        java.util.LinkedHashSet<LocalDate> days = new java.util.LinkedHashSet<>();
        for (; next < found.size() && found.get(next).expression().start() < s.end(); next++) {
          TemporalTagger.Anchored a = found.get(next);
          TimeExpression t = a.expression();
          if (t.end() <= s.end() && t.kind() == TimeExpression.Kind.DATE && t.granularity() == Granularity.DAY && t.date() != null
              && (!a.relative() || report.granularity() == Granularity.DAY)) days.add(t.date());
        }
        out.add(List.copyOf(days));
      }
      return List.copyOf(out);
    });
  }

  /** The report's time expressions resolved against its date, in text order; tagged once per report and date. */
  private static List<TemporalTagger.Anchored> expressions(Document doc, DatedValue report) {
    return doc.memo("time.expressions " + report, () -> {
      String text = doc.article().text();
      List<TemporalTagger.Anchored> found = new ArrayList<>();
      List<int[]> headings = yearHeadings(doc);
      for (Span p : doc.paragraphs()) {
        found.addAll(TemporalTagger.tagAnchored(text, p.start(), p.end(), report.date(), chronologyYear(text, p, headings)));
      }
      found.sort(java.util.Comparator.comparingInt(a -> a.expression().start()));
      return List.copyOf(found);
    });
  }

  /** A paragraph that is only a year ("1996:"), the heading of a chronology's items of that year. */
  private static final Pattern YEAR_HEADING = Pattern.compile("\\s*((?:19|20)\\d\\d)\\s*:?\\s*");
  /** A chronology's item: a day and month, then a dash ("April 27 _ The Justice Department sues ..."). */
  private static final Pattern CHRONOLOGY_ITEM = Pattern.compile(
      "\\s*" + TemporalTagger.MONTH + "\\s+\\d{1,2}\\s*[-\u2013\u2014_]\\s");

  private static boolean leadsChronologyItem(String text, Sentence s, TimeExpression t) {
    return t.start() - s.start() <= 2 && CHRONOLOGY_ITEM.matcher(text).region(s.start(), s.end()).lookingAt();
  }

  /** The year headings cleaning set aside (they are no prose), as {offset, year}, in text order. */
  private static List<int[]> yearHeadings(Document doc) {
    List<int[]> out = new ArrayList<>();
    for (dev.newsbrief.model.Removal r : doc.removed()) {
      Matcher m = YEAR_HEADING.matcher(r.text());
      if (m.matches()) out.add(new int[] {r.start(), Integer.parseInt(m.group(1))});
    }
    return out;
  }

  /**
   * The year of the heading a chronology item stands under, 0 when the paragraph is no such item:
   * without it, "April 27" of a list running from 1990 to 1999 would be read as April 27 of the
   * report's year.
   */
  private static int chronologyYear(String text, Span p, List<int[]> headings) {
    if (headings.isEmpty() || !CHRONOLOGY_ITEM.matcher(text).region(p.start(), p.end()).lookingAt()) return 0;
    int year = 0;
    for (int[] h : headings) if (h[0] < p.start()) year = h[1];
    return year;
  }

  private static List<EventDate> eventsOf(Document doc, DatedValue report) {
    String text = doc.article().text();
    List<TemporalTagger.Anchored> found = expressions(doc, report);
    // sentences and expressions both run in text order: hand each sentence its own expressions in
    // one pass (a long report would otherwise cost sentences times expressions)
    List<EventDate> out = new ArrayList<>();
    int next = 0;
    for (Sentence s : doc.sentences()) {
      while (next < found.size() && found.get(next).expression().start() < s.start()) next++;
      int end = next;
      while (end < found.size() && found.get(end).expression().start() < s.end()) end++;
      out.add(dateSentence(text, s, report, found.subList(next, end)));
      next = end;
    }
    return out;
  }

  /** @param found the expressions that start in {@code s}, in text order */
  private static EventDate dateSentence(String text, Sentence s, DatedValue report, List<TemporalTagger.Anchored> found) {
    int best = -1, bestScore = Integer.MIN_VALUE;
    for (int i = 0; i < found.size(); i++) {
      TimeExpression t = found.get(i).expression();
      if (t.start() < s.start() || t.end() > s.end() || t.kind() != TimeExpression.Kind.DATE || t.date() == null) continue;
      int score = role(text, s, t, report.date(), report.lastDay());
      if (score <= NOT_THE_EVENT) continue;
      // between equals, the finer date: "fell Wednesday" over "since its start 17 months ago"
      if (score > bestScore || score == bestScore && t.granularity().compareTo(found.get(best).expression().granularity()) < 0) {
        bestScore = score;
        best = i;
      }
    }
    // a lasting state or span ("has killed 32 people, police said Monday") is background, unless a
    // dated statement leads the sentence ("Police said Monday the cold has killed 32")
    if (best >= 0 && bestScore <= 0 && BACKGROUND.matcher(s.text()).find()) return EventDate.NONE;
    // a forecast ("was expected to be closest to Hong Kong on Tuesday", "could come as early as Friday")
    // is no event of that day; a plan people made ("will meet on Saturday") is
    if (best >= 0 && report.isKnown() && found.get(best).expression().date().isAfter(report.date())
        && FORECAST.matcher(text.substring(s.start(), found.get(best).expression().start())).find()) {
      return EventDate.NONE;
    }
    if (best >= 0) {
      TimeExpression t = found.get(best).expression();
      if (!found.get(best).relative()) {
        return new EventDate(new DatedValue(t.date(), t.granularity(), DatedValue.Source.INFERRED, 0.9, "'" + t.text() + "'"),
            Basis.EXPRESSION, t);
      }
      if (report.granularity().compareTo(t.granularity()) > 0) { // the report is known less precisely
        return new EventDate(new DatedValue(report.date(), report.granularity(), report.source(), round(0.7 * report.confidence()),
            "'" + t.text() + "' in a report dated only to " + report.granularity().name().toLowerCase(Locale.ROOT)), Basis.EXPRESSION, t);
      }
      return new EventDate(new DatedValue(t.date(), t.granularity(), report.source(), round(0.8 * report.confidence()),
          "'" + t.text() + "' counted from the report date " + report.date()), Basis.EXPRESSION, t);
    }
    // a sentence whose only dates name other events ("after the April 20 explosion") is not news of the report's day
    if (!report.isKnown() || hasDate(found, s) || BACKGROUND.matcher(s.text()).find()) return EventDate.NONE;
    if (Tense.around(text, s.start(), s.end(), s.start(), s.start()) != Tense.PAST) return EventDate.NONE;
    // past-tense news: some day before the report, most often of its month
    if (report.granularity() == Granularity.DAY && report.date().getDayOfMonth() <= EARLY_IN_MONTH) return EventDate.NONE;
    Granularity g = report.granularity().compareTo(Granularity.MONTH) < 0 ? Granularity.MONTH : report.granularity();
    LocalDate month = g == Granularity.MONTH ? report.date().withDayOfMonth(1) : report.date();
    return new EventDate(new DatedValue(month, g, report.source(), round(0.5 * report.confidence()),
        "past-tense news reported on " + report.date() + "; the day is not written"), Basis.REPORT_MONTH, null);
  }

  /**
   * How well an expression dates its sentence's main event: 2 for the date of a leading statement
   * ("said Friday that"), 0 for a plain date, -1 for a date inside what a leading statement reports
   * or of a trailing "..., officials said Monday", and {@link #NOT_THE_EVENT} for bounds, relative
   * clauses and dates that name another event ("the Aug. 7 bombing"), which never date the sentence.
   */
  private static int role(String text, Sentence s, TimeExpression t, LocalDate report, LocalDate reportEnd) {
    String before = TemporalTagger.previousWord(text, t.start());
    if (BOUNDS.contains(before) || boundInClause(text, s.start(), t.start())) return NOT_THE_EVENT;
    if (inRelativeClause(text, s.start(), t.start()) || Quotation.inside(s, t.start())) return NOT_THE_EVENT;
    // "the Aug. 7 bombing", "a March 1 ceasefire", "the proposal of December 2", "last week's explosion":
    // a name for another event
    if (MODIFIED.contains(before) || namesAnotherEvent(text, t, s.end())) return NOT_THE_EVENT;
    // "investigators looking into the crash last month", "after the attack on Tuesday": the date of
    // an event the sentence names on the way, not of what its main clause reports
    if (EVENT_NOUN_BEFORE.matcher(text.substring(Math.max(s.start(), t.start() - 60), t.start())).find()) return NOT_THE_EVENT;
    // a page's time stamp ("8 November 2011 Last updated at 06:28") dates the page, not the event
    if (STAMP_AFTER.matcher(text.substring(t.end(), Math.min(s.end(), t.end() + 40))).find()) return NOT_THE_EVENT;
    // history the report recalls ("In April 1992, the city was ..."), not news of the story
    // (but an item of a chronology, "April 27 _ The Justice Department sues ...", is there to date its event)
    if (report != null && t.date().isBefore(report.minusDays(HISTORY_DAYS)) && !leadsChronologyItem(text, s, t)) return NOT_THE_EVENT;
    // a day after the report told in the past tense is no event the report can know ("At 9:37 pm on
    // 30 Oct, X wrote" in a page dated May: a later comment)
    if (reportEnd != null && t.date().isAfter(reportEnd.plusDays(1))
        && Tense.around(text, s.start(), s.end(), t.start(), t.end()) == Tense.PAST) return NOT_THE_EVENT;
    int verb = reportingVerbBefore(text, s.start(), t.start());
    if (verb >= 0) return leads(text, t.end(), s.end()) ? 2 : NOT_THE_EVENT;
    // inside what a leading statement reports: a past date may be the event the sentence is about,
    // a later one is not ("Golding said he planned to go to Haiti on Thursday": the statement is the news)
    if (!leadingReportingVerb(text, s.start(), t.start())) return 0;
    return NOT_THE_EVENT;
  }

  /** The offset of a reporting verb within three words before {@code pos} ("said on", "told reporters on"), or -1. */
  private static int reportingVerbBefore(String text, int from, int pos) {
    int p = pos;
    for (int k = 0; k < 3; k++) {
      int j = p;
      while (j > from && text.charAt(j - 1) == ' ') j--;
      int i = j;
      while (i > from && Character.isLetter(text.charAt(i - 1))) i--;
      if (i == j) return -1; // punctuation: the expression is not attached to a verb
      String w = text.substring(i, j).toLowerCase(Locale.ROOT);
      if (ReportingVerbs.contains(w) && !w.endsWith("ing") && !w.equals("according")) return i;
      if (k > 0 && !w.equals("on") && !Character.isUpperCase(text.charAt(i)) && !w.equals("reporters")
          && !w.equals("journalists")) return -1;
      p = i;
    }
    return -1;
  }

  /**
   * Whether the statement at {@code verb} is the sentence's main clause: it comes before what it
   * reports ("X said Friday that ..."), rather than after it ("..., officials said Friday").
   */
  private static boolean leads(String text, int afterDate, int sentenceEnd) {
    String after = text.substring(afterDate, sentenceEnd).strip();
    return !after.isEmpty() && Character.isLetter(after.charAt(0)); // what it reports follows, not "," or "."
  }

  /** Whether a reporting verb before {@code pos} is followed by what it reports: "Officials said jets ... on Monday". */
  private static boolean leadingReportingVerb(String text, int sentenceStart, int pos) {
    Matcher m = WORD.matcher(text).region(sentenceStart, pos);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (ReportingVerbs.contains(w) && !w.endsWith("ing") && !w.equals("according") && leads(text, m.end(), pos)) return true;
    }
    return false;
  }

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  /** A preposition, then an event by its noun, right before a date: "into the crash", "after the attack". */
  private static final Pattern EVENT_NOUN_BEFORE = Pattern.compile("\\b(?:into|of|after|before|since|following|about|over|from|"
      + "with|despite|amid|in\\s+the\\s+wake\\s+of)\\s+(?:the|this|that)\\s+(?:[a-z]+\\s+)?(?:crash|attacks?|bombings?|explosions?|blasts?|"
      + "shootings?|killings?|massacre|quake|earthquake|fire|storm|hurricane|typhoon|flood|floods|collapse|accident|"
      + "meeting|talks|summit|election|vote|referendum|ruling|verdict|decision|announcement|arrest|raid|coup|"
      + "visit|speech|hearing|strike|invasion|deal|agreement|ceasefire|truce|resignation|sinking|spill|leak)\\s+(?:on\\s+|in\\s+)?$");

  /** "the Aug. 7 bombing" (a determiner, then the date, then a noun) or "last week's explosion". */
  private static boolean namesAnotherEvent(String text, TimeExpression t, int sentenceEnd) {
    String after = text.substring(t.end(), Math.min(sentenceEnd, t.end() + 30));
    if (after.startsWith("'s") || after.startsWith("’s") || after.startsWith(" 's")) return true;
    if (t.text().endsWith("'s") || t.text().endsWith("’s")) return true; // "Friday's assembly election"
    String lower = t.text().toLowerCase(Locale.ROOT);
    if (!lower.startsWith("the ") && !lower.startsWith("a ")) return false;
    Matcher w = WORD.matcher(after);
    if (!w.find() || w.start() > 1 || !Character.isLowerCase(after.charAt(w.start()))) return false;
    return !NOT_A_NOUN.contains(w.group());
  }

  private static boolean boundInClause(String text, int sentenceStart, int pos) {
    int from = Math.max(sentenceStart, pos - 120);
    return CLAUSE_BOUND.matcher(text.substring(from, pos)).find();
  }

  /**
   * Whether {@code pos} lies in a relative clause ("..., which vetoed it on Saturday,", "the island
   * where Babs landed on Thursday", "a gathering that opens Thursday") up to the next comma, or in
   * brackets.
   */
  private static boolean inRelativeClause(String text, int sentenceStart, int pos) {
    String head = text.substring(sentenceStart, pos);
    if (head.lastIndexOf('(') > head.lastIndexOf(')')) return true;
    Matcher m = RELATIVE_OPENER.matcher(head);
    int last = -1;
    while (m.find()) {
      // "that" opens a relative clause after a noun, a complement after "said", "so", "such"
      if (m.group().toLowerCase(Locale.ROOT).endsWith("that") && !afterNoun(head, m.start())) continue;
      last = m.end();
    }
    return last >= 0 && head.indexOf(',', last) < 0;
  }

  private static boolean afterNoun(String head, int at) {
    String before = TemporalTagger.previousWord(head, at + (head.charAt(at) == ',' ? 1 : 0));
    return !before.isEmpty() && !ReportingVerbs.contains(before) && !NOT_NOUNS_BEFORE_THAT.contains(before);
  }

  private static boolean hasDate(List<TemporalTagger.Anchored> found, Sentence s) {
    for (TemporalTagger.Anchored a : found) {
      TimeExpression t = a.expression();
      if (t.start() >= s.start() && t.end() <= s.end() && t.kind() == TimeExpression.Kind.DATE) return true;
    }
    return false;
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
