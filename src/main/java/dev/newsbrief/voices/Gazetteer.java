package dev.newsbrief.voices;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small hand-built word lists for telling people, organisations and roles apart without a
 * trained (and GPL-licensed) named-entity model.
 */
final class Gazetteer {
  /** Honorifics and titles that precede a name and are not part of it. */
  static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame",
      "lord", "lady", "gen", "maj", "lt", "col", "capt", "sgt", "adm", "gov", "sen", "rep", "rev",
      "president", "premier", "chancellor", "king", "queen", "prince", "princess", "pope", "cardinal",
      "judge", "justice", "envoy", "ambassador", "minister", "secretary", "senator", "governor",
      "general", "colonel", "captain", "sheikh", "ayatollah", "imam", "bishop", "archbishop", "father",
      "mayor", "spokesman", "spokeswoman", "commander", "ceo", "chairman", "director", "leader",
      "prosecutor", "diver", "writer", "coach", "candidate");
  /** Head words of roles ("foreign minister", "secretary of state", "high commissioner"). */
  static final Set<String> ROLE_HEADS = Set.of("minister", "secretary", "president", "premier",
      "chancellor", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "commissioner",
      "representative", "leader", "chief", "executive", "official", "commander", "general", "director",
      "chairman", "chairwoman", "head", "mayor", "governor", "senator", "lawyer", "prosecutor",
      "activist", "member", "king", "queen", "pope", "pontiff", "monarch", "emir", "diplomat",
      "negotiator", "adviser", "advisor", "aide", "ceo", "coordinator", "administrator", "founder",
      "analyst", "professor", "doctor", "correspondent", "editor", "judge", "colonel", "officer");
  /** Nouns that make a phrase an organisation or a group rather than a person. */
  static final Set<String> ORG_WORDS = Set.of("ministry", "department", "office", "observatory",
      "army", "military", "government", "governments", "council", "committee", "agency", "union",
      "organisation", "organization", "group", "media", "kremlin", "pentagon", "police", "forces",
      "force", "navy", "party", "company", "bank", "court", "tribunal", "commission", "institute",
      "monitor", "defence", "defense", "un", "nato", "unicef", "who", "coalition", "administration",
      "cabinet", "parliament", "congress", "senate", "embassy", "mission", "service", "services",
      "network", "center", "centre", "foundation", "association", "federation", "side", "statement",
      "news", "newspaper", "xinhua", "television", "radio", "secretariat", "authorities", "state",
      "helmets", "house", "nations", "corp", "inc", "ltd", "airline", "swissair");
  /** Nouns for unnamed groups of people ("officials said", "rebels said"). */
  static final Set<String> GROUP_WORDS = Set.of("officials", "diplomats", "sources", "rebels",
      "activists", "witnesses", "residents", "doctors", "advocates", "investigators", "analysts",
      "experts", "observers", "critics", "protesters", "soldiers", "troops", "police", "medics",
      "lawmakers", "leaders", "ministers", "authorities", "militants", "fighters", "workers",
      "survivors", "relatives", "villagers", "opposition", "people", "aides", "advisers", "generals",
      "economists", "prosecutors", "scientists", "republicans", "democrats", "executives");
  /** Nouns a speaker phrase may end with when it has no capitalised name. */
  static final Set<String> SPEAKER_NOUNS = Set.of("official", "officials", "spokesman",
      "spokeswoman", "spokesperson", "source", "sources", "monitor", "group", "army", "military",
      "ministry", "observatory", "rebels", "activist", "activists", "diplomat", "diplomats",
      "witness", "witnesses", "police", "government", "governments", "media", "statement", "office",
      "commander", "residents", "resident", "doctor", "doctors", "advocates", "investigators",
      "agency", "council", "committee", "union", "worker", "workers", "envoy", "minister",
      "ministers", "president", "leader", "leaders", "executive", "secretary", "commissioner",
      "representative", "report", "reports", "analysts", "analyst", "experts", "expert", "side",
      "authorities", "secretariat", "tribunal", "coalition", "cabinet", "lawyer", "prosecutor",
      "pontiff", "pope", "newspaper", "officer", "aide", "negotiator", "ambassador",
      "chief", "director", "mayor", "governor", "kremlin", "pentagon", "defence", "survivors",
      "fighters", "militants", "campaigners", "organisers", "organizers", "scientists", "researchers");
  /** Lower-case nouns that speak in news: people by kind, and writings that say things. */
  static final Set<String> SPEAKING_NOUNS = Set.of("man", "woman", "men", "women", "others", "some", "whites", "blacks",
      "study", "studies", "report", "survey", "surveys", "poll", "polls", "data", "statement", "documents",
      "document", "newspaper", "magazine", "website", "broadcaster", "station", "paper", "journal", "indictment",
      "warrant", "complaint", "lawsuit", "text", "letter", "ruling", "verdict", "agreement", "communique",
      "relatives", "neighbours", "neighbors", "neighbor", "neighbour", "colleagues", "friends", "family",
      "owner", "owners", "victims", "passengers", "parents", "students", "teachers", "economists", "scientists");

  /** A lower-case noun for one person by what they do ("worker", "director", "activist", "physician"). */
  static final java.util.regex.Pattern PERSON_BY_TRADE = java.util.regex.Pattern.compile(
      "\\p{L}{3,}(?:[^d]er|or|ist|ian|man|woman)");
  /** People named by what they do, in the plural: "officers", "investigators", "economists", "firemen". */
  static final java.util.regex.Pattern PEOPLE_BY_TRADE = java.util.regex.Pattern.compile(
      "\\p{L}{3,}(?:ists|ians|ers|ors|men|women)");

  /** Organisations that go by several names. */
  static final Map<String, String> ORG_ALIASES = Map.of(
      "un", "United Nations", "u.n.", "United Nations", "the un", "United Nations",
      "the united nations", "United Nations", "united nations", "United Nations",
      "the state department", "State Department", "state department", "State Department");

  private Gazetteer() {}

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean isPronoun(String w) {
    return switch (lower(w)) {
      case "he", "she", "they", "it", "we", "i", "you" -> true;
      default -> false;
    };
  }
}
