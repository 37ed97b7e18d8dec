package dev.newsbrief.voices;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Quote;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import dev.newsbrief.text.Places;
import dev.newsbrief.text.QuoteMarks;
import dev.newsbrief.text.QuoteMarks.Quoted;
import dev.newsbrief.text.ReportingVerbs;
import dev.newsbrief.text.Stopwords;
import dev.newsbrief.voices.SpeakerPhrases.Phrase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said what in one report: direct quotes in any quote-mark style (attributed by
 * {@code "...," X said}, {@code said X}, {@code X said: "..."}, or carried over from the previous
 * quote of the paragraph), and indirect speech ({@code X said (that) ...}, {@code ..., X said},
 * {@code according to X}, {@code X denies ...}). Pronoun speakers are resolved to the last person
 * who spoke or was named. Rules over tokens only: fast enough for every report of a cluster.
 */
public final class QuoteExtractor {
  
  /** Verbs that take the person told before the clause ("assured workers that ..."). */
  private static final Set<String> OBJECT_THEN_CLAUSE = Set.of("assured", "assures", "informed", "informs",
      "reminded", "reminds", "promised", "promises", "warned", "warns", "convinced", "persuaded");
  /** Verbs whose object is the claim itself ("Moscow denies involvement"). */
  private static final Set<String> NOUN_OBJECT = Set.of("denied", "denies", "deny", "refuted",
      "refutes", "rejected", "rejects", "reported", "reports", "confirmed", "confirms");
  /** Verbs that attribute a quoted word but do not introduce reported speech. */
  private static final Set<String> QUOTE_ONLY = Set.of("described", "condemned", "quoted", "agreed",
      "appealed", "urged");
  /** Claim-like objects that make "rejected X" / "refuted X" reported speech. */
  private static final Pattern CLAIM_OBJECT = Pattern.compile(
      "(?i)^[^,.;]{0,40}?\\b(?:claims?|allegations?|accusations?|charges?|reports?)\\b");
  private static final Set<String> NEEDS_CLAIM_OBJECT = Set.of("rejected", "rejects", "refuted", "refutes");
  /** Nouns that carry a claim and its owner: "a Pentagon claim that ...". */
  private static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "allegation", "allegations", "assertion");
  /** Verbs that report speech only with a that-clause, never with a bare clause or a noun. */
  private static final Set<String> THAT_ONLY = Set.of("stressed", "emphasised", "emphasized",
      "estimated", "predicted", "demanded", "demands", "suggested", "suggests", "countered", "counters",
      "warned", "warns", "argued", "argues", "noted", "notes", "explained", "explains", "admitted", "admits",
      "acknowledged", "acknowledges", "insisted", "insists", "maintained", "maintains", "declared",
      "declares", "alleged", "alleges", "conceded", "concedes", "announced", "announces", "countering", "insisting",
      "warning", "claiming", "arguing", "noting"); // and ReportingVerbs.needsClause
  private static final Pattern PRONOUN_CLAUSE = Pattern.compile("^(?:he|she|it|they|we|i|there)\\b");
  /** "said earlier, as he walked into a hotel, that ...": a parenthesis between verb and clause. */
  private static final Pattern PARENTHESIS_THAT = Pattern.compile("^\\s*,[^,]{1,100},\\s*that\\b\\s*,?");
  /** Subjects that open a reported clause at once: "warned they could …". */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
  /** Words that open a relative clause after a comma: "Moscow, which denies …", "X, who tracks …,". */
  private static final Set<String> RELATIVES = Set.of("which", "who");
  /** Verbs whose object is a claim when it holds a figure: "estimates damage at $1.5 million", "predicted growth of 2.5 percent". */
  private static final Set<String> FIGURE_OBJECT_VERBS = Set.of("estimate", "estimates", "estimated", "predicted",
      "predicts", "predict", "projected", "projects", "project");
  /** The figure such an object gives, before the clause ends: "at $60,000", "as large as 400", "of around 2.5 percent". */
  private static final Pattern FIGURE_OBJECT = Pattern.compile(
      "^[^,;:.]{0,60}?\\b(?:at|as\\s+(?:large|high|many|much|low|few)\\s+as|of(?:\\s+(?:about|around|nearly|some))?|to\\s+be)\\s+"
          + "(?:about\\s+|around\\s+|nearly\\s+|some\\s+|more\\s+than\\s+)?(?:\\$|us\\$|dlrs\\s+)?\\d");

  /**
   * Verbs that attribute a claim only as a parenthesis ("When Netscape refused, the government
   * further charges, Microsoft decided …"); elsewhere they have other senses.
   */
  private static final Set<String> PARENTHESIS_VERBS = Set.of("charges", "charge");
  private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "being", "is", "are");
  private static final Pattern TIME_AFTER_VERB = Pattern.compile(
      "^(?:\\s*,)?\\s*(?:(?:on\\s+|late\\s+|early\\s+|earlier\\s+(?:on\\s+)?|last\\s+)?"
          + "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!['’]s)(?:\\s+(?:night|morning|evening|afternoon))?"
          + "|earlier(?:\\s+this\\s+week)?|later|last\\s+week|yesterday|today|also|again|publicly|"
          // a wire's "said here today that"
          + "here|"
          + "in\\s+an?\\s+(?:statement|interview)(?:\\s+(?:published|with|on|to)\\b[^,.;“\"`]{0,60})?|"
          + "on\\s+Twitter|in\\s+(?:Geneva|Brussels|Moscow|Washington|London|Paris|Beirut|Hamburg)|"
          + "late|earlier\\s+on|"
          // "announced Nov. 10 that"
          + "(?:on\\s+)?(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{1,2}|(?:on\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2})\\b"
          // "said last week's bomb …": a possessive time is the clause's subject, not the saying's time
          + "(?!['’]s)");
  private static final Pattern THAT_AFTER = Pattern.compile("^\\s*,?\\s*that\\b\\s*,?");

  /** A reporting verb with its speaker and, for indirect speech, what was reported. */
  private record Attribution(int sentence, int verbToken, int verbStart, String verb,
                             String speaker, int speakerStart, int speakerEnd,
                             int contentStart, int contentEnd, boolean reportsSpeech) {}

  private QuoteExtractor() {}

  /** How a quote's speaker was found: the evidence {@link SpeakerConfidence} weighs. */
  public enum Way {
    /** "…," X said: the attribution next to the quote. */ ADJACENT,
    /** a quoted fragment inside reported speech. */ FRAGMENT,
    /** the next quote of the same speaker's paragraph. */ CARRIED,
    /** a quote opening a paragraph, in the voice of the paragraph before. */ PARAGRAPH,
    /** X said (that) …: the subject before the verb. */ SUBJECT,
    /** …, said X: the speaker after the verb. */ AFTER_VERB,
    /** according to X. */ ACCORDING_TO,
    /** …, adding that …: the speaker of the sentence. */ INHERITED
  }

  /**
   * A quote as found, before its speaker is weighed: how the speaker was found and where the
   * phrase naming them stands (equal offsets when no phrase of this sentence names them).
   */
  public record Found(Quote quote, Way way, int speakerStart, int speakerEnd) {}

  /**
   * All direct and indirect quotes of the document, in text order; a quote whose speaker is not
   * named with confidence enough ({@link SpeakerConfidence}) is unattributed.
   */
  public static List<Quote> extract(Document doc) {
    return SpeakerConfidence.DEFAULT.apply(find(doc), doc);
  }

  /**
   * The sentences that continue a quotation opened before them ("… We're involved in a war. There
   * are 4,000 babies a day being killed. …''"), each with the direct quote it belongs to when that
   * quote's speaker is known; one without a known speaker maps to null. Shown alone such a sentence
   * reads as the report's own statement, so it needs its speaker beside it.
   *
   * @param quotes the document's quotes ({@link #extract})
   */
  public static Map<Integer, Quote> continuedQuotations(Document doc, List<Quote> quotes) {
    boolean[] continued = QuoteMarks.continuedQuotations(doc);
    Map<Integer, Quote> out = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      if (!continued[s.index()]) continue;
      Quote owner = null;
      for (Quote q : quotes) {
        if (q.direct() && q.attributed() && q.start() <= s.start() + 1 && s.start() < q.end()) { owner = q; break; }
      }
      out.put(s.index(), owner);
    }
    return out;
  }

  /** Every quote with the evidence for its speaker, before the confidence model decides. */
  public static List<Found> find(Document doc) {
    String text = doc.article().text();
    List<Quoted> quoted = QuoteMarks.find(text, doc.paragraphs());
    Speakers speakers = new Speakers(doc, quoted);
    List<Attribution> attributions = new ArrayList<>();
    for (Sentence s : doc.sentences()) attributions.addAll(attributions(s, text, quoted, speakers));
    List<Found> out = new ArrayList<>();
    Quoted previous = null;
    String previousSpeaker = null;
    int[] previousPhrase = null;
    for (Quoted q : quoted) {
      Attribution a = attributionOf(q, attributions, text);
      String speaker = a != null ? a.speaker() : null;
      String verb = a != null ? a.verb() : "said";
      Way way = a == null ? null : a.contentStart() >= 0 && a.contentStart() <= q.outerStart() && q.outerStart() < a.contentEnd() + 2
          ? Way.FRAGMENT : Way.ADJACENT;
      int[] phrase = a == null ? null : new int[] {a.speakerStart(), a.speakerEnd()};
      if (speaker == null && previous != null && previousSpeaker != null && sameOrNextParagraph(doc, previous, q)) {
        // "…," X said. "More words." — the next quote of the paragraph is the same speaker's
        speaker = previousSpeaker;
        way = Way.CARRIED;
        phrase = previousPhrase;
      }
      if (speaker == null && q.startsParagraph() && (wordCount(text, q) >= 6 || endsSentence(text, q))) {
        // a quote opening a paragraph continues the voice of the paragraph before
        Attribution last = lastInParagraph(doc, attributions, paragraphOf(doc, q.start()) - 1);
        if (last != null) {
          speaker = last.speaker();
          way = Way.PARAGRAPH;
          phrase = new int[] {last.speakerStart(), last.speakerEnd()};
        }
      }
      if (speaker == null && a == null) continue;
      if (a == null && !q.startsParagraph() && wordCount(text, q) < 4) continue;
      if (phrase == null) phrase = new int[] {q.start(), q.start()};
      out.add(new Found(new Quote(speaker, null, verb, clean(text.substring(q.start(), q.end())), true, doc.id(),
          q.start(), q.end()), way, phrase[0], phrase[1]));
      previous = q;
      previousSpeaker = speaker;
      previousPhrase = phrase;
    }
    for (Attribution a : attributions) {
      if (!a.reportsSpeech() || a.contentEnd() <= a.contentStart()) continue;
      if (mostlyQuoted(a, quoted)) continue;
      Way way = a.verb().equals("according to") ? Way.ACCORDING_TO : a.speakerStart() == a.speakerEnd() ? Way.INHERITED
          : a.speakerStart() > a.verbStart() ? Way.AFTER_VERB : Way.SUBJECT;
      out.add(new Found(new Quote(a.speaker(), null, a.verb(), clean(text.substring(a.contentStart(), a.contentEnd())),
          false, doc.id(), a.contentStart(), a.contentEnd()), way, a.speakerStart(), a.speakerEnd()));
    }
    out.sort(Comparator.comparingInt(f -> f.quote().start()));
    return out;
  }

  private static List<Attribution> attributions(Sentence s, String text, List<Quoted> quoted, Speakers speakers) {
    List<Token> tokens = s.tokens();
    List<Attribution> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String n = t.norm();
      if (CLAIM_NOUNS.contains(n) && !insideQuote(t.start(), quoted)) {
        Attribution a = claimNoun(s, text, i);
        if (a != null) {
          out.add(a);
          continue;
        }
        // "The lawsuit claims the companies should have known": the verb, not the noun
        if (!n.equals("claims")) continue;
      }
      boolean parenthesisVerb = PARENTHESIS_VERBS.contains(n) && i + 1 < tokens.size() && tokens.get(i + 1).text().equals(",");
      if (!(ReportingVerbs.contains(n) || frameThat(tokens, i) >= 0 || parenthesisVerb) || insideQuote(t.start(), quoted)) continue;
      // "an estimated 400 people", "the alleged killer": after an article the participle is an adjective
      if (n.endsWith("ed") && i > 0 && Set.of("a", "an", "the").contains(tokens.get(i - 1).norm())) continue;
      // "prosecutors have not said how …", "declined to say whether …": words not said are no quote
      if (negated(tokens, i)) continue;
      // "Mustafa Mahmoud Said Ahmed": a capitalised "Said" inside a sentence is a name
      if (i > 0 && Character.isUpperCase(t.text().charAt(0)) && tokens.get(i - 1).isWord()
          && Character.isUpperCase(tokens.get(i - 1).text().charAt(0))) continue;
      boolean accordingTo = n.equals("according");
      if (accordingTo && !(i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("to"))) continue;
      if (!accordingTo && i > 0 && PASSIVE.contains(tokens.get(i - 1).norm()) && !n.equals("quoted")) continue;
      if (n.equals("saying") && i > 0 && tokens.get(i - 1).norm().equals("as")) continue;
      // "Underscoring the warning, …": after a determiner an -ing form is a noun
      if (n.endsWith("ing") && i > 0 && Set.of("the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "any", "no")
          .contains(tokens.get(i - 1).norm())) continue;
      // "a commentary asserting that ...": a participle after its noun reports for that noun (below);
      // after a comma (", adding that ...") it reports for the sentence's speaker
      Attribution a = accordingTo ? accordingTo(s, text, i, quoted, speakers)
          : verbAttribution(s, text, i, quoted, out, speakers);
      if (a != null) {
        // "said Leon Wascinski, head of the mission, according to Interfax": the agency passes the
        // words on; the person who said them is the one a later "he" means
        boolean passedOn = accordingTo && !out.isEmpty();
        out.add(a);
        if (!passedOn) speakers.spoke(a.speaker(), s.index());
      }
    }
    // a clause reported by one verb ends where the next attribution of the sentence begins
    for (int k = 0; k + 1 < out.size(); k++) {
      Attribution a = out.get(k), b = out.get(k + 1);
      int limit = Math.min(b.speakerStart(), b.verbStart());
      if (a.contentStart() < limit && a.contentEnd() > limit) {
        // "If Netscape rejected the deal, Barksdale testified, the Microsoft team told …": a clause
        // around a parenthesis that another frame takes over ends before the parenthesis
        // (but "…, a relative said, he pointed at his heart and replied: …" said the first clause's words too)
        int own = Math.min(a.speakerStart(), a.verbStart());
        int ownEnd = Math.max(a.speakerEnd(), a.verbStart() + a.verb().length());
        if (a.contentStart() < own && own < limit && ownEnd <= limit && words(text, ownEnd, limit) == 0) limit = own;
        out.set(k, withContent(a, a.contentStart(), trimEnd(text, a.contentStart(), limit)));
      }
    }
    return out;
  }

  private static Attribution verbAttribution(Sentence s, String text, int v, List<Quoted> quoted,
                                             List<Attribution> earlier, Speakers speakers) {
    List<Token> tokens = s.tokens();
    Token verb = tokens.get(v);
    String n = verb.norm();
    int subjectEnd = SpeakerPhrases.skipBetween(tokens, v);
    Phrase subject = SpeakerPhrases.before(tokens, subjectEnd);
    if (n.equals("quoted")) {
      // "Mordechai's office quoted him Sunday as saying"; "Katz was quoted as saying"
      int end = subjectEnd;
      while (end > 0 && SpeakerPhrases.BETWEEN.contains(tokens.get(end - 1).norm())) end--;
      subject = SpeakerPhrases.before(tokens, end);
    }
    // "Federal prosecutors in Manhattan said": the place is where the speakers are, not who speaks
    boolean placed = !subject.isEmpty() && subject.from() > 0 && Set.of("in", "from", "at", "near", "outside")
        .contains(tokens.get(subject.from() - 1).norm());
    if ((placed || !SpeakerPhrases.isSpeaker(tokens, subject)) && subjectEnd > 0 && !tokens.get(subjectEnd - 1).text().equals(",")) {
      Phrase modified = SpeakerPhrases.beforeModifier(tokens, subjectEnd);
      if (!modified.isEmpty()) subject = modified;
    }
    if (!subject.isEmpty() && subject.from() >= 2 && tokens.get(subject.from() - 1).norm().equals("and")) {
      // "officials and insurers here say": both speak
      Phrase first = SpeakerPhrases.run(tokens, subject.from() - 1);
      boolean opensClause = !first.isEmpty() && (first.from() == 0 || !tokens.get(first.from() - 1).isWord());
      boolean simple = true; // "opposition from Senate Democrats who said": a noun with its complement is no speaker pair
      for (int k = subject.from(); k < subject.to(); k++) simple &= !Stopwords.contains(tokens.get(k).norm()) || k == subject.from();
      if (opensClause && simple && SpeakerPhrases.isSpeaker(tokens, first) && SpeakerPhrases.isSpeaker(tokens, subject)) {
        subject = new Phrase(first.from(), subject.to());
      }
    }
    if (subject.isEmpty() && subjectEnd >= 2 && RELATIVES.contains(tokens.get(subjectEnd - 1).norm())
        && tokens.get(subjectEnd - 2).text().equals(",")) {
      subject = SpeakerPhrases.run(tokens, subjectEnd - 2); // "Moscow, which denies involvement"
    }
    if (subject.isEmpty() && subjectEnd > 0 && tokens.get(subjectEnd - 1).text().equals(",")) {
      // "Dr. Yeomans of the laboratory, who tracks space objects, cautioned that …": the subject
      // stands before the relative clause
      Phrase beforeRelative = subjectBeforeRelative(tokens, subjectEnd - 1);
      if (beforeRelative != null) subject = beforeRelative;
    }
    String speaker;
    int spStart, spEnd;
    boolean verbFirst = false;
    // "X, attending the summit in Porto, said his government ``respects …'': what follows the verb
    // is the reported clause's subject; the sentence's subject speaks
    boolean possessiveAfter = subject.isEmpty() && v > 0 && tokens.get(v - 1).text().equals(",") && v + 1 < tokens.size()
        && SpeakerPhrases.possessive(tokens, SpeakerPhrases.after(tokens, v + 1));
    // "emerged from a meeting of her colleagues saying she was …": a noun inside a prepositional
    // phrase does not speak; the sentence's subject does
    // (but "with Netanyahu insisting he needed …" makes Netanyahu the speaker)
    boolean participleAfterPhrase = ReportingVerbs.isParticiple(n) && !subject.isEmpty()
        && (Set.of("of", "from", "in", "at").contains(tokens.get(subject.from()).norm())
            || subject.from() > 0 && tokens.get(subject.from() - 1).norm().equals("of"));
    if (ReportingVerbs.isParticiple(n) && afterComma(tokens, v) || possessiveAfter || participleAfterPhrase
        || (subject.isEmpty() && subjectEnd > 0
        && Set.of("and", "but").contains(tokens.get(subjectEnd - 1).norm()))) {
      // ", adding that …" and "… and said …" speak for the subject of the sentence
      String subjectPhrase = speakers.sentenceSubject(tokens);
      // the sentence's subject may be a pronoun: resolved like any speaker phrase ("He ..., adding that")
      String inherited = subjectPhrase == null ? null : speakers.resolve(subjectPhrase, s.index());
      for (Attribution e : earlier) {
        if (!CLAIM_NOUNS.contains(e.verb())) { inherited = e.speaker(); break; }
      }
      if (inherited == null) return null;
      speaker = inherited;
      spStart = verb.start();
      spEnd = verb.start();
    } else if (SpeakerPhrases.isSpeaker(tokens, subject)
        || SpeakerPhrases.speaksBy(tokens, subject, opensQuotation(tokens, v) || parenthesis(text, tokens, subject, v, s.end()) ? "said" : n)) {
      if (isNounUse(tokens, subject, v)) return null;
      speaker = speakers.resolve(phraseText(text, tokens, subject), s.index());
      spStart = tokens.get(subject.from()).start();
      spEnd = tokens.get(subject.to() - 1).end();
    } else if (subject.isEmpty() && v > 0 && (tokens.get(v - 1).text().equals(",") || isQuoteMark(tokens.get(v - 1)))
        && v + 1 < tokens.size() && !tokens.get(v + 1).norm().equals("that")) {
      // "…, said X" puts the speaker after the verb; "…, cautioned that X …" does not
      Phrase after = SpeakerPhrases.after(tokens, v + 1);
      if (!SpeakerPhrases.isSpeaker(tokens, after)) return null;
      speaker = speakers.resolve(phraseText(text, tokens, after), s.index());
      spStart = tokens.get(after.from()).start();
      spEnd = tokens.get(after.to() - 1).end();
      verbFirst = true;
    } else {
      return null;
    }
    // a speech frame whose speaker cannot be named with confidence ("he" with no antecedent, a
    // place or a stray word where the speaker should be) still reports speech: unattributed
    // "NTV quoted him as saying", "Interfax quoted Maskhadov": the medium passes on the words of
    // the person it quotes
    boolean passive = v > 0 && PASSIVE.contains(tokens.get(v - 1).norm());
    if (n.equals("quoted") && !passive && !verbFirst && v + 1 < tokens.size()) {
      String object = tokens.get(v + 1).norm();
      String pronoun = switch (object) {
        case "him" -> "he";
        case "her" -> "she";
        case "them" -> "they";
        default -> null;
      };
      Phrase named = pronoun == null && SpeakerPhrases.capitalised(tokens.get(v + 1)) ? SpeakerPhrases.after(tokens, v + 1) : null;
      String quotedPerson = pronoun != null ? speakers.resolve(pronoun, s.index())
          : named != null && SpeakerPhrases.isSpeaker(tokens, named) ? speakers.resolve(phraseText(text, tokens, named), s.index()) : null;
      if (quotedPerson != null) speaker = quotedPerson; // the phrase's place stays the medium's, next to the quote
    }
    int asSaying = n.equals("quoted") ? asSaying(tokens, v + 1) : -1;
    if (QUOTE_ONLY.contains(n) && asSaying < 0) return attributionOnly(s, v, verb, speaker, spStart, spEnd);
    // what follows the verb: a clause, a quote, or nothing (the attribution closes the sentence)
    // "was quoted as saying that …": what follows "saying" was said
    int pos = asSaying >= 0 ? tokens.get(asSaying).end() : verbFirst ? spEnd : verb.end();
    // "warned workers that …" names whom it tells first; "warned they could …" is the clause at once
    boolean objectFirst = OBJECT_THEN_CLAUSE.contains(n) && v + 1 < tokens.size() && !tokens.get(v + 1).norm().equals("that")
        && tokens.get(v + 1).isWord() && !SUBJECT_PRONOUNS.contains(tokens.get(v + 1).norm()) && !verbFirst;
    boolean sawThat = false;
    if (n.equals("told") || n.equals("tells") || objectFirst) {
      // "told reporters that ...", "assured workers that ...", "told delegates she had ...", "warned Monday that ..."
      int that = thatWithin(tokens, v + 1, 10);
      int clauseSubject = that >= 0 ? -1 : pronounWithin(tokens, v + 2, 4);
      if (that < 0 && clauseSubject < 0) return attributionOnly(s, v, verb, speaker, spStart, spEnd);
      pos = that >= 0 ? tokens.get(that).end() : tokens.get(clauseSubject).start();
      sawThat = that >= 0;
    }
    pos = skipTime(text, pos, s.end());
    Matcher that = THAT_AFTER.matcher(text.substring(pos, s.end()));
    Matcher parenthesis = PARENTHESIS_THAT.matcher(text.substring(pos, s.end()));
    int adverbialThat = verbFirst ? -1 : Math.max(thatAfterAdverbs(tokens, v + 1), frameThat(tokens, v));
    if (that.find()) {
      pos += that.end();
      sawThat = true;
    } else if (parenthesis.find()) {
      pos += parenthesis.end();
      sawThat = true;
    } else if (adverbialThat >= 0 && tokens.get(adverbialThat).start() >= pos) {
      // "declared more concretely than previously that …"
      pos = tokens.get(adverbialThat).end();
      sawThat = true;
    }
    while (pos < s.end() && Character.isWhitespace(text.charAt(pos))) pos++;
    // "… exits, Holmberg was quoted as saying by the news agency TT.": the medium closes the sentence
    boolean mediumCloses = asSaying >= 0 && Patterns.matches(text.substring(pos, s.end()), "(?s)by\\b[^,;:]*[.!?]?['\"’”]*\\s*");
    boolean clauseFollows = pos < s.end() && !startsAttributionEnd(text, pos, s.end()) && !mediumCloses;
    int contentStart, contentEnd;
    if (clauseFollows && !verbFirst) {
      String rest = text.substring(pos, s.end()).toLowerCase(java.util.Locale.ROOT);
      if ((THAT_ONLY.contains(n) || ReportingVerbs.needsClause(n)) && !sawThat && !PRONOUN_CLAUSE.matcher(rest).find() && !finiteClauseAhead(tokens, v + 1)
          && !(startsWithPreposition(text, pos, s.end()) && thatWithin(tokens, v + 1, 14) >= 0)
          && !(FIGURE_OBJECT_VERBS.contains(n) && FIGURE_OBJECT.matcher(rest).find())) {
        return attributionOnly(s, v, verb, speaker, spStart, spEnd);
      }
      String object = text.substring(verb.end(), s.end());
      if (NEEDS_CLAIM_OBJECT.contains(n) && !CLAIM_OBJECT.matcher(object).find()) {
        return attributionOnly(s, v, verb, speaker, spStart, spEnd);
      }
      if (n.startsWith("claim") && Patterns.matches(rest, "(?s)^(?:responsibility|credit|victory)\\b.*")) {
        return attributionOnly(s, v, verb, speaker, spStart, spEnd);
      }
      char c = text.charAt(pos);
      if (c == ':' || isQuoteChar(c) || (c == ',' && nextIsQuote(text, pos + 1, s.end()))) {
        return attributionOnly(s, v, verb, speaker, spStart, spEnd);
      }
      if (!sawThat && !NOUN_OBJECT.contains(n) && !ReportingVerbs.isParticiple(n) && startsWithPreposition(text, pos, s.end())) {
        // "said in an interview in New York on Thursday that ...": the clause comes after the circumstance
        int thatAt = verbFirst ? -1 : thatWithin(tokens, v + 1, 14);
        if (thatAt < 0) return attributionOnly(s, v, verb, speaker, spStart, spEnd);
        pos = skipSpace(text, tokens.get(thatAt).end(), s.end());
      }
      contentStart = pos;
      contentEnd = trimEnd(text, pos, s.end());
    } else {
      // '"…," his office quoted him as saying.': the quote before is the words, already a direct quote
      if (asSaying >= 0 && isQuoteChar(text.charAt(s.start()))) return attributionOnly(s, v, verb, speaker, spStart, spEnd);
      // "…, the monitor said." / "…, said the observatory.": the clause before is what was said
      int before = verbFirst ? verb.start() : spStart;
      for (Attribution e : earlier) {
        // "she acknowledged that …, Xinhua said": the outer source of speech already reported
        if (e.contentStart() >= 0 && e.contentStart() < before && e.contentEnd() >= before) {
          return attributionOnly(s, v, verb, speaker, spStart, spEnd);
        }
      }
      contentStart = s.start();
      int lead = earlier.isEmpty() ? -1 : earlier.get(earlier.size() - 1).contentEnd();
      if (lead > contentStart && lead < before) contentStart = skipSpace(text, lead, before);
      contentEnd = trimEnd(text, contentStart, before);
      int afterAttribution = skipTime(text, verbFirst ? spEnd : verb.end(), s.end());
      if (afterAttribution < s.end() && text.charAt(afterAttribution) == ',' && before > contentStart
          && !isQuoteChar(text.charAt(contentStart))
          && text.substring(contentStart, before).trim().endsWith(",")) {
        // "The topic of discussion, he said, was Shalabi's troubles", "The evidence, the officials said
        // last week, shows that …": the attribution is a parenthesis; what was said is the whole
        // sentence around it, shown as written
        int resumed = skipSpace(text, afterAttribution + 1, s.end());
        if (words(text, resumed, trimEnd(text, resumed, s.end())) >= 3 && !speakerGoesOn(text, resumed, s.end())) {
          contentEnd = trimEnd(text, contentStart, s.end());
        }
      }
      if (contentEnd - contentStart < 8) return attributionOnly(s, v, verb, speaker, spStart, spEnd);
    }
    if (words(text, contentStart, contentEnd) < (NOUN_OBJECT.contains(n) ? 1 : 3)) {
      return attributionOnly(s, v, verb, speaker, spStart, spEnd);
    }
    return new Attribution(s.index(), v, verb.start(), n, speaker, spStart, spEnd, contentStart,
        contentEnd, true);
  }

  /**
   * The speaker phrase before a relative clause that ends at the comma {@code comma} ("X, who …,"),
   * or null when no ", who" / ", which" opens one within twenty words.
   */
  private static Phrase subjectBeforeRelative(List<Token> tokens, int comma) {
    for (int k = comma - 1; k >= 2 && k >= comma - 20; k--) {
      // "Bin Laden, who was stripped of his citizenship, would face action if …, said one official": the
      // relative clause closed at an earlier comma, so this comma's verb has another subject
      if (tokens.get(k).text().equals(",")) return null;
      if (!RELATIVES.contains(tokens.get(k).norm()) || !tokens.get(k - 1).text().equals(",")) continue;
      Phrase p = SpeakerPhrases.before(tokens, k - 1);
      return SpeakerPhrases.isSpeaker(tokens, p) ? p : null;
    }
    return null;
  }

  /** "a Pentagon claim that Russian aircraft hit two hospitals": the claim's owner said it. */
  private static Attribution claimNoun(Sentence s, String text, int i) {
    List<Token> tokens = s.tokens();
    int that = thatWithin(tokens, i + 1, 3);
    if (that < 0 || i == 0 || !SpeakerPhrases.capitalised(tokens.get(i - 1))) return null;
    int from = i;
    while (from > 0 && SpeakerPhrases.capitalised(tokens.get(from - 1)) && i - from < 4) from--;
    if (from == 0) return null;
    Token first = tokens.get(from), last = tokens.get(i - 1);
    int contentStart = skipSpace(text, tokens.get(that).end(), s.end());
    int contentEnd = trimEnd(text, contentStart, s.end());
    if (words(text, contentStart, contentEnd) < 3) return null;
    return new Attribution(s.index(), i, tokens.get(i).start(), tokens.get(i).norm(),
        text.substring(first.start(), last.end()), first.start(), last.end(), contentStart, contentEnd, true);
  }

  private static boolean afterComma(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
      if (tokens.get(k).text().equals(",")) return true;
      if (!tokens.get(k).norm().equals("instead")) return false;
    }
    return false;
  }

  /** A word that opens a predicate: after "X, according to Y," the claim goes on ("has decided", "told"), not an apposition. */
  private static final Pattern PREDICATE_OPENER = Pattern.compile(
      "has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|do|\\p{Ll}+ed|told|said|says");

  private static Attribution accordingTo(Sentence s, String text, int v, List<Quoted> quoted, Speakers speakers) {
    List<Token> tokens = s.tokens();
    Phrase after = SpeakerPhrases.after(tokens, v + 2);
    if (!SpeakerPhrases.isSpeaker(tokens, after)) return null;
    String speaker = speakers.resolve(phraseText(text, tokens, after), s.index());
    int spStart = tokens.get(after.from()).start(), spEnd = tokens.get(after.to() - 1).end();
    Token according = tokens.get(v);
    int contentStart, contentEnd;
    if (v == 0 || (v == 1 && !tokens.get(0).isWord())) {
      int pos = spEnd;
      while (pos < s.end() && (text.charAt(pos) == ',' || Character.isWhitespace(text.charAt(pos)))) pos++;
      contentStart = pos;
      contentEnd = trimEnd(text, pos, s.end());
    } else if (tokens.get(v - 1).text().equals(",") && after.to() + 1 < tokens.size() && tokens.get(after.to()).text().equals(",")
        && PREDICATE_OPENER.matcher(tokens.get(after.to() + 1).text()).matches() && words(text, spEnd, s.end()) >= 3) {
      // "the Air Force, according to Kelly, has decided not to change …": a parenthesis inside the
      // claim, which is the whole sentence; when a verb after it reports in turn ("The executives,
      // according to the memo, told Netscape that …"), that verb's frame carries the words
      for (int k = after.to(); k < tokens.size(); k++) if (ReportingVerbs.contains(tokens.get(k).norm())) return null;
      contentStart = s.start();
      contentEnd = trimEnd(text, s.start(), s.end());
    } else {
      contentStart = s.start();
      contentEnd = trimEnd(text, s.start(), according.start());
    }
    return new Attribution(s.index(), v, according.start(), "according to", speaker, spStart, spEnd,
        contentStart, contentEnd, true);
  }

  private static Attribution attributionOnly(Sentence s, int v, Token verb, String speaker, int spStart, int spEnd) {
    return new Attribution(s.index(), v, verb.start(), verb.norm(), speaker, spStart, spEnd, -1, -1, false);
  }

  private static Attribution withContent(Attribution a, int start, int end) {
    return new Attribution(a.sentence(), a.verbToken(), a.verbStart(), a.verb(), a.speaker(), a.speakerStart(),
        a.speakerEnd(), start, end, a.reportsSpeech());
  }

  /** The attribution of a direct quote: right after it, or a reporting verb before it in its sentence. */
  private static Attribution attributionOf(Quoted q, List<Attribution> attributions, String text) {
    Attribution before = null;
    for (Attribution a : attributions) {
      if (a.contentStart() >= 0 && a.contentStart() <= q.outerStart() && q.outerStart() < a.contentEnd() + 2) {
        // a quoted fragment of reported speech; of two verbs reporting it ("…," said X, according
        // to Y), the one nearer the quote has the speaker
        if (before == null || Math.abs(a.verbStart() - q.outerEnd()) < Math.abs(before.verbStart() - q.outerEnd())) before = a;
        continue;
      }
      int first = Math.min(a.speakerStart(), a.verbStart());
      if (first >= q.outerEnd()) {
        String gap = text.substring(q.outerEnd(), first);
        // '… beaten.'' A 49-page indictment alleges that …': a quote closed with its sentence, then a
        // new sentence reporting something else, is not that sentence's speaker's
        boolean nextSentence = endsSentence(text, q) && a.contentStart() >= 0 && first < text.length()
            && Character.isUpperCase(text.charAt(first)) && a.speakerStart() < a.verbStart();
        if (Patterns.matches(gap, "[ \t]*[,.]?[ \t]*") && !nextSentence) return a;
        break;
      }
      if (a.verbStart() < q.outerStart() && sameSentenceRegion(text, a.verbStart(), q.outerStart())) before = a;
    }
    return before;
  }

  private static boolean sameSentenceRegion(String text, int from, int to) {
    if (to - from >= 400) return false;
    String between = text.substring(from, to);
    return between.length() < 400 && !Patterns.matches(between, "(?s).*\\n\\s*\\n.*")
        && !Patterns.matches(between, "(?s).*[.!?][\"”'’]?\\s+\\p{Lu}.*");
  }

  private static boolean sameOrNextParagraph(Document doc, Quoted previous, Quoted q) {
    int pa = paragraphOf(doc, previous.start()), pb = paragraphOf(doc, q.start());
    return pa == pb || (pb == pa + 1 && q.startsParagraph());
  }

  private static boolean endsSentence(String text, Quoted q) {
    char c = text.charAt(q.end() - 1);
    return c == '.' || c == '!' || c == '?';
  }

  private static Attribution lastInParagraph(Document doc, List<Attribution> attributions, int paragraph) {
    if (paragraph < 0) return null;
    Attribution last = null;
    for (Attribution a : attributions) if (paragraphOf(doc, a.verbStart()) == paragraph) last = a;
    return last;
  }

  private static int paragraphOf(Document doc, int offset) {
    for (int p = 0; p < doc.paragraphs().size(); p++) {
      if (doc.paragraphs().get(p).end() >= offset) return p;
    }
    return doc.paragraphs().size();
  }

  private static boolean mostlyQuoted(Attribution a, List<Quoted> quoted) {
    int len = a.contentEnd() - a.contentStart();
    for (Quoted q : quoted) {
      int overlap = Math.min(q.outerEnd(), a.contentEnd()) - Math.max(q.outerStart(), a.contentStart());
      boolean startsInside = Math.abs(q.outerStart() - a.contentStart()) <= 2
          || (q.start() <= a.contentStart() && a.contentStart() < q.end());
      if (startsInside && overlap >= 0.9 * len) return true;
    }
    return false;
  }

  /** "claims" and "reports" are nouns after "the Russian"; "that reports on the war" is no speech. */
  private static final Set<String> NOUNS_TOO = Set.of("estimates", "projects", "reports", "claims", "demands", "notes",
      "comments", "remarks", "charges", "counters", "warns", "recalls");
  private static final Set<String> VERB_AFTER_NOUN = Set.of("put", "puts", "show", "showed", "shows", "suggest",
      "suggested", "range", "ranged", "vary", "varied", "are", "were", "have", "had", "say", "said", "indicate", "indicated",
      "place", "placed", "was", "is", "has");

  private static boolean isNounUse(List<Token> tokens, Phrase subject, int v) {
    String n = tokens.get(v).norm();
    if (!n.endsWith("s")) return false;
    // "Official estimates put the toll at 300": a verb right after makes the -s form a noun
    // (but "which Barksdale says was …": "says" is no noun)
    if (NOUNS_TOO.contains(n) && v + 1 < tokens.size() && VERB_AFTER_NOUN.contains(tokens.get(v + 1).norm())) return true;
    if (subject.from() > 0) {
      // "refused United States demands that ...": a verb before the subject makes it an object
      String b = tokens.get(subject.from() - 1).norm();
      if (b.endsWith("ed") && !SpeakerPhrases.capitalised(tokens.get(subject.from() - 1))) return true;
    }
    Token last = tokens.get(subject.to() - 1);
    String country = Places.country(last.norm());
    return country != null && !Gazetteer.lower(country).equals(last.norm()) && !last.norm().equals("washington")
        && !last.norm().equals("moscow") && Character.isUpperCase(last.text().charAt(0))
        && Patterns.matches(last.norm(), ".*(an|ish|ese|i)$");
  }

  /** Adverbs that may stand between a reporting verb and its "that" ("more concretely than previously"). */
  private static final Set<String> ADVERB_WORDS = Set.of("more", "most", "less", "than", "ever", "before", "so", "very",
      "again", "also", "once", "previously", "repeatedly", "publicly", "privately", "earlier", "later", "too", "instead",
      "now", "still", "already", "even");

  private static final Set<String> FINITE = Set.of("will", "would", "could", "must", "should", "may", "might", "can",
      "is", "was", "were", "are", "has", "had", "have", "did", "does");

  /**
   * Whether a clause with its own verb follows ("insisted the party must lead", "suggested Spitzer
   * was …"), not an object ("admitted the charges"): an auxiliary or modal within five words.
   */
  private static boolean finiteClauseAhead(List<Token> tokens, int from) {
    for (int i = from, words = 0; i < tokens.size() && words < 6; i++) {
      Token t = tokens.get(i);
      // "insisted the party ``must lead''": a quotation mark inside the clause is no boundary
      if (isQuoteMark(t)) continue;
      words++;
      if (!t.isWord() && !t.text().equals("'s") && !t.text().equals("’s")) return false;
      if (FINITE.contains(t.norm())) return i > from;
    }
    return false;
  }

  /** Whether the reporting verb at {@code v} is denied: "not"/"never" within two words before, or "declined/refused to". */
  private static boolean negated(List<Token> tokens, int v) {
    for (int k = v - 1; k >= 0 && k >= v - 2; k--) {
      String n = tokens.get(k).norm();
      if (n.equals("not") || n.equals("n't") || n.equals("never")) return true;
      if (n.equals("to") && k > 0 && Set.of("declined", "refused", "declines", "refuses", "decline", "refuse")
          .contains(tokens.get(k - 1).norm())) return true;
    }
    return false;
  }

  /** Nouns of a stance one expresses: "expressed concern that …". */
  private static final Set<String> STANCE_NOUNS = Set.of("concern", "concerns", "hope", "hopes", "regret", "fear", "fears",
      "confidence", "doubt", "doubts", "optimism", "frustration", "belief", "anger", "outrage", "skepticism",
      "scepticism", "surprise", "satisfaction", "disappointment", "worry", "worries");

  /** The words of speech frames ({@link #frameThat}, asked of every word of every report: made once). */
  private static final Set<String> POSSESSIVES = Set.of("their", "his", "her", "its", "our");
  private static final Set<String> EXPRESSING = Set.of("expressed", "expresses", "voiced", "voices", "signaled", "signalled"),
      STANCE_DEGREES = Set.of("deep", "grave", "serious", "strong", "some", "the"), MAKING = Set.of("made", "makes", "make"),
      FINDING = Set.of("found", "finds");

  /**
   * The "that" of a speech frame made of a verb and its complement: "expressed concern that",
   * "voiced hope that", "pointed out that", "made (it) clear that"; -1 when token {@code v} opens none.
   */
  private static int frameThat(List<Token> tokens, int v) {
    String n = tokens.get(v).norm();
    int k = v + 1;
    if (EXPRESSING.contains(n)) {
      if (k < tokens.size() && POSSESSIVES.contains(tokens.get(k).norm())) k++; // "signaled their deep belief that"
      if (k < tokens.size() && STANCE_DEGREES.contains(tokens.get(k).norm())) k++;
      if (!(k < tokens.size() && STANCE_NOUNS.contains(tokens.get(k).norm()))) return -1;
      k++;
    } else if (n.equals("pointed") || n.equals("points")) {
      if (!(k < tokens.size() && tokens.get(k).norm().equals("out"))) return -1;
      k++;
    } else if (FINDING.contains(n)) {
      // "the report found that …": a finding is reported only with its clause ("show", tried, made
      // speakers of what documents show)
      return k < tokens.size() && tokens.get(k).norm().equals("that") ? k : thatAfterAdverbs(tokens, k);
    } else if (MAKING.contains(n)) {
      if (k < tokens.size() && tokens.get(k).norm().equals("it")) k++;
      if (!(k < tokens.size() && tokens.get(k).norm().equals("clear"))) return -1;
      k++;
    } else {
      return -1;
    }
    return k < tokens.size() && tokens.get(k).norm().equals("that") ? k : -1;
  }

  /** The "saying" of "quoted (him Sunday) as saying", or -1. */
  private static int asSaying(List<Token> tokens, int from) {
    for (int i = from; i + 1 < tokens.size() && i < from + 5; i++) {
      if (tokens.get(i).norm().equals("as") && tokens.get(i + 1).norm().equals("saying")) return i + 1;
    }
    return -1;
  }

  /** The "that" after a run of up to six adverbs following the verb, or -1. */
  private static int thatAfterAdverbs(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i < from + 7; i++) {
      String n = tokens.get(i).norm();
      if (n.equals("that")) return i > from ? i : -1;
      if (!(ADVERB_WORDS.contains(n) || n.length() > 4 && n.endsWith("ly"))) return -1;
    }
    return -1;
  }

  private static int thatWithin(List<Token> tokens, int from, int max) {
    for (int i = from; i < tokens.size() && i < from + max; i++) {
      String n = tokens.get(i).norm();
      if (n.equals("that")) return i;
      // "said in court last month, for example, that …": commas set off a circumstance; other marks end the search
      if (!tokens.get(i).isWord() && !tokens.get(i).text().equals("'s") && !tokens.get(i).text().equals("’s")
          && !tokens.get(i).text().equals("-") && !tokens.get(i).text().equals(",")) return -1;
    }
    return -1;
  }

  private static int skipTime(String text, int pos, int end) {
    for (int k = 0; k < 4; k++) {
      Matcher m = TIME_AFTER_VERB.matcher(text.substring(pos, end));
      if (!m.find() || m.end() == 0) break;
      pos += m.end();
    }
    return pos;
  }

  private static boolean startsAttributionEnd(String text, int pos, int end) {
    char c = text.charAt(pos);
    if (c == '.' || c == '!' || c == '?' || c == ';') return true;
    if (c == ',') {
      // "…, officials said on Wednesday, as a …": a comma, not a clause, follows the verb
      return !nextIsQuote(text, pos + 1, end);
    }
    return false;
  }

  private static boolean startsWithPreposition(String text, int pos, int end) {
    String rest = text.substring(pos, Math.min(end, pos + 16)).toLowerCase(java.util.Locale.ROOT);
    // "said at least 2,000 workers ...", "said about 200 people died": a figure, not a circumstance
    if (Patterns.matches(rest, "(?s)^(?:at\\s+least|at\\s+most|about\\s+\\d|as\\s+many\\s+as|as\\s+much\\s+as|more\\s+than|up\\s+to)\\b.*")) return false;
    // "said over the loudspeaker", "said while videotaping", "said but declined to …": a circumstance or another verb
    // ("said when the talks resume, Russia will …" reports a clause; "said while videotaping" does not)
    String longer = text.substring(pos, Math.min(end, pos + 40)).toLowerCase(java.util.Locale.ROOT);
    if (Patterns.matches(longer, "(?s)^(?:while|when)\\s+\\p{L}+ing\\b.*")) return true;
    return Patterns.matches(rest, "(?s)^(?:in|on|at|to|for|with|about|after|before|during|from|by|as|of|over|outside|inside|near"
        + "|through|under|upon|without|across|amid|among|following|despite|aboard|and|but)\\b.*");
  }

  /** A subject pronoun within {@code max} tokens from {@code from}: "told delegates she had ...". */
  private static int pronounWithin(List<Token> tokens, int from, int max) {
    for (int i = from; i < tokens.size() && i < from + max; i++) {
      if (Set.of("he", "she", "they", "it", "we", "i").contains(tokens.get(i).norm())) return i;
      if (!tokens.get(i).isWord()) return -1;
    }
    return -1;
  }

  private static boolean nextIsQuote(String text, int pos, int end) {
    while (pos < end && Character.isWhitespace(text.charAt(pos))) pos++;
    return pos < end && isQuoteChar(text.charAt(pos));
  }

  private static boolean isQuoteChar(char c) {
    return c == '"' || c == '“' || c == '`' || c == '\'' || c == '‘';
  }

  private static final Pattern SPEAKER_GOES_ON = Pattern.compile(
      "(?:and|but|yet)\\s+(?:\\p{Ll}+ed|gave|gives|would|will|did|does|has|had|could|can)\\b");

  /** "…, police said, but declined to identify them": what follows the parenthesis is the speaker's deed, not words. */
  private static boolean speakerGoesOn(String text, int from, int end) {
    return SPEAKER_GOES_ON.matcher(text).region(from, end).lookingAt();
  }

  /**
   * "It is the future, its proponents insist, coming to your home soon": a subject and a reporting
   * verb between commas inside a sentence attribute the sentence, whoever the subject is.
   */
  private static boolean parenthesis(String text, List<Token> tokens, Phrase subject, int v, int sentenceEnd) {
    if (subject.isEmpty() || subject.from() == 0 || !tokens.get(subject.from() - 1).text().equals(",")) return false;
    int after = skipTime(text, tokens.get(v).end(), sentenceEnd);
    return after < sentenceEnd && text.charAt(after) == ',';
  }

  /** "The memo continued, ``They understand …": a verb that opens a quotation reports speech, whatever its subject. */
  private static boolean opensQuotation(List<Token> tokens, int v) {
    return v + 2 < tokens.size() && (tokens.get(v + 1).text().equals(",") || tokens.get(v + 1).text().equals(":"))
        && isQuoteChar(tokens.get(v + 2).text().charAt(0));
  }

  private static boolean isQuoteMark(Token t) {
    String x = t.text();
    return x.equals("\"") || x.equals("”") || x.equals("'") || x.equals("’");
  }

  private static boolean insideQuote(int offset, List<Quoted> quoted) {
    for (Quoted q : quoted) if (q.start() <= offset && offset < q.end()) return true;
    return false;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start) {
      char c = text.charAt(end - 1);
      if (Character.isWhitespace(c) || c == ',' || c == '.' || c == ';' || c == ':') end--;
      else if (Patterns.matches(text.substring(start, end), "(?s).*[\\s,](?:and|while|but|as|whereas)$")) {
        end = Patterns.replaceAll(text.substring(start, end), "(?s)[\\s,]+(?:and|while|but|as|whereas)$", "").length() + start;
      } else break;
    }
    return end;
  }

  private static int skipSpace(String text, int pos, int end) {
    while (pos < end && (Character.isWhitespace(text.charAt(pos)) || text.charAt(pos) == ',')) pos++;
    return pos;
  }

  private static int words(String text, int start, int end) {
    int n = 0;
    boolean in = false;
    for (int i = start; i < end; i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) n++;
      in = w;
    }
    return n;
  }

  private static int wordCount(String text, Quoted q) {
    return words(text, q.start(), q.end());
  }

  private static String phraseText(String text, List<Token> tokens, Phrase p) {
    return clean(text.substring(tokens.get(p.from()).start(), tokens.get(p.to() - 1).end())); // "da\nSilva" is "da Silva"
  }

  private static String clean(String s) {
    return Patterns.replaceAll(s, "\\s+", " ").trim();
  }
}
