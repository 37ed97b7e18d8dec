package dev.newsbrief.time;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way a temporal expression leans, guessed from the words around it: "will meet on Saturday"
 * looks ahead, "vetoed on Saturday" looks back. A light heuristic (no parser): the nearest tense
 * marker in the expression's clause wins, else the nearest in its sentence.
 */
enum Tense {
  PAST, FUTURE, UNKNOWN;

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][a-z]+)?|['’]ll\\b");
  /** Clause breaks inside a sentence. */
  private static final String CLAUSE_BREAKS = ",;:()\"“”—–";
  private static final int WINDOW = 300;

  private static final Set<String> FUTURE_WORDS = Set.of(
      "will", "'ll", "’ll", "shall", "wo", "won't", "would", "tomorrow", "next", "upcoming",
      "ahead", "opens", "begins", "starts", "resumes", "convenes", "expires", "meets", "arrives",
      "travels", "visits", "plans", "intends", "forecast", "forecasts", "expected", "opening", "soon");
  private static final Set<String> TIME_NOUNS = Set.of("week", "weeks", "days", "months", "month", "year", "years",
      "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** Words that mean future only when followed by "to": "is due to", "expected to". */
  private static final Set<String> FUTURE_BEFORE_TO = Set.of(
      "due", "expected", "scheduled", "set", "going", "plan", "planned", "planning", "poised", "slated",
      "is", "are", "likely", "hope", "hopes", "hoped", "aim", "aims", "aimed", "want", "wants", "wanted",
      "intended", "ready", "prepare", "prepares", "preparing", "prepared");
  /** Words that mean future before "for": "scheduled for Friday", "set for Monday". */
  private static final Set<String> FUTURE_BEFORE_FOR = Set.of("scheduled", "set", "slated", "planned", "due");
  /** Modals that look ahead only before "be": "it could be Sunday before". */
  private static final Set<String> FUTURE_BEFORE_BE = Set.of("could", "may", "might");
  /** Prepositions that put what follows ahead: "closed through Wednesday", "until 6 May". */
  private static final Set<String> UNTIL = Set.of("until", "till", "through", "thru");
  private static final Set<String> PAST_WORDS = Set.of(
      "was", "were", "had", "did", "said", "told", "met", "held", "took", "came", "went", "made",
      "began", "broke", "fought", "left", "led", "gave", "got", "saw", "found", "thought", "brought",
      "built", "bought", "caught", "chose", "drew", "drove", "fell", "felt", "flew", "grew", "heard",
      "kept", "knew", "lost", "meant", "ran", "rose", "sent", "shot", "sat", "spoke", "spent", "stood",
      "struck", "taught", "threw", "won", "wrote", "sought", "sold", "paid", "fled", "became", "withdrew",
      "overcame", "undertook", "swept", "tore", "ago", "yesterday", "earlier", "previous", "last",
      "wasn't", "weren't", "didn't", "hadn't", "been");
  /** Words after an -ed form that show it is a verb ("vetoed a", "backed away"), not an adjective ("famed resort"). */
  private static final Set<String> AFTER_VERB = Set.of(
      "", "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
      "in", "on", "at", "for", "from", "with", "into", "over", "under", "after", "before", "up", "down", "out",
      "off", "away", "back", "as", "and", "or", "but", "it", "them", "him", "me", "us", "he", "she", "they",
      "we", "no", "some", "any", "all", "more", "about", "around", "last", "earlier", "late", "early",
      "yesterday", "today", "against", "since", "during", "when", "while", "if", "because", "than", "there",
      "what", "who", "which", "how", "why", "through", "across", "near", "toward", "towards", "along", "not",
      "also", "again", "only", "just", "s", "ago", "here", "home", "then", "once");
  private static final Set<String> REPORTING = Set.of("said", "told", "added", "stated", "announced", "reported");
  /** Words ending in -ed that are not past verbs. */
  private static final Set<String> NOT_PAST = Set.of(
      "need", "speed", "seed", "feed", "bed", "red", "shed", "bred", "united", "indeed", "proceed",
      "exceed", "succeed", "hundred", "based", "alleged", "armed", "embed", "breed", "greed", "creed");

  /** The lean of the expression at {@code text[start,end)}, looking no further than {@code [from,to)}. */
  static Tense around(String text, int from, int to, int start, int end) {
    return around(text, from, to, start, end, false);
  }

  /**
   * @param verbFollows the expression modifies a noun whose verb comes after it ("Saturday's talks
   *                    would be"), so markers on the right count more
   */
  static Tense around(String text, int from, int to, int start, int end, boolean verbFollows) {
    int sentStart = sentenceStart(text, Math.max(from, start - WINDOW), start);
    int sentEnd = sentenceEnd(text, end, Math.min(to, end + WINDOW));
    int clauseStart = start, clauseEnd = end;
    while (clauseStart > sentStart && CLAUSE_BREAKS.indexOf(text.charAt(clauseStart - 1)) < 0) clauseStart--;
    while (clauseEnd < sentEnd && CLAUSE_BREAKS.indexOf(text.charAt(clauseEnd)) < 0) clauseEnd++;
    if (UNTIL.contains(TemporalTagger.previousWord(text, start))) return FUTURE;
    Tense inClause = nearest(text, clauseStart, clauseEnd, start, end, verbFollows, clauseEnd);
    if (inClause != UNKNOWN) return inClause;
    // beyond the clause, a trailing "..., officials said" reports the sentence rather than dating it
    int lastBreak = sentEnd;
    while (lastBreak > end && CLAUSE_BREAKS.indexOf(text.charAt(lastBreak - 1)) < 0) lastBreak--;
    Tense inSentence = lastBreak > end ? nearest(text, sentStart, sentEnd, start, end, verbFollows, lastBreak) : UNKNOWN;
    return inSentence != UNKNOWN ? inSentence : nearest(text, sentStart, sentEnd, start, end, verbFollows, sentEnd);
  }

  /** The nearest marker in {@code [from,to)}; reporting verbs at or after {@code reportingFrom} do not count. */
  private static Tense nearest(String text, int from, int to, int start, int end, boolean verbFollows,
                               int reportingFrom) {
    Tense best = UNKNOWN;
    int bestDistance = Integer.MAX_VALUE;
    Matcher m = WORD.matcher(text).region(from, to);
    String previous = "";
    while (m.find()) {
      if (m.start() >= start && m.end() <= end) continue; // the expression itself
      String w = m.group().toLowerCase(java.util.Locale.ROOT);
      Tense t = m.start() >= reportingFrom && REPORTING.contains(w) ? UNKNOWN : classify(w, nextWord(text, m.end(), to));
      // "had planned to spend Wednesday": a plan made before, for days now past
      if (t == FUTURE && previous.equals("had") && FUTURE_BEFORE_TO.contains(w)) t = PAST;
      // "will be buried on Thursday": after "be" an -ed form is a participle; the auxiliary says when
      if (t == PAST && (previous.equals("be") || previous.equals("being")) && !PAST_WORDS.contains(w)) t = UNKNOWN;
      previous = w;
      if (t != UNKNOWN) {
        int distance = m.end() <= start ? (start - m.end()) * (verbFollows ? 10 : 1) : m.start() - end;
        if (distance < bestDistance) { bestDistance = distance; best = t; }
      }
    }
    return best;
  }

  private static Tense classify(String w, String next) {
    if (FUTURE_WORDS.contains(w)) return FUTURE;
    // "the coming week" looks ahead; "oil started coming from the cap" does not
    if (w.equals("coming")) return TIME_NOUNS.contains(next) ? FUTURE : UNKNOWN;
    // "started coming", "kept rising": a past verb before an -ing form
    if (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w) && next.length() > 4 && next.endsWith("ing")) return PAST;
    if (FUTURE_BEFORE_TO.contains(w) && next.equals("to")) return FUTURE;
    if (FUTURE_BEFORE_BE.contains(w) && next.equals("be")) return FUTURE;
    if (FUTURE_BEFORE_FOR.contains(w) && next.equals("for")) return FUTURE;
    if (PAST_WORDS.contains(w)) return PAST;
    // a regular past verb; "-ed by" is a passive participle after a noun, "-ed to" usually future
    if (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w) && AFTER_VERB.contains(next)) return PAST;
    return UNKNOWN;
  }

  /** The next word in lower case; "" before punctuation, a number or a capitalised name. */
  private static String nextWord(String text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) == ' ') i++;
    if (i < to && Character.isUpperCase(text.charAt(i))) return "";
    int j = i;
    while (j < to && Character.isLetter(text.charAt(j))) j++;
    return text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether a word on its own reads as a past-tense verb ("became", "hit"). */
  static boolean isPastVerb(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return PAST_WORDS.contains(w) || w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w);
  }

  private static int sentenceStart(String text, int limit, int pos) {
    for (int i = pos - 1; i > limit; i--) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && endsSentence(text, i))) return i + 1;
    }
    return limit;
  }

  private static int sentenceEnd(String text, int pos, int limit) {
    for (int i = pos; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && endsSentence(text, i))) return i;
    }
    return limit;
  }

  /** A full stop after a lower-case word or digit, followed by space; "Feb." and "U.S." do not end one. */
  private static boolean endsSentence(String text, int i) {
    if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) return false;
    if (text.charAt(i) != '.') return true;
    int j = i - 1;
    while (j >= 0 && text.charAt(j) == ' ') j--; // tokenised text: "killed ."
    if (j < 0) return true;
    char p = text.charAt(j);
    if (Character.isDigit(p) || p == ')' || p == '"' || p == '”') return true;
    if (!Character.isLowerCase(p)) return false;
    int k = j;
    while (k >= 0 && Character.isLetter(text.charAt(k))) k--;
    return j - k > 3 || k < 0 || text.charAt(k) != '.'; // not "a.m."
  }
}
