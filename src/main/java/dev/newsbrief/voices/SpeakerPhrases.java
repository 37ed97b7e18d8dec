package dev.newsbrief.voices;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Token;
import dev.newsbrief.text.Places;
import dev.newsbrief.text.Stopwords;
import java.util.List;
import java.util.Set;

/**
 * Finds the phrase naming a speaker next to a reporting verb, from capitalisation and word lists
 * ("the Syrian Observatory for Human Rights, a British-based organisation ..., said" → the
 * observatory; "said Ms. Clywd, who chairs" → Ms. Clywd).
 */
final class SpeakerPhrases {
  /** A speaker phrase as token indexes {@code [from, to)} of its sentence. */
  record Phrase(int from, int to) {
    boolean isEmpty() { return to <= from; }
  }

  private static final Set<String> INSIDE = Set.of("the", "a", "an", "of", "for", "another", "'s",
      "its", "his", "her", "their", "one", "two", "three", "other", "some", "several", "many");
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "maj",
      "lt", "col", "capt", "sgt", "st", "jr", "sen", "rep", "gov", "prof", "adm", "rev");
  /** Words that may stand between a speaker and the verb ("Kerry has also said"). */
  static final Set<String> BETWEEN = Set.of("has", "have", "had", "also", "earlier", "later",
      "then", "previously", "repeatedly", "again", "already", "would", "will", "once", "still",
      "separately", "publicly", "further", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "on", "late", "was", "is", "were", "reportedly", "himself",
      "herself", "itself", "themselves", "in", "turn", "last", "week", "today", "yesterday", "now", "recently", "since", "too",
      // "officials and insurers here say"
      "here");
  private static final int MAX_RUN = 12;
  private static final Set<String> NAME_PARTICLES = Set.of("da", "de", "do", "dos", "das", "van", "von", "der", "den",
      "bin", "ibn", "al", "el", "di", "du", "del", "della", "la", "le");
  /** Particles that may open a name written without its given name ("da Silva said"), none of them English words. */
  private static final Set<String> LEADING_PARTICLES = Set.of("da", "de", "dos", "das", "van", "von", "der", "del", "della",
      "di", "du", "bin", "ibn", "al", "el");
  /** Lower-case heads that name people by what they do ("economists", "a builder", "forecasters"). */
  private static final java.util.regex.Pattern PERSON_SUFFIX = java.util.regex.Pattern.compile(
      "\\p{L}{3,}(?:ists?|ians?|ers|ors|men|women|man|woman)");
  /** Words that attach a modifier to a speaker before its verb ("officials in Kabul said", "a diplomat who ..."). */
  private static final Set<String> MODIFIER_OPENERS = Set.of("who", "which", "in", "of", "from", "at", "for", "with",
      "on", "close", "familiar");

  /**
   * "Republicans in both houses said", "A diplomat who interviewed him on Tuesday said": the speaker
   * is the phrase before a post-modifier that runs up to the verb (no comma or quote inside).
   */
  static Phrase beforeModifier(List<Token> tokens, int end) {
    boolean verbBetween = false;
    for (int k = end - 1; k > 0 && end - k <= MAX_RUN; k--) {
      Token t = tokens.get(k);
      String n = t.norm();
      if (!t.isWord() && !t.text().equals("-") && !t.text().equals(".")) break;
      // "… and said": another clause's subject; but "the British and New Zealand embassies" is one phrase
      if (COORDINATING.contains(n) && !(n.equals("and") && k + 1 < end && capitalised(tokens.get(k - 1)) && capitalised(tokens.get(k + 1)))) break;
      boolean relative = n.equals("who") || n.equals("which");
      if (MODIFIER_OPENERS.contains(n) && (relative || !verbBetween)) {
        Phrase p = run(tokens, k);
        if (!p.isEmpty() && isSpeaker(tokens, p) && startsClause(tokens, p.from())
            && !(p.to() - p.from() == 1 && Gazetteer.isPronoun(tokens.get(p.from()).text()))) {
          return p;
        }
      }
      if (!capitalised(t) && (n.endsWith("ed") || n.endsWith("ing"))) verbBetween = true;
    }
    return new Phrase(end, end);
  }

  private static final Set<String> COORDINATING = Set.of("and", "but", "or", "nor");

  /** Whether a phrase starting at token {@code from} can be a subject: it opens the sentence or a clause. */
  private static boolean startsClause(List<Token> tokens, int from) {
    if (from == 0) return true;
    Token before = tokens.get(from - 1);
    return !before.isWord() || COORDINATING.contains(before.norm()) || Set.of("that", "while", "as", "when", "but").contains(before.norm());
  }

  /** The index of the first token of the subject phrase ending just before {@code verb}. */
  static int skipBetween(List<Token> tokens, int verb) {
    int i = verb - 1;
    // "Turkey strongly warned": an adverb in -ly stands between too
    while (i >= 0 && (BETWEEN.contains(tokens.get(i).norm()) || adverb(tokens.get(i)))) i--;
    return i + 1;
  }

  /**
   * The speaker phrase ending before token {@code end} (exclusive), stepping back over
   * appositions between commas ("X, the Y, said").
   */
  static Phrase before(List<Token> tokens, int end) {
    if (end > 0 && Gazetteer.isPronoun(tokens.get(end - 1).text()) && !titled(tokens, end - 1)
        && (end == 1 || !tokens.get(end - 2).isWord() || Stopwords.contains(tokens.get(end - 2).norm())
            || CLAUSE_OPENERS.contains(tokens.get(end - 2).norm()))) {
      return new Phrase(end - 1, end); // "he said", "It said", "although he said"
    }
    if (end > 0 && titled(tokens, end - 1) && Stopwords.contains(tokens.get(end - 1).norm())) {
      // "Ms. He said": a surname that is also a common word
      return new Phrase(tokens.get(end - 2).text().equals(".") ? end - 3 : end - 2, end);
    }
    int stop = end;
    // "Nilton Bonder, a rabbi and the writer of ``The Kabbalah of Money,'' said": the apposition's
    // last words are a quoted title, whose closing mark follows the comma
    int closingComma = end >= 2 && isQuoteMark(tokens.get(end - 1)) && tokens.get(end - 2).text().equals(",") ? end - 2 : -1;
    if (end > 0 && tokens.get(end - 1).text().equals(",") || closingComma >= 0) {
      int comma = closingComma >= 0 ? closingComma : end - 1;
      for (int hops = 0; ; hops++) {
        int prev = comma - 1;
        while (prev >= 0 && !tokens.get(prev).text().equals(",")) prev--;
        boolean describedName = hops == 0 && prev >= 0 && describesNameBefore(tokens, prev) && !isClause(tokens, prev + 1, comma);
        if (hops == 0 && prev >= 0 && isName(tokens, prev + 1, comma) && !describedName) {
          // "A spokesman for the party, Thabo Masebe, said": the name between commas speaks
          return new Phrase(prev + 1, comma);
        }
        if (hops == 0) {
          // "…, said X" or a clause before the verb: no subject here
          if (!(describedName || looksAppositive(tokens, prev + 1, comma, true)) || prev < 0) return new Phrase(end, end);
        } else if (prev < 0 || hops >= 3 || !looksAppositive(tokens, prev + 1, comma, false)) {
          stop = comma;
          break;
        }
        comma = prev;
      }
    }
    return run(tokens, stop);
  }

  private static boolean isQuoteMark(Token t) {
    return Patterns.matches(t.text(), "``|''|[\"“”]");
  }

  private static boolean adverb(Token t) {
    String n = t.norm();
    return !capitalised(t) && n.length() > 4 && n.endsWith("ly") && !Set.of("only", "early", "family", "rally", "ally", "daily", "weekly", "monthly").contains(n);
  }

  /** Whether a title stands before token {@code i} ("Ms. He said": a surname, not a pronoun). */
  static boolean titled(List<Token> tokens, int i) {
    int k = i - 1;
    if (k >= 0 && tokens.get(k).text().equals(".")) k--;
    return k >= 0 && ABBREVIATIONS.contains(tokens.get(k).norm().replace(".", ""));
  }

  /** Whether the phrase opens on "his", "her", "its" or "their": the subject of reported words ("said his government …"), never a speaker after the verb. */
  static boolean possessive(List<Token> tokens, Phrase p) {
    return !p.isEmpty() && Set.of("his", "her", "its", "their").contains(tokens.get(p.from()).norm());
  }

  /**
   * Whether the segment ending at the comma {@code comma} describes a name just before it: in
   * "Raymond Louw, the publisher of a newsletter, Southern Africa Report, says", the description is
   * Louw's and the name after it is the newsletter's.
   */
  private static boolean describesNameBefore(List<Token> tokens, int comma) {
    int prev = comma - 1;
    while (prev >= 0 && !tokens.get(prev).text().equals(",")) prev--;
    if (prev < 0) return false;
    int prev2 = prev - 1;
    while (prev2 >= 0 && !tokens.get(prev2).text().equals(",")) prev2--;
    // the name opens the sentence (not "In Halifax, Nova Scotia, a spokesman for the board, Jim Harris, said")
    return prev2 < 0 && looksAppositive(tokens, prev + 1, comma, false) && isName(tokens, 0, prev);
  }

  /**
   * Whether tokens {@code [from, to)} are a person's name: two to five capitalised words, titles
   * and initials ("Col. Suhartono Suratman", "Trent Lott of Mississippi" up to "of").
   */
  static boolean isName(List<Token> tokens, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.text().equals(".") && i > from) continue;
      if (!t.isWord() || !capitalised(t) || Stopwords.contains(t.norm())) {
        // "Trent Lott of Mississippi": a name, then where the person is from
        if (t.norm().equals("of") && words >= 2) return true;
        return false;
      }
      if (Gazetteer.ORG_WORDS.contains(t.norm()) || Places.country(t.norm()) != null) return false;
      words++;
    }
    return words >= 2 && words <= 5;
  }

  /** The name-like run of tokens ending before {@code stop}. */
  static Phrase run(List<Token> tokens, int stop) {
    int from = stop;
    while (from > 0 && stop - from < MAX_RUN && belongs(tokens, from - 1, stop)) from--;
    while (from < stop && !tokens.get(from).isWord()) from++;
    return new Phrase(from, stop);
  }

  /** The speaker phrase starting at token {@code start} ("said Ms. Clywd, who ..."). */
  static Phrase after(List<Token> tokens, int start) {
    int i = start;
    while (i < tokens.size() && i - start < MAX_RUN) {
      Token t = tokens.get(i);
      String n = t.norm();
      if (t.text().equals(".") && i > start && (ABBREVIATIONS.contains(tokens.get(i - 1).norm())
          || Patterns.matches(tokens.get(i - 1).text(), "\\p{Lu}"))) { i++; continue; } // "Jennifer E. Duffy"
      if (!t.isWord() && !t.text().equals("-") && !t.text().equals("’s") && !t.text().equals("'s")) break;
      if (i > start && Stopwords.contains(n) && !INSIDE.contains(n) && !n.equals("and")) break;
      if (i > start && n.equals("and") && !(i + 1 < tokens.size() && capitalised(tokens.get(i + 1)))) break;
      i++;
    }
    // "said a spokesman for the committee, Mike Russell.": the name the description introduces
    if (i < tokens.size() && tokens.get(i).text().equals(",") && !capitalised(tokens.get(start))) {
      int end = i + 1;
      while (end < tokens.size() && (tokens.get(end).isWord() || tokens.get(end).text().equals("."))
          && !(tokens.get(end).text().equals(".") && end + 1 == tokens.size())) end++;
      if (end > i + 1 && (end == tokens.size() || !tokens.get(end).isWord()) && isName(tokens, i + 1, end)) return new Phrase(i + 1, end);
    }
    return new Phrase(start, i);
  }

  /** Whether the phrase can name a speaker: a pronoun, a capitalised name or a speaker noun. */
  static boolean isSpeaker(List<Token> tokens, Phrase p) {
    if (p.isEmpty()) return false;
    Token last = tokens.get(p.to() - 1);
    if (p.to() - p.from() == 1 && Gazetteer.isPronoun(last.text())) return true;
    if (p.to() - p.from() >= 2 && titled(tokens, p.to() - 1) && capitalised(last)) return true; // "Ms. He"
    if (last.norm().equals("old") && p.to() - p.from() >= 3) return true; // "the 14-year-old"
    if (Gazetteer.SPEAKER_NOUNS.contains(last.norm()) || Gazetteer.GROUP_WORDS.contains(last.norm())) return true;
    // "the airline said", "the company says": an institution by its head word
    if (p.to() - p.from() >= 2 && Gazetteer.ORG_WORDS.contains(last.norm())
        && Set.of("the", "its", "their").contains(tokens.get(p.from()).norm())) return true;
    if (Gazetteer.SPEAKING_NOUNS.contains(last.norm()) || PERSON_SUFFIX.matcher(last.norm()).matches()) return true;
    // "the accused bomber", "a retired engineer": one person by what they do
    if (p.to() - p.from() >= 2 && Set.of("the", "a", "an", "one", "another").contains(tokens.get(p.from()).norm())
        && Gazetteer.PERSON_BY_TRADE.matcher(last.norm()).matches() && !capitalised(last)) return true;
    for (int i = p.from(); i < p.to(); i++) {
      Token t = tokens.get(i);
      if (capitalised(t) && (!Stopwords.contains(t.norm()) || isAcronym(t)) && !BETWEEN.contains(t.norm())) return true;
    }
    return false;
  }

  /** Verbs that only a speaker (a person, a body, a document) does: whoever is their subject speaks. */
  private static final Set<String> ONLY_SPEAKERS_DO = Set.of("said", "says", "say", "told", "tells", "added", "stated",
      "declared", "testified", "replied", "wrote");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "another", "his", "her", "their", "its",
      "two", "three", "four", "several", "many", "some", "other", "both");
  private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "that", "when", "as", "while", "because",
      "although", "though", "after", "before", "then", "so");

  /**
   * Whether the subject of one of the verbs only speakers do ("said", "told") is a determined
   * common noun ("the suspect", "two doctors", "another student"): no list of speaker nouns holds
   * every trade, body and document that speaks, but nothing else is the subject of "said".
   */
  static boolean speaksBy(List<Token> tokens, Phrase p, String verb) {
    if (!ONLY_SPEAKERS_DO.contains(verb) || p.to() - p.from() < 2 || p.to() - p.from() > 4) return false;
    if (!DETERMINERS.contains(tokens.get(p.from()).norm())) return false;
    // the phrase opens a clause ("The suspect told ...", "On Friday, the suspect said"), not an
    // object or a place ("who attended the ceremony said", "huddled in a closet, ..., said X")
    if (p.from() > 0) {
      Token before = tokens.get(p.from() - 1);
      if (before.isWord() && !CLAUSE_OPENERS.contains(before.norm())) return false;
    }
    for (int i = p.from() + 1; i < p.to(); i++) {
      Token t = tokens.get(i);
      if (!t.isWord() || capitalised(t) || Stopwords.contains(t.norm())) return false;
    }
    String head = tokens.get(p.to() - 1).norm();
    return head.length() >= 3 && !head.endsWith("ing") && !head.endsWith("ly") && !dev.newsbrief.text.ReportingVerbs.contains(head)
        && !NOT_VOICES.contains(head);
  }

  /** Subjects of "say" that are a manner of speaking, not a voice: "the odds say that …". */
  private static final Set<String> NOT_VOICES = Set.of("odds", "numbers", "figures", "statistics", "data", "facts",
      "history", "math", "arithmetic", "rules", "law");

  /** "US" is a country, not the pronoun "us". */
  static boolean isAcronym(Token t) {
    return t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
  }

  static boolean capitalised(Token t) {
    return t.isWord() && Character.isUpperCase(t.text().charAt(0));
  }

  private static boolean belongs(List<Token> tokens, int i, int stop) {
    Token t = tokens.get(i);
    String n = t.norm();
    if (t.text().equals(".")) return i > 0 && (ABBREVIATIONS.contains(tokens.get(i - 1).norm())
        || tokens.get(i - 1).text().length() == 1 && capitalised(tokens.get(i - 1)));
    if (t.text().equals("-")) return true;
    if (n.equals("'s")) return true;
    // "Ra'ad": an apostrophe inside a name
    if ((t.text().equals("'") || t.text().equals("’")) && i > 0 && i + 1 < stop
        && tokens.get(i - 1).end() == t.start() && tokens.get(i + 1).start() == t.end()) return true;
    if (!t.isWord()) return false;
    if (Patterns.matches(n, "(?:mon|tues|wednes|thurs|fri|satur|sun)day")) return false; // "On Friday Turkey warned"
    if (n.equals("like") || n.equals("unlike")) return false; // "Like Wang, Hu said": a comparison, not a name
    if (Set.of("earlier", "later", "meanwhile", "now", "also", "then", "still").contains(n)) return false; // "Earlier police said"
    if (Gazetteer.TITLES.contains(n)) return true;
    if (isAcronym(t)) return true;
    if (n.equals("against")) return true;
    if (n.equals("with") && i > 0 && tokens.get(i - 1).norm().equals("familiar")) return true;
    // "U.S.-led", "British-based": a hyphenated participle is a modifier
    if (i > 0 && tokens.get(i - 1).text().equals("-") && tokens.get(i - 1).start() == t.start() - 1) return true;
    // "Blair and Chirac"; "officials and economists"
    if (n.equals("and")) return i > 0 && i + 1 < stop && (capitalised(tokens.get(i - 1)) && capitalised(tokens.get(i + 1))
        || Gazetteer.GROUP_WORDS.contains(tokens.get(i - 1).norm()) && Gazetteer.GROUP_WORDS.contains(tokens.get(i + 1).norm()));
    // "Gilberto da Silva", "Ludwig van Beethoven": a particle between two capitalised words of a name;
    // '…,'' da Silva said': or opening the name after a quotation or comma
    if (NAME_PARTICLES.contains(n)) {
      boolean nameFollows = i + 1 < stop && capitalised(tokens.get(i + 1));
      return nameFollows && (i > 0 && capitalised(tokens.get(i - 1)) || (i == 0 || !tokens.get(i - 1).isWord()) && LEADING_PARTICLES.contains(n));
    }
    if (INSIDE.contains(n)) return true;
    if (Stopwords.contains(n)) return false;
    if (capitalised(t)) return true;
    // a past tense or participle is a verb of the sentence, not part of a name; so is a reporting verb ("Critics said Olof Lind")
    if (dev.newsbrief.text.ReportingVerbs.contains(n)) return false;
    return !(n.endsWith("ed") || n.endsWith("ing")) || n.equals("defence");
  }

  /** Auxiliaries that make a comma-bounded run a clause. */
  private static final Set<String> FINITE = Set.of("had", "has", "have", "is", "was", "were", "are", "will", "would",
      "could", "can", "did", "does", "may", "might", "must", "should");

  /**
   * "…, the facility had approval for 150, said Carlsson", "…, would face action if …, said one
   * official": a run with a finite verb is a clause, not an apposition (but "the man who has led the
   * party" describes).
   */
  private static boolean isClause(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).norm();
      if (Set.of("who", "whom", "whose", "which", "that", "where", "when").contains(w)) return false;
      if (FINITE.contains(w)) return true;
    }
    return false;
  }

  private static boolean looksAppositive(List<Token> tokens, int from, int to, boolean nearVerb) {
    if (from >= to) return false;
    Token first = tokens.get(from);
    if (!first.isWord()) return false; // a quotation's closing mark: what precedes is the quote, not an apposition
    String n = first.norm();
    if (n.equals("who") || n.equals("which")) return true;
    if (isClause(tokens, from, to)) return false;
    boolean determiner = n.equals("a") || n.equals("an") || n.equals("the") || n.equals("another") || n.equals("one");
    if (determiner) {
      if (nearVerb) return true;
      // further back, "the civil defence" may be the subject itself; "the lawyer representing" is a role
      // ("Anna-Lisa Saar, a social worker at Oestra Hospital, where …, said")
      for (int i = from; i < to; i++) {
        String w = tokens.get(i).norm();
        if (Gazetteer.ROLE_HEADS.contains(w) || Gazetteer.PERSON_BY_TRADE.matcher(w).matches() && !capitalised(tokens.get(i))) return true;
      }
      return false;
    }
    if (!capitalised(first)) return true; // "asked by a journalist", "taking part in ..."
    // "Libya's undersecretary of tourism": a role of a named place or body
    if (nearVerb && from + 2 < to && Patterns.matches(tokens.get(from + 1).norm(), "'s|’s") && !capitalised(tokens.get(from + 2))) return true;
    // "R-Texas": a lawmaker's party and state
    if ((to - from == 3 || to - from == 4 && tokens.get(to - 1).text().equals("."))
        && Patterns.matches(first.text(), "[RDI]") && tokens.get(from + 1).text().equals("-")) return true; // "R-Texas", "R-La."
    // "UN high commissioner for human rights", "Unicef's representative in Syria" — but not a
    // name with its title ("Iranian President Hassan Rouhani")
    Token last = tokens.get(to - 1);
    if (capitalised(last) && Places.country(last.norm()) == null) return false;
    for (int i = from; i < to; i++) {
      if (Gazetteer.ROLE_HEADS.contains(tokens.get(i).norm()) || Gazetteer.ORG_WORDS.contains(tokens.get(i).norm())) return true;
    }
    return false;
  }

}
