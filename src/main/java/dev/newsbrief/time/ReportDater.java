package dev.newsbrief.time;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Span;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.time.Mention.Type;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates the reports of one story. A publication date the input carries is GIVEN; otherwise the date
 * is INFERRED from the text by general rules, and only as precisely as the evidence allows:
 *
 * <ol>
 *   <li>a full date at the top of the text (a dateline) is the report's day;</li>
 *   <li>the year comes from the story's own arithmetic ("five years of civil war" and "the uprising
 *       ... in March 2011" make 2016; pooled over the story's reports), else from the years of the
 *       story's dated reports, else from a weekday written beside a date ("Saturday, October 15");</li>
 *   <li>within that year, the day is the one on which the text's relative words agree: "last Friday"
 *       and "December 2" naming the same day, a past "on Wednesday" being today, the latest past
 *       date mentioned being a few days back ("since Feb. 4" at least two);</li>
 *   <li>without such agreement the value stays at month or year granularity, and without a year the
 *       report stays undated.</li>
 * </ol>
 * Each inferred value carries a confidence and a human-readable {@code evidence} string.
 */
public final class ReportDater {
  private ReportDater() {}

  private static final Set<String> CONFLICT = Set.of(
      "conflict", "war", "uprising", "crisis", "revolution", "insurgency", "fighting", "violence", "siege",
      "occupation", "rebellion", "revolt", "unrest", "standoff");
  private static final Set<String> ORIGIN = Set.of(
      "outbreak", "began", "begun", "start", "started", "erupted", "broke", "beginning", "uprising",
      "revolution", "since");
  private static final Pattern YEARS = Pattern.compile("P(\\d+)Y");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** How many characters of the text's start count as its dateline. */
  private static final int DATELINE = 300;
  /** A weekday and a date name the same day only if written this close (characters). */
  private static final int SAME_EVENT_REACH = 1000;
  /**
   * Mentions a report's date is inferred from: a report tells its day early on, and each day of a
   * year is tried against every mention, so a report of thousands of dates (a pasted transcript, a
   * page of repeated text) would hold its story up for seconds.
   */
  static final int MAX_MENTIONS = 150;
  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s");
  private static final Pattern EARLIER_IN = Pattern.compile("(?i)(?:earlier|later)\\s+in\\s+$");

  /** The time expressions of a report's kept paragraphs, in text order. */
  private static List<Mention> mentions(Document d) {
    return d.memo("time.reportMentions", () -> {
      List<Mention> found = new ArrayList<>();
      for (Span p : d.paragraphs()) found.addAll(TemporalTagger.mentions(d.article().text(), p.start(), p.end()));
      return List.copyOf(found);
    });
  }

  /**
   * One date per report of the story, in the order given. Only the paragraphs cleaning kept are
   * read, so page furniture (other stories' teasers) does not vote.
   */
  public static List<DatedValue> date(List<Document> story) {
    List<Article> articles = new ArrayList<>();
    for (Document d : story) articles.add(d.article());
    // each report's mentions are its own: found in parallel, once per report
    List<List<Mention>> mentions = story.parallelStream().map(ReportDater::mentions).toList();
    StoryYears pooled = storyYears(articles, mentions);
    List<DatedValue> out = new ArrayList<>();
    for (int i = 0; i < story.size(); i++) {
      Article a = articles.get(i);
      out.add(a.published() != null ? DatedValue.given(a.published()) : infer(a.text(), first(mentions.get(i)), pooled));
    }
    return out;
  }

  // ---- years ------------------------------------------------------------------------------------

  /** A candidate year, how much it is believed, and why. */
  private record YearGuess(int year, double confidence, String evidence) {}

  /** Year evidence pooled over the story: age arithmetic across reports, and dated reports' years. */
  private record StoryYears(List<YearGuess> guesses) {}

  private static StoryYears storyYears(List<Article> story, List<List<Mention>> mentions) {
    List<Integer> ages = new ArrayList<>();
    List<Integer> origins = new ArrayList<>();
    Map<Integer, Integer> givenYears = new LinkedHashMap<>();
    for (int i = 0; i < story.size(); i++) {
      ages.addAll(ages(story.get(i).text(), mentions.get(i)));
      origins.addAll(origins(story.get(i).text(), mentions.get(i)));
      if (story.get(i).published() != null) givenYears.merge(story.get(i).published().getYear(), 1, Integer::sum);
    }
    List<YearGuess> guesses = new ArrayList<>();
    YearGuess arithmetic = arithmetic(ages, origins, 0.8, "across the story's reports");
    if (arithmetic != null) guesses.add(arithmetic);
    givenYears.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).forEach(e ->
        guesses.add(new YearGuess(e.getKey(), 0.6, e.getValue() + " dated report(s) of the story are from " + e.getKey())));
    return new StoryYears(guesses);
  }

  /** The most common origin + age, e.g. 2011 + 5 = 2016, or null. */
  private static YearGuess arithmetic(List<Integer> ages, List<Integer> origins, double confidence, String where) {
    Map<Integer, Integer> votes = new LinkedHashMap<>();
    for (int age : ages) for (int origin : origins) votes.merge(origin + age, 1, Integer::sum);
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> {
      int year = e.getKey();
      int age = ages.stream().filter(a -> origins.contains(year - a)).findFirst().orElse(0);
      return new YearGuess(year, confidence, "the conflict began in " + (year - age) + " and is " + age
          + " years old " + where);
    }).orElse(null);
  }

  /** Ages of the story's conflict: "five-year-old conflict", "five years of civil war". */
  private static List<Integer> ages(String text, List<Mention> mentions) {
    List<Integer> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() != Type.DURATION) continue;
      Matcher y = YEARS.matcher(m.fixed());
      if (!y.matches()) continue;
      Matcher w = WORD.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
      for (int k = 0; k < 3 && w.find(); k++) {
        if (CONFLICT.contains(w.group().toLowerCase(Locale.ROOT))) { out.add(Integer.parseInt(y.group(1))); break; }
      }
    }
    return out;
  }

  /** Years in which the story's conflict began: "the outbreak of war in 2011". */
  private static List<Integer> origins(String text, List<Mention> mentions) {
    List<Integer> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() != Type.DATE || m.year() == 0) continue;
      int a = Math.max(0, m.start() - 120), b = Math.min(text.length(), m.end() + 40);
      boolean origin = false, conflict = false;
      Matcher w = WORD.matcher(text).region(a, b);
      while (w.find()) {
        String word = w.group().toLowerCase(Locale.ROOT);
        origin |= ORIGIN.contains(word);
        conflict |= CONFLICT.contains(word);
      }
      if (origin && conflict) out.add(m.year());
    }
    return out;
  }

  // ---- one report -------------------------------------------------------------------------------

  private static List<Mention> first(List<Mention> mentions) {
    return mentions.size() <= MAX_MENTIONS ? mentions : mentions.subList(0, MAX_MENTIONS);
  }

  private static DatedValue infer(String text, List<Mention> mentions, StoryYears story) {
    for (Mention m : mentions) {
      if (m.start() >= DATELINE) break;
      if (m.type() == Type.DATE && m.year() != 0 && m.day() != 0) {
        LocalDate d = m.resolve(null).date();
        return new DatedValue(d, Granularity.DAY, DatedValue.Source.INFERRED, 0.9,
            "dateline '" + m.text() + "'");
      }
    }
    List<YearGuess> years = new ArrayList<>();
    YearGuess own = arithmetic(ages(text, mentions), origins(text, mentions), 0.9, "in this report");
    if (own != null) years.add(own);
    years.addAll(story.guesses());
    years.addAll(weekdayFitYears(mentions));
    int latestMentioned = latestPastYear(text, mentions);
    years.removeIf(y -> y.year() < latestMentioned);
    if (years.isEmpty()) {
      return new DatedValue(null, Granularity.UNKNOWN, DatedValue.Source.NONE, 0,
          latestMentioned > 0 ? "no year evidence; the latest year it mentions is " + latestMentioned : "no date evidence");
    }
    Placement best = null;
    for (YearGuess y : years) {
      Placement p = place(y, text, mentions);
      if (best == null || p.score() > best.score() + 0.5) best = p; // earlier guesses are stronger
    }
    return best.value();
  }

  /** Years a written weekday fits its date ("Saturday, October 15" fits 2016), near the present era. */
  private static List<YearGuess> weekdayFitYears(List<Mention> mentions) {
    List<YearGuess> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() != Type.DATE || m.year() != 0 || m.day() == 0 || m.dow() == 0) continue;
      for (int y = LocalDate.now().getYear(); y >= 1990 && out.size() < 8; y--) {
        if (m.day() <= LocalDate.of(y, m.month(), 1).lengthOfMonth()
            && LocalDate.of(y, m.month(), m.day()).getDayOfWeek().getValue() == m.dow()) {
          out.add(new YearGuess(y, 0.4, "'" + m.text() + "' falls on that weekday in " + y));
        }
      }
    }
    return out;
  }

  /** The latest year written in a sentence that does not look ahead; the report is no earlier. */
  private static int latestPastYear(String text, List<Mention> mentions) {
    int latest = 0;
    for (Mention m : mentions) {
      if (m.type() == Type.DATE && m.year() != 0 && m.year() > latest
          && Tense.around(text, 0, text.length(), m.start(), m.end()) != Tense.FUTURE) latest = m.year();
    }
    return latest;
  }

  private record Placement(double score, DatedValue value) {}

  /** The best day of year {@code y.year()} for the report, and how precisely it can be stated. */
  private static Placement place(YearGuess y, String text, List<Mention> mentions) {
    List<Mention> monthDays = new ArrayList<>(), weekdays = new ArrayList<>(), thisMonth = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() == Type.DATE && m.year() == 0 && m.day() != 0) monthDays.add(m);
      if (m.type() == Type.WEEKDAY) weekdays.add(m);
      // "earlier in February": the report is written in February
      if (m.type() == Type.DATE && m.year() == 0 && m.day() == 0
          && EARLIER_IN.matcher(text.substring(Math.max(0, m.start() - 15), m.start())).find()) thisMonth.add(m);
    }
    // what does not change with the day tried is found once: the cost stays linear in the mentions
    int n = monthDays.size();
    boolean[] sinceOf = new boolean[n], onDayOf = new boolean[n];
    List<List<Mention>> near = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Mention m = monthDays.get(i);
      sinceOf[i] = SINCE.matcher(text.substring(Math.max(0, m.start() - 7), m.end())).find();
      onDayOf[i] = ON_DAY.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find();
      List<Mention> close = new ArrayList<>();
      for (Mention w : weekdays) if (Math.abs(w.start() - m.start()) <= SAME_EVENT_REACH) close.add(w);
      near.add(close);
    }
    LocalDate bestDay = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    List<String> bestWhy = List.of();
    boolean bestAgreed = false;
    for (LocalDate a = LocalDate.of(y.year(), 1, 1); a.getYear() == y.year(); a = a.plusDays(1)) {
      double score = 0;
      List<String> why = new ArrayList<>();
      boolean agreed = false;
      LocalDate latestPast = null;
      for (int i = 0; i < n; i++) {
        Mention m = monthDays.get(i);
        LocalDate d = m.resolve(a).date();
        if (sinceOf[i] && d.isAfter(a.minusDays(2))) { score -= 5; continue; } // "since Feb. 4": a span up to now
        if (m.tense() != Tense.FUTURE && !d.isAfter(a) && (latestPast == null || d.isAfter(latestPast))) latestPast = d;
        // "on Thursday, March 5, ordered": a report cannot tell in the past tense of a day to come
        // (unlike "has proposed a March 1 ceasefire", where the date qualifies a noun)
        if (m.tense() != Tense.FUTURE && d.isAfter(a) && onDayOf[i]) {
          score -= 6;
        }
        if (m.dow() != 0) {
          boolean fits = d.getDayOfWeek().getValue() == m.dow();
          score += fits ? 3 : -3;
          if (fits) { agreed = true; why.add("'" + m.text() + "' is a " + dayName(d)); }
        }
        for (Mention w : near.get(i)) {
          if (w.resolve(a).date().equals(d)) {
            score += 3;
            agreed = true;
            why.add("'" + w.text().trim() + "' and '" + m.text() + "' name the same day");
            break;
          }
        }
      }
      if (latestPast != null) score -= Math.min(3, 0.25 * ChronoUnit.DAYS.between(latestPast, a));
      for (Mention m : thisMonth) {
        if (m.month() == a.getMonthValue()) score += 2;
      }
      // past weekdays name the last few days; reports dwell on today and yesterday, and the lead
      // (the first weekday written) is the news of the day
      long gaps = 0, counted = 0, nearest = Long.MAX_VALUE;
      for (Mention w : weekdays) {
        if (w.tense() == Tense.FUTURE) continue;
        LocalDate d = w.resolve(a).date();
        if (d.isAfter(a)) continue;
        long gap = ChronoUnit.DAYS.between(d, a);
        if (counted == 0) score -= 0.5 * gap;
        gaps += gap;
        counted++;
        nearest = Math.min(nearest, gap);
      }
      if (counted > 0) score -= 0.5 * gaps / counted;
      if (nearest == 0) why.add("its past '" + dayName(a) + "' is the day it reports");
      if (score > bestScore) { bestScore = score; bestDay = a; bestWhy = why; bestAgreed = agreed; }
    }
    String year = "year " + y.year() + ": " + y.evidence();
    String day = String.join("; ", new java.util.LinkedHashSet<>(bestWhy));
    if (bestAgreed) {
      return new Placement(bestScore, inferred(bestDay, Granularity.DAY, 0.8 * y.confidence(), year + "; day: " + day));
    }
    if (!monthDays.isEmpty() && !weekdays.isEmpty()) {
      return new Placement(bestScore, inferred(bestDay, Granularity.DAY, 0.5 * y.confidence(),
          year + "; day: the " + dayName(bestDay) + " nearest after the dates it mentions" + (day.isEmpty() ? "" : "; " + day)));
    }
    if (!monthDays.isEmpty()) {
      return new Placement(bestScore, inferred(bestDay.withDayOfMonth(1), Granularity.MONTH, 0.4 * y.confidence(),
          year + "; month: just after the dates it mentions"));
    }
    return new Placement(bestScore, inferred(LocalDate.of(y.year(), 1, 1), Granularity.YEAR, 0.6 * y.confidence(), year));
  }

  private static DatedValue inferred(LocalDate d, Granularity g, double confidence, String evidence) {
    return new DatedValue(d, g, DatedValue.Source.INFERRED, Math.round(confidence * 100) / 100.0, evidence);
  }

  private static final java.util.regex.Pattern ON_DAY = java.util.regex.Pattern.compile(
      "(?i)\\bon\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?$");

  private static String dayName(LocalDate d) {
    String n = d.getDayOfWeek().toString();
    return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
  }
}
