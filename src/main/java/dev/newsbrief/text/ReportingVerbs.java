package dev.newsbrief.text;

import java.util.Set;

/**
 * Verbs (and "according") that attribute words to a speaker: "said", "told", "denied",
 * "according to". Quote extraction finds speakers with them; summary eligibility uses them to tell
 * whether a quoted sentence names who speaks.
 */
public final class ReportingVerbs {
  private static final Set<String> WORDS = Set.of(
      "said", "says", "say", "told", "tells", "added", "adds", "stated", "announced", "announces",
      "reported", "reports", "claimed", "claims", "denied", "denies", "deny", "confirmed", "confirms",
      "insisted", "insists", "warned", "warns", "argued", "argues", "maintained", "maintains",
      "acknowledged", "acknowledges", "admitted", "admits", "demanded", "demands", "countered", "counters",
      "suggested", "suggests", "refuted", "refutes", "rejected", "rejects", "noted", "notes", "explained",
      "explains", "declared", "declares", "replied", "replies", "quoted", "described", "condemned", "adding",
      "saying", "according", "countering", "insisting", "warning", "claiming", "arguing", "noting",
      "appealed", "urged", "asserted", "asserts", "alleged", "alleges", "estimated", "predicted", "stressed",
      "emphasised", "emphasized", "wrote", "writes", "tweeted", "conceded", "concedes", "tell", "asked",
      "responded", "continued", "testified", "vowed", "promised", "recalled", "pledged", "cautioned",
      "complained", "contended", "asserting", "retorted", "recounted",
      // -ing forms labelled quotes showed missing
      "announcing", "denying", "acknowledging", "admitting", "alleging", "stating", "predicting", "reporting",
      "confirming", "explaining", "disclosing", "revealing", "assuring");
  /**
   * Speech, disclosure, argument and findings verbs that report only a clause, never an object
   * ("indicated that …", not "indicated a route"), added as labelled and unseen reports showed them
   * missing: the plural present ("officials stress they …", "polls indicate that"), remarking and
   * swearing. Quote extraction asks for their clause ({@link #needsClause}).
   */
  private static final Set<String> CLAUSE_ONLY = Set.of(
      "predict", "predicts", "project", "projects", "indicated", "indicates", "assured", "assures", "disclosed",
      "discloses", "revealed", "reveals", "concluded", "concludes", "contend", "contends", "maintain",
      "stress", "note", "argue", "insist", "warn", "claim", "acknowledge", "admit", "suggest", "estimate",
      "concede", "explain", "indicate", "assert", "allege", "suggesting", "stressing", "estimates",
      "observed", "observes", "remarked", "remarks", "commented", "comments", "speculated", "speculates",
      "swore", "sworn", "recalls", "recall");

  private ReportingVerbs() {}

  /**
   * Whether a word is the -ing form of a reporting verb (", adding that ...", ", denying that ..."):
   * it reports for the speaker of the sentence it follows.
   */
  public static boolean isParticiple(String norm) {
    return contains(norm) && norm.endsWith("ing") && !norm.equals("according");
  }

  private static final java.util.Map<String, String> NOUN_VERBS = java.util.Map.of("quoted", "said", "claim", "claimed",
      "claims", "claimed", "allegation", "alleged", "allegations", "alleged", "assertion", "asserted");
  private static final java.util.Map<String, String> PAST = java.util.Map.of("saying", "said", "stating", "stated",
      "noting", "noted", "arguing", "argued", "alleging", "alleged", "disclosing", "disclosed", "announcing", "announced",
      "assuring", "assured", "denying", "denied");

  /**
   * The verb as a briefing shows it before the words: an -ing form of the text ("…, insisting he
   * needed …") in the past tense ("insisted"), any other form as written.
   */
  public static String shown(String verb) {
    if (verb == null) return null;
    // "NTV quoted him as saying …" is shown under the person quoted: what they did was say it;
    // "a Turkish claim that …" is what Turkey claimed
    String noun = NOUN_VERBS.get(verb);
    if (noun != null) return noun;
    if (!verb.endsWith("ing") || !contains(verb) || verb.equals("according")) return verb;
    return PAST.getOrDefault(verb, verb.substring(0, verb.length() - 3) + "ed");
  }

  /** Whether a lower-cased word attributes speech. */
  public static boolean contains(String norm) {
    return WORDS.contains(norm) || CLAUSE_ONLY.contains(norm);
  }

  /** Whether the verb reports speech only with a clause after it, never with an object ({@link #CLAUSE_ONLY}). */
  public static boolean needsClause(String norm) {
    return CLAUSE_ONLY.contains(norm);
  }
}
