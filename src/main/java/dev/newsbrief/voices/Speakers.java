package dev.newsbrief.voices;

import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
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
      "bank", "war", "civil", "air", "force", "general", "assembly", "high");
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
  private String lastPerson;
  private int lastPersonSentence = -100;
  private String lastOther;
  private int lastOtherSentence = -100;

  Speakers(Document doc) {
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
    if (p.matches("the\\b.*\\b\\d+-year-old")) p = "he"; // "the diminutive 14-year-old" is someone named before
    switch (p) {
      case "he", "she" -> {
        // the last person named, if named in a sentence after the last speaker's: the person
        // just introduced, not the one who spoke before ("X said ... Y lost her house. "…," she said");
        // and never one the report calls by the other gender ("she" is not "Mr. Cardoso")
        int sign = p.equals("he") ? 1 : -1;
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

  /**
   * Whether a phrase found where a speaker stands can be one: not a place the report is set in
   * ("Kosovo", "East Timor"), a nationality cut from its noun ("Serbian" of "Serbian police"), a
   * number, an adverb, or a stray fragment. Capitals and countries stay speakers ("Moscow said").
   */
  boolean plausible(String phrase) {
    String p = phrase.replaceAll("\\s+", " ").trim();
    if (p.isEmpty()) return false;
    String[] words = p.split(" ");
    String lower = Gazetteer.lower(p);
    boolean institution = false;
    for (String w : words) if (Gazetteer.ORG_WORDS.contains(Gazetteer.lower(w)) || Gazetteer.GROUP_WORDS.contains(Gazetteer.lower(w))) institution = true;
    if (Gazetteer.PLACES.containsKey(lower) || institution) return true;
    if (words.length == 1) {
      if (p.length() <= 2 || dev.newsbrief.text.NumberWords.written(lower) >= 1) return false;
      if (lower.endsWith("ly") || lower.matches(".*(?:ian|ese|ish)")) return false;
    }
    if (Character.isLowerCase(words[0].charAt(0)) && Gazetteer.lower(words[0]).matches(".*(?:ing|ed)")) return false;
    return !places.contains(lower.replaceFirst("^the ", ""));
  }

  private void collectPlaces(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!LOCATIVE.contains(tokens.get(i).norm())) continue;
      int from = i + 1;
      if (tokens.get(from).norm().equals("the")) from++;
      int to = from;
      while (to < tokens.size() && SpeakerPhrases.capitalised(tokens.get(to)) && tokens.get(to).isWord()) to++;
      if (to == from || (to < tokens.size() && tokens.get(to).norm().matches("'s|’s"))) continue;
      StringBuilder run = new StringBuilder();
      for (int k = from; k < to; k++) run.append(k > from ? " " : "").append(tokens.get(k).norm());
      places.add(run.toString());
    }
  }

  /** The phrase the sentence opens with, as the subject of a later "and said". */
  String sentenceSubject(List<Token> tokens) {
    int i = 0;
    // skip an opening adverbial ("On Wednesday, ...", "Despite the war of words, ...")
    if (!tokens.isEmpty() && (Stopwords.contains(tokens.get(0).norm()) || OPENERS.contains(tokens.get(0).norm()))) {
      for (int k = 0; k < tokens.size() && k < 14; k++) {
        if (tokens.get(k).text().equals(",")) { i = k + 1; break; }
      }
    }
    int from = i;
    while (i < tokens.size() && i - from < 10) {
      Token t = tokens.get(i);
      String n = t.norm();
      if (!t.isWord() && !t.text().equals("-") && !n.equals("'s")) break;
      if (!SpeakerPhrases.capitalised(t) && (n.endsWith("ed") || Set.of("has", "have", "had", "is", "are",
          "was", "were", "will", "would", "says", "said").contains(n))) break;
      i++;
    }
    if (i == from) return null;
    String text = doc.article().text().substring(tokens.get(from).start(), tokens.get(i - 1).end());
    return text;
  }

  static boolean isPerson(String speaker) {
    String[] words = speaker.trim().split("\\s+");
    String last = Gazetteer.lower(words[words.length - 1]).replaceAll("[’']s$", "");
    if (Gazetteer.ORG_WORDS.contains(last) || Gazetteer.GROUP_WORDS.contains(last)) return false;
    if (Gazetteer.country(last) != null) return false;
    if (Gazetteer.ROLE_HEADS.contains(last)) return true;
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
    String[] words = name.trim().split("\\s+");
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
        && !Gazetteer.TITLES.contains(n) && !Gazetteer.ORG_WORDS.contains(n) && Gazetteer.country(n) == null
        && !Gazetteer.ROLE_HEADS.contains(n) && !NOT_NAMES.contains(n) && !Gazetteer.GROUP_WORDS.contains(n) && !n.matches(".*\\d.*")
        && !isWeekdayOrMonth(n) && !t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
  }

  private static boolean isWeekdayOrMonth(String n) {
    return n.matches("(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
        + "|august|september|october|november|december");
  }
}
