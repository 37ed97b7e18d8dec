package dev.newsbrief.voices;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import dev.newsbrief.text.Places;
import dev.newsbrief.text.QuoteMarks;
import dev.newsbrief.text.QuoteMarks.Quoted;
import dev.newsbrief.text.Stopwords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The people one report names, and who spoke last: enough to resolve "he said" to the last
 * person who spoke (or was named) and "it said" to the last organisation that spoke.
 */
final class Speakers {
  private static final Set<String> NOT_NAMES = Set.of("new", "york", "islamic", "state", "human",
      "rights", "security", "council", "support", "group", "foreign", "see", "full", "article",
      "read", "more", "video", "advertisement", "share", "source", "news", "world", "latest",
      "north", "south", "east", "west", "eastern", "western", "northern", "southern", "gaza", "strip",
      "bank", "war", "civil", "air", "force", "general", "assembly", "high",
      // a student's year before her name: "Senior Janet Tannreuther said ..."
      "senior", "junior", "freshman", "sophomore");
  private static final Set<String> OPENERS = Set.of("despite", "earlier", "later", "asked",
      "meanwhile", "however", "separately", "speaking", "elsewhere");
  private record Mention(int offset, String name) {}

  /** Prepositions after which a capitalised run is a place ("in Kosovo", "near Santiago"). */
  private static final Set<String> LOCATIVE = Set.of("in", "near", "outside", "across", "throughout", "inside");

  private final Document doc;
  private final Set<String> surnames = new HashSet<>();
  private final Set<String> places = new HashSet<>();
  private final java.util.Map<String, Integer> gender = new java.util.HashMap<>();
  private static final java.util.regex.Pattern VERB_LIKE = java.util.regex.Pattern.compile(
      "\\p{L}+(?:ed|s)|will|would|has|had|is|was|can|could|may|might|must|should|did|does|said|told|made|took|went");
  /** Words written with a capital somewhere other than a sentence's start: names, not openers. */
  private final Set<String> capitalisedInside = new HashSet<>();
  private final List<Mention> mentions = new ArrayList<>();
  /** Per sentence, the person its subject names ("Communist lawmaker Yuri Nikiforenko", "The pope"), or null. */
  private final String[] personSubjects;
  /** Per sentence, the group of people its subject names ("U.S. intelligence officials", "Republicans"), or null. */
  private final String[] groupSubjects;
  /** Per sentence, whether it starts inside a quotation (the speaker's words, which a pronoun looks past). */
  private final boolean[] quotedStarts;
  private String lastPerson;
  private int lastPersonSentence = -100;
  private String lastOther;
  private int lastOtherSentence = -100;

  Speakers(Document doc, List<Quoted> quoted) {
    this.doc = doc;
    for (Sentence s : doc.sentences()) {
      for (int i = 1; i < s.tokens().size(); i++) {
        if (SpeakerPhrases.capitalised(s.tokens().get(i))) capitalisedInside.add(s.tokens().get(i).norm());
      }
    }
    for (Sentence s : doc.sentences()) {
      collectNames(s.tokens());
      collectPlaces(s.tokens());
    }
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (surnames.contains(t.norm()) && SpeakerPhrases.capitalised(t)) mentions.add(new Mention(t.start(), t.text()));
      }
      collectGender(s.tokens());
    }
    personSubjects = new String[doc.sentences().size()];
    quotedStarts = new boolean[personSubjects.length];
    groupSubjects = new String[personSubjects.length];
    Quoted[] quotations = QuoteMarks.quotationsAt(quoted, doc.sentences());
    for (int i = 0; i < personSubjects.length; i++) {
      Sentence s = doc.sentences().get(i);
      // a sentence that starts inside a quotation is the speaker's words, not the report's subject
      quotedStarts[i] = quotations[i] != null;
      personSubjects[i] = quotedStarts[i] ? null : personSubject(s.tokens());
      groupSubjects[i] = quotedStarts[i] ? null : groupSubject(s.tokens());
    }
  }

  /** Records who spoke, for later pronouns. */
  void spoke(String speaker, int sentence) {
    if (speaker == null) return;
    if (isPerson(speaker)) {
      lastPerson = speaker;
      lastPersonSentence = sentence;
    } else {
      lastOther = speaker;
      lastOtherSentence = sentence;
    }
  }

  /** The speaker a phrase stands for: itself, or a pronoun's antecedent; null when unknown. */
  String resolve(String phrase, int sentence) {
    String p = Gazetteer.lower(phrase);
    if (Patterns.matches(p, "(?s)the\\b.*\\b\\d+-year-old")) p = "he"; // "the diminutive 14-year-old" is someone named before
    switch (p) {
      case "he", "she" -> {
        int sign = p.equals("he") ? 1 : -1;
        String centre = centre(sentence, sign);
        if (centre != null) return centre;
        // the last person named, if named in a sentence after the last speaker's: the person
        // just introduced, not the one who spoke before ("X said ... Y lost her house. "…," she said");
        // and never one the report calls by the other gender ("she" is not "Mr. Cardoso")
        int here = doc.sentences().get(sentence).start();
        String named = lastNamedBefore(here, sign);
        boolean namedSince = named != null && lastPerson != null && lastNamedOffset(here, sign) >= sentenceEnd(lastPersonSentence);
        boolean speakerFits = lastPerson != null && genderOf(lastPerson) * sign >= 0;
        String antecedent = speakerFits && sentence - lastPersonSentence <= 4 && !namedSince ? lastPerson : named;
        return antecedent != null && plausible(antecedent) ? antecedent : null;
      }
      case "it" -> {
        return lastOther != null && sentence - lastOtherSentence <= 2 ? lastOther : null;
      }
      case "they" -> {
        // "U.S. intelligence officials declined to provide details … But they said": the group the
        // sentence before is about, else the last group or organisation that spoke
        for (int k = sentence - 1; k >= 0 && k >= sentence - CENTRE_SENTENCES; k--) {
          if (quotedStarts[k]) continue;
          if (k == lastOtherSentence) return lastOther;
          if (groupSubjects[k] != null) return groupSubjects[k];
          if (k == lastPersonSentence || personSubjects[k] != null) break;
        }
        if (lastOther != null && sentence - lastOtherSentence <= 2) return lastOther;
        return null;
      }
      case "we", "i", "you" -> {
        return null;
      }
      default -> {
        return plausible(phrase) ? phrase : null;
      }
    }
  }

  private static final Set<String> MEN = Set.of("man", "spokesman", "chairman", "king", "pope", "pontiff", "father", "husband", "son", "brother");
  private static final Set<String> WOMEN = Set.of("woman", "spokeswoman", "chairwoman", "queen", "mother", "wife", "daughter", "sister");

  /** How far back a pronoun looks for the person the report is about. */
  private static final int CENTRE_SENTENCES = 3;

  /**
   * The person "he" or "she" continues, as a reader takes it: walking back from the sentence before,
   * the first that either holds the last speaker's words or has a person as its subject decides
   * ("Communist lawmaker Yuri Nikiforenko initiated the move … for Ocalan. "…," he said" is
   * Nikiforenko, not Ocalan, the person named last). A sentence whose subject is the same pronoun
   * passes the person on; null when no such sentence is near, or its person is of the other gender.
   */
  private String centre(int sentence, int sign) {
    for (int k = sentence - 1; k >= 0 && k >= sentence - CENTRE_SENTENCES; k--) {
      if (k == lastPersonSentence) return genderOf(lastPerson) * sign >= 0 && plausible(lastPerson) ? lastPerson : null;
      if (quotedStarts[k]) continue;
      String subject = personSubjects[k];
      if (subject != null) return genderOf(subject) * sign >= 0 ? subject : null;
      if (!continuesWithPronoun(doc.sentences().get(k).tokens(), sign)) return null;
    }
    return null;
  }

  /** Whether the sentence opens on "he" (sign 1) or "she" (-1), or on a quotation. */
  private static boolean continuesWithPronoun(List<Token> tokens, int sign) {
    if (tokens.isEmpty()) return false;
    String first = tokens.get(0).norm();
    return first.equals(sign > 0 ? "he" : "she") || !tokens.get(0).isWord();
  }

  /** The sentence's subject when it names a group of people: "officials", "Republicans", "Kurdish rebels". */
  private String groupSubject(List<Token> tokens) {
    String subject = sentenceSubject(tokens);
    if (subject == null) return null;
    String[] words = Patterns.split(subject.trim(), "\\s+");
    String lastWord = words[words.length - 1];
    String last = Gazetteer.lower(lastWord);
    boolean group = Gazetteer.GROUP_WORDS.contains(last)
        || Character.isUpperCase(lastWord.charAt(0)) && Patterns.matches(last, "\\p{L}{4,}(?:ans|ists|ers|ats|ites)")
        || Gazetteer.PEOPLE_BY_TRADE.matcher(last).matches(); // "police officers", "investigators"
    return group && plausible(subject) ? subject : null;
  }

  /** The sentence's subject when it names one person: a known name, or a singular role ("the pope"). */
  private String personSubject(List<Token> tokens) {
    String subject = sentenceSubject(tokens);
    if (subject == null) return null;
    String[] words = Patterns.split(subject.trim(), "\\s+");
    String last = Gazetteer.lower(words[words.length - 1]);
    boolean named = surnames.contains(last) && Character.isUpperCase(words[words.length - 1].charAt(0));
    boolean role = Gazetteer.ROLE_HEADS.contains(last) || last.equals("man") || last.equals("woman");
    if (!(named || role) || Gazetteer.isPronoun(subject) || !isPerson(subject)) return null;
    for (String w : words) if (Gazetteer.lower(w).equals("and")) return null; // two people
    return plausible(subject) ? subject : null;
  }

  /**
   * Whether a phrase found where a speaker stands can be one: not a place the report is set in
   * ("Kosovo", "East Timor"), a nationality cut from its noun ("Serbian" of "Serbian police"), a
   * number, an adverb, or a stray fragment. Capitals and countries stay speakers ("Moscow said").
   */
  boolean plausible(String phrase) {
    String p = Patterns.replaceAll(phrase, "\\s+", " ").trim();
    if (p.isEmpty()) return false;
    String[] words = p.split(" ");
    String lower = Gazetteer.lower(p);
    boolean institution = false;
    for (String w : words) if (Gazetteer.ORG_WORDS.contains(Gazetteer.lower(w)) || Gazetteer.GROUP_WORDS.contains(Gazetteer.lower(w))) institution = true;
    if (Places.COUNTRIES.containsKey(lower) || institution) return true;
    if (words.length == 1) {
      if (p.length() <= 2 || dev.newsbrief.text.NumberWords.written(lower) >= 1) return false;
      // "Serbian", "Chinese": a nationality cut from its noun; but "Slepian" is a name the report gives in full
      if ((lower.endsWith("ly") || Patterns.matches(lower, ".*(?:ian|ese|ish)")) && !surnames.contains(lower)) return false;
    }
    if (Character.isLowerCase(words[0].charAt(0)) && Patterns.matches(Gazetteer.lower(words[0]), ".*(?:ing|ed)")) return false;
    // "Oct", "Friday", "broadcast on Oct": a date where the speaker's name should end
    String lastWord = Gazetteer.lower(words[words.length - 1]).replace(".", "");
    if (Patterns.matches(lastWord, "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec") || isWeekdayOrMonth(lastWord)) return false;
    return !places.contains(Patterns.replaceFirst(lower, "^the ", ""));
  }

  private void collectPlaces(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!LOCATIVE.contains(tokens.get(i).norm())) continue;
      int from = i + 1;
      if (tokens.get(from).norm().equals("the")) from++;
      int to = from;
      while (to < tokens.size() && SpeakerPhrases.capitalised(tokens.get(to)) && tokens.get(to).isWord()) to++;
      if (to == from || (to < tokens.size() && Patterns.matches(tokens.get(to).norm(), "'s|’s"))) continue;
      StringBuilder run = new StringBuilder();
      for (int k = from; k < to; k++) run.append(k > from ? " " : "").append(tokens.get(k).norm());
      places.add(run.toString());
    }
  }

  /** The phrase the sentence opens with, as the subject of a later "and said". */
  String sentenceSubject(List<Token> tokens) {
    int i = 0;
    // skip an opening adverbial ("On Wednesday, ...", "Despite the war of words, ...", "Early Wednesday, ...")
    // ... or an opening participle ("Underscoring the warning, they said", "Attempting to refute …, Clark said")
    boolean participleOpener = !tokens.isEmpty() && Patterns.matches(tokens.get(0).norm(), "\\p{L}{3,}ing") && !surnames.contains(tokens.get(0).norm());
    if (!tokens.isEmpty() && (Stopwords.contains(tokens.get(0).norm()) || OPENERS.contains(tokens.get(0).norm())
        || timeOpener(tokens) || participleOpener)) {
      // a subordinate clause ("While X and Y said …, Kelly is …") may run longer than an adverbial
      boolean subordinate = SUBORDINATORS.contains(tokens.get(0).norm());
      int reach = subordinate ? 30 : 14;
      for (int k = 0; k < tokens.size() && k < reach; k++) {
        if (!tokens.get(k).text().equals(",")) continue;
        i = k + 1;
        // a subordinate clause may hold appositions of its own ("While X and Gregory Clark, president
        // of Loral, said …, Kelly is …"): it ends at its last comma before a capitalised subject
        if (!subordinate) break;
        if (k + 1 < tokens.size() && SpeakerPhrases.capitalised(tokens.get(k + 1)) && lastSubordinateComma(tokens, k, reach)) break;
      }
    }
    int from = i;
    while (i < tokens.size() && i - from < 10) {
      Token t = tokens.get(i);
      String n = t.norm();
      // "Rep. Jennifer Dunn": the period of a title's abbreviation stays inside
      boolean abbreviation = t.text().equals(".") && i > from && Gazetteer.TITLES.contains(tokens.get(i - 1).norm());
      if (!t.isWord() && !t.text().equals("-") && !n.equals("'s") && !abbreviation) break;
      // "Turkey's military-dominated National Security Council": a hyphenated participle modifies
      boolean hyphenated = i > from && tokens.get(i - 1).text().equals("-") && tokens.get(i - 1).end() == t.start();
      if (!SpeakerPhrases.capitalised(t) && !hyphenated && (n.endsWith("ed") || Set.of("has", "have", "had", "is", "are",
          "was", "were", "will", "would", "says", "said").contains(n))) break;
      // "Anna Berg spoke …", "The pope arrives …": a lower-case word after a name or a role is the verb
      if (i > from && !SpeakerPhrases.capitalised(t) && !hyphenated && !Set.of("of", "'s", "for").contains(n)
          && endsPersonPhrase(tokens, i - 1, from) && !endsPersonPhrase(tokens, i, from)) break;
      i++;
    }
    if (i == from) return null;
    String text = doc.article().text().substring(tokens.get(from).start(), tokens.get(i - 1).end());
    return text;
  }

  /** Whether token {@code i} ends a person's full name ("Anna Berg"), a role ("the pope") or a group ("police officers"). */
  private boolean endsPersonPhrase(List<Token> tokens, int i, int from) {
    Token t = tokens.get(i);
    String n = t.norm();
    boolean fullName = surnames.contains(n) && SpeakerPhrases.capitalised(t) && i > from && SpeakerPhrases.capitalised(tokens.get(i - 1));
    return fullName || Gazetteer.ROLE_HEADS.contains(n) || MEN.contains(n) || WOMEN.contains(n)
        || Gazetteer.GROUP_WORDS.contains(n) || Gazetteer.PEOPLE_BY_TRADE.matcher(n).matches();
  }

  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "as", "after", "before",
      "because", "if", "when", "since", "whereas", "unless", "once");

  /** Whether no later comma within reach is followed by a capitalised word. */
  private static boolean lastSubordinateComma(List<Token> tokens, int comma, int reach) {
    for (int k = comma + 1; k < tokens.size() && k < reach; k++) {
      if (tokens.get(k).text().equals(",") && k + 1 < tokens.size() && SpeakerPhrases.capitalised(tokens.get(k + 1))) return false;
    }
    return true;
  }

  /** Whether the sentence opens with a time before its first comma ("Early Wednesday,", "Last March,"). */
  private static boolean timeOpener(List<Token> tokens) {
    for (int k = 0; k < tokens.size() && k < 5; k++) {
      if (tokens.get(k).text().equals(",")) return k > 0;
      if (!isWeekdayOrMonth(tokens.get(k).norm()) && !Set.of("early", "late", "last", "next", "this", "on", "in", "by")
          .contains(tokens.get(k).norm()) && !Patterns.matches(tokens.get(k).norm(), "\\d+(?:st|nd|rd|th)?")) return false;
    }
    return false;
  }

  static boolean isPerson(String speaker) {
    String[] words = Patterns.split(speaker.trim(), "\\s+");
    for (String w : words) if (w.equals("and")) return false; // "Marcus of Panamsat and Gregory Clark" are two
    String last = Patterns.replaceAll(Gazetteer.lower(words[words.length - 1]), "[’']s$", "");
    if (Gazetteer.ORG_WORDS.contains(last) || Gazetteer.GROUP_WORDS.contains(last)) return false;
    if (Places.country(last) != null) return false;
    if (last.endsWith("s") && Places.country(last.substring(0, last.length() - 1)) != null) return false; // "Palestinians"
    if (Gazetteer.ROLE_HEADS.contains(last) || MEN.contains(last) || WOMEN.contains(last)) return true;
    if (!Character.isUpperCase(words[words.length - 1].charAt(0))) return false;
    for (String w : words) {
      if (Gazetteer.ORG_WORDS.contains(Gazetteer.lower(w))) return false;
    }
    return true;
  }

  private int lastNamedOffset(int offset, int sign) {
    int found = -1;
    for (Mention m : mentions) {
      if (m.offset() >= offset) break;
      if (genderOf(m.name()) * sign >= 0) found = m.offset();
    }
    return found;
  }

  private int sentenceEnd(int sentence) {
    return sentence >= 0 && sentence < doc.sentences().size() ? doc.sentences().get(sentence).end() : -1;
  }

  private String lastNamedBefore(int offset, int sign) {
    String found = null;
    for (Mention m : mentions) {
      if (m.offset() >= offset) break;
      if (genderOf(m.name()) * sign >= 0) found = m.name();
    }
    return found;
  }

  /** +1 when the report writes of the person as a man (Mr., he, his), -1 as a woman, 0 unknown. */
  private int genderOf(String name) {
    String[] words = Patterns.split(name.trim(), "\\s+");
    String last = Gazetteer.lower(words[words.length - 1]);
    if (MEN.contains(last)) return 1;
    if (WOMEN.contains(last)) return -1;
    return Integer.signum(gender.getOrDefault(Gazetteer.lower(words[words.length - 1]), 0));
  }

  /** Votes for each surname's gender: titles before it, and the first personal pronoun after it in its sentence. */
  private void collectGender(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String n = tokens.get(i).norm();
      if (!surnames.contains(n) || !SpeakerPhrases.capitalised(tokens.get(i))) continue;
      int vote = 0;
      for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
        String t = tokens.get(k).norm().replace(".", "");
        if (t.equals("mr") || t.equals("sir") || t.equals("king") || t.equals("father")) vote += 3;
        if (t.equals("ms") || t.equals("mrs") || t.equals("miss") || t.equals("queen") || t.equals("lady")) vote -= 3;
      }
      for (int k = i + 1; k < tokens.size(); k++) {
        String t = tokens.get(k).norm();
        if (t.equals("he") || t.equals("his") || t.equals("him")) { vote += 1; break; }
        if (t.equals("she") || t.equals("her") || t.equals("hers")) { vote -= 1; break; }
      }
      if (vote != 0) gender.merge(n, vote, Integer::sum);
    }
  }

  private void collectNames(List<Token> tokens) {
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j < tokens.size() && nameToken(tokens.get(j))) j++;
      // "Mr Cardoso", "Mr. Cardoso" (the period may be a token of its own)
      int before = i > 0 && tokens.get(i - 1).text().equals(".") ? i - 2 : i - 1;
      boolean titled = j - i == 1 && before >= 0 && Gazetteer.TITLES.contains(tokens.get(before).norm().replace(".", ""));
      // "Kerry declined …": a lone capitalised subject opening a sentence
      // ("Heads to the fence" is no name: a name is followed by a verb, or capitalised inside sentences too)
      boolean subject = j - i == 1 && i == 0 && j < tokens.size() && tokens.get(j).isWord()
          && Character.isLowerCase(tokens.get(j).text().charAt(0))
          && (capitalisedInside.contains(tokens.get(i).norm()) || VERB_LIKE.matcher(tokens.get(j).norm()).matches());
      // "International Labor Organization": a run that goes on into an organisation word is no person
      boolean organisation = j < tokens.size() && SpeakerPhrases.capitalised(tokens.get(j))
          && Gazetteer.ORG_WORDS.contains(tokens.get(j).norm());
      if ((j - i >= 2 || titled || subject) && !organisation) {
        surnames.add(tokens.get(j - 1).norm());
      }
      i = Math.max(j, i + 1);
    }
  }

  static boolean nameToken(Token t) {
    String n = t.norm();
    return SpeakerPhrases.capitalised(t) && t.text().length() > 1 && !Stopwords.contains(n)
        && !Gazetteer.TITLES.contains(n) && !Gazetteer.ORG_WORDS.contains(n) && Places.country(n) == null
        && !(n.endsWith("s") && Places.country(n.substring(0, n.length() - 1)) != null) // "Libyans"
        && !Gazetteer.ROLE_HEADS.contains(n) && !NOT_NAMES.contains(n) && !Gazetteer.GROUP_WORDS.contains(n) && !Patterns.matches(n, ".*\\d.*")
        && !isWeekdayOrMonth(n) && !t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
  }

  private static boolean isWeekdayOrMonth(String n) {
    return WEEKDAYS_AND_MONTHS.contains(n);
  }

  private static final Set<String> WEEKDAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december");
}
