package dev.newsbrief.summary;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import dev.newsbrief.story.Story;
import dev.newsbrief.text.Quotation;
import dev.newsbrief.text.ReportingVerbs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence can stand alone in a summary: a complete declarative sentence, not a
 * caption or credit, not a headline, not a quote whose speaker is in another sentence, not one
 * that opens with a word pointing back at a sentence the reader will not see.
 */
public final class Eligibility {
  /** Shorter than this is a fragment, a label or a headline, whatever its punctuation. */
  public static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 60;
  private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile("[.!]['\"’”)\\]]*$|[.!]\\s*''$");
  private static final Pattern STARTS_LIKE_SENTENCE = Pattern.compile("^[\"“‘'`(]*[\\p{Lu}\\d]");
  private static final Pattern CREDIT = Pattern.compile(
      "(?i)\\b(photo(graph)?|image|video|picture|illustration|footage)\\s*(:|/|credit|copyright)"
          + "|\\b(contributed to|reporting by|editing by|writing by)\\b|©|\\bclick here\\b|\\bread more\\b"
          + "|^editor['’]?s note\\b|\\bpage last updated\\b|\\bcontinue reading\\b"
          // readers' comments under a page: "At 9:37 pm on 30 Oct 2009, trainbleu wrote:", "Posted by: ... | Report abuse"
          + "|^at\\s+\\d{1,2}[:.]\\d{2}.{0,60}\\bwrote\\s*:|\\bposted by\\s*:|\\breport abuse\\b"
          // a page's comment policy: "We welcome comments that advance the story ...", "Views expressed in the comments ..."
          + "|\\bwe welcome comments\\b|\\bexpressed in the comments\\b"
          // photo captions: "July 17, 2010: The containment stack is shown at the site"
          + "|^\\p{L}+\\.?\\s+\\d{1,2}\\s*,\\s*\\d{4}\\s*:|\\b(?:is|are)\\s+(?:shown|pictured|seen here)\\b");
  /**
   * Lines of a transcript or log ("1:57 CO-PILOT I rely on God.", "Q: Did you ...?") and sentences that
   * announce what follows them ("Following is a transcript of ...", "Here are the milestones ...:"):
   * no statement of the story's facts, read away from their text.
   */
  private static final Pattern TRANSCRIPT_OR_ANNOUNCEMENT = Pattern.compile(
      // a page's stamp or a heading in capitals glued before the sentence: "WASHINGTON | Wed Jan 26 , 2011
      // 5:13 pm EST ...", "NAZER AND FRANGINA , CHILDREN IN DELMAS The moment ..." (case matters: before the (?i))
      "^.{0,60}\\b\\d{4}\\s+\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?\\s+(?:EST|EDT|GMT|BST|UTC|CET|CEST|PST|PDT)\\b"
          + "|^(?:[\\p{Lu}'-]{2,}[\\s,]+){3,}\\p{Lu}\\p{Ll}"
          + "|^\\d{1,2}:\\d{2}\\b|^\\d{3,4}\\s+\\p{Lu}\\p{Ll}|^\\p{Lu}[\\p{Lu}-]*(?:\\s+\\p{Lu}[\\p{Lu}-]*)*\\s*:\\s"
          // a list's item ("Second: the financial crisis."), a line cut after a bracket ("L -RRB- struggles ...")
          + "|^\\p{Lu}\\s+(?:-RRB-|\\))|(?i)^(?:first|second|third|fourth|fifth|finally|next|last)\\s*:"
          + "|^(?:the\\s+)?following\\s+(?:is|are|was|were)\\b|^here\\s+(?:is|are)\\b|\\bas\\s+follows\\b|:\\s*$");
  /** "X was not immediately available for comment.": what a report owes its reader, no fact of the story. */
  private static final Pattern NO_COMMENT = Pattern.compile(
      "(?i)\\b(?:not|n't|never)\\s+(?:immediately\\s+)?(?:be\\s+)?(?:available|reached)\\s+(?:for|to)\\s+comment"
          + "|\\bdeclined\\s+(?:to\\s+comment|comment)\\b");
  /** Opening words that refer back to something said before. */
  private static final Set<String> DANGLING_OPENERS = Set.of(
      "he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those", "that",
      "but", "and", "or", "so", "also", "however", "meanwhile", "still", "yet", "instead",
      "such", "both", "then", "there", "neither", "either", "another");
  
  /**
   * "Seconds later, an explosion shook the area.", "Shortly afterwards, …", "Later, …": a time
   * counted from an event the sentence does not name.
   */
  private static final Pattern RELATIVE_TIME_OPENER = Pattern.compile(
      "^(?i)(?:(?:\\p{L}+\\s+)?(?:seconds|minutes|hours|moments|days|weeks|months|years)\\s+(?:later|afterwards?|earlier)"
          + "|(?:shortly|soon|moments?|immediately)\\s+(?:after(?:wards?)?|before|afterward)\\b(?!\\s+\\p{L}+\\s+\\p{L})"
          + "|later\\s*,|afterwards?\\s*,)");

  /**
   * Phrases that lean on a sentence before: "In that same period, ...", "In the same way, ...",
   * "Many of those ...", "On May 4, for example, ...", "As a result, ...", "By contrast, ...".
   */
  private static final Pattern ANAPHORIC_PHRASE = Pattern.compile("(?i)^(?:[\"“]?)(?:"
      + "(?:many|some|most|all|several|none|few|one|two|three|each|both|half|neither|either|much|more)\\s+of\\s+(?:those|these|them|this)\\b"
      + "|among\\s+(?:those|these|them)\\b"
      + "|(?:similarly|likewise|by contrast|in contrast|as a result|on the other hand|in addition|in response|in turn"
      + "|even so|nonetheless|nevertheless|moreover|furthermore|besides|therefore|thus|hence|consequently|accordingly"
      + "|otherwise|in other words|for (?:example|instance)|by then|until then|since then|at that time)\\b"
      + "|[^,.;:]{0,50},\\s*for (?:example|instance)\\s*,)");

  /**
   * "In that same period, ...", "on the same day": "same" compares with something the sentence does not
   * name, unless it goes on to ("the same day as ...", "the same age that ...").
   */
  static boolean comparesWithUnsaid(Sentence s) {
    List<Token> words = Quotation.wordsOutside(s);
    for (int i = 1; i + 1 < words.size(); i++) {
      if (!words.get(i).norm().equals("same")) continue;
      String before = words.get(i - 1).norm();
      if (!before.equals("the") && !before.equals("that") && !before.equals("this")) continue;
      String text = s.text();
      int end = words.get(i).end() - s.start();
      if (end < text.length() && text.charAt(end) == '-') continue; // "same-sex"
      boolean named = false;
      for (int j = i + 1; j < words.size() && j <= i + 6; j++) {
        String n = words.get(j).norm();
        if (n.equals("as") || n.equals("that") || n.equals("which") || n.equals("who") || n.equals("where")) named = true;
      }
      if (!named) return true;
    }
    return false;
  }

  /** "There were no reports of damage" is existential, not a pointer back to a place. */
  private static final Set<String> EXISTENTIAL_VERBS = Set.of(
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might",
      "seems", "seemed", "appears", "appeared", "remain", "remains", "remained");

  private Eligibility() {}

  /**
   * {@link #eligible(Sentence)}, asked once per sentence of the story: the summary (with each
   * reader's wish), the Latest section and the timeline all ask it of every sentence.
   */
  public static boolean eligible(Story story, Sentence s) {
    return story.sentenceMemo("summary.eligible", s,
        x -> eligible(x) && !secondMentionSubject(story.document(x.articleId()), x)
            && backReferences(story, x).stream().noneMatch(h -> UNPLACED_HEADS.contains(h.norm())));
  }

  /**
   * {@link #eligible(Story, Sentence)}, and for a timeline entry stricter: no definite description of
   * a thing its report named before, whatever its head ("the ban", "the survey", "the hospital"),
   * unless a third of the story's reports tell of it ("the well" in an oil spill story, placed by
   * the briefing around it). Entries are read one per date, each away from the sentences around it;
   * a summary, read as a paragraph under its headline, keeps such sentences unless the head is one
   * that needs placing ("the deal", "the region"). (Held to every head, DUC 2003 ROUGE-2 fell by 0.002 in CV.)
   */
  public static boolean eligibleOnTimeline(Story story, Sentence s) {
    if (!eligible(story, s) || firstPerson(s)) return false;
    Set<String> told = storyWords(story);
    return backReferences(story, s).stream().noneMatch(h -> !told.contains(h.stem()) || UNPLACED_HEADS.contains(h.norm()));
  }

  /** ("us" is left out: "US" is written the same once lower-cased.) */
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "our", "ours", "ourselves");

  /**
   * "My family live in Port-au-Prince.", "I don't work for an aid agency": someone's testimony in the
   * first person outside quote marks, no dated event of the story. (Held to the summary too, it also
   * dropped a student's words the summary shows with their speaker, "[, Mignery said]".)
   */
  static boolean firstPerson(Sentence s) {
    for (Token t : Quotation.wordsOutside(s)) if (FIRST_PERSON.contains(t.norm())) return true;
    return false;
  }

  /**
   * Stems a third of the story's reports (two at least) use: the document frequencies the summary
   * keeps anyway ({@link Concepts#weights}), cut once per story.
   */
  static Set<String> storyWords(Story story) {
    return story.memo("summary.storyWords", () -> {
      double least = Math.max(2, story.origins().size() / 3.0);
      Set<String> out = new java.util.HashSet<>();
      for (var e : Concepts.weights(story, story.origins(), 0, 0).entrySet()) {
        if (Concepts.isUnigram(e.getKey()) && e.getValue() >= least) out.add(e.getKey());
      }
      return Set.copyOf(out);
    });
  }

  /**
   * "The drug was approved …", "The blankets were sent …": a subject that is a definite description
   * of a thing its report has already named in an earlier sentence points back at that sentence,
   * which the reader of a summary does not see. (A first mention, "the economy grew", stands alone;
   * no list of such heads covers every drug, virus and e-mail message a story is about.)
   */
  static boolean secondMentionSubject(dev.newsbrief.model.Document doc, Sentence s) {
    if (doc == null || s.index() == 0) return false;
    List<Token> words = s.tokens().stream().filter(Token::isWord).toList();
    // the subject opens the sentence, or follows an opening clause ("After the vote, the party …")
    String head = introducedHead(s, words, 0);
    int comma = openingClauseEnd(s);
    if (head == null && comma > 0) head = introducedHead(s, words, comma);
    Integer first = head == null ? null : firstMentions(doc).get(head);
    return first != null && first < s.index();
  }

  /**
   * Things every reader can place without being told which: "the world", "the past", "the end".
   * (A report's "the city" or "the report" is the one it named before; "the world" is no other.)
   */
  private static final Set<String> PLACED_WITHOUT_INTRODUCTION = Set.of("world", "past", "future", "end", "time",
      "way", "day", "year", "week", "month", "weekend", "morning", "afternoon", "evening", "night", "number", "rest",
      "first", "last", "same", "most", "top", "middle", "beginning", "start", "public", "media", "press", "news",
      "moment", "earth", "sun", "moon", "sea", "wake", "face", "hands", "lead", "side", "use",
      "country", "nation", "government", "people");

  /** Kinds of place a name in the same sentence may already say ("in Aleppo ... the city"). */
  private static final Set<String> PLACE_HEADS = Set.of("city", "town", "village", "region", "province", "state", "area",
      "country", "island", "capital", "district", "county");

  /** Whether a capitalised word other than the sentence's first stands before {@code head}. */
  private static boolean namesBefore(List<Token> all, Token head) {
    boolean first = true;
    for (Token t : all) {
      if (t == head) return false;
      if (!t.isWord()) continue;
      if (!first && Character.isUpperCase(t.text().charAt(0))) return true;
      first = false;
    }
    return false;
  }

  /**
   * "... since it passed the ban last December", "... the report says": the heads of definite
   * descriptions anywhere outside quotes (not only the subject) of things the sentence's report named
   * in an earlier sentence, which point back at that sentence; a compound's second noun too ("the
   * power station"). Found once per sentence; the summary and the timeline each judge the heads.
   */
  static List<Token> backReferences(Story story, Sentence s) {
    return story.sentenceMemo("summary.backReferences", s, x -> backReferences(story.document(x.articleId()), x));
  }

  private static List<Token> backReferences(dev.newsbrief.model.Document doc, Sentence s) {
    if (doc == null || s.index() == 0) return List.of();
    List<Token> words = Quotation.wordsOutside(s);
    List<Token> all = s.tokens();
    List<Token> out = new java.util.ArrayList<>();
    for (int i = 1; i + 1 < words.size(); i++) {
      if (!words.get(i).norm().equals("the")) continue;
      Description d = description(words, i, true);
      if (d == null || d.head().stop()) continue;
      // "the power station": the noun after may be the head (a word cannot tell "the ban last December");
      // asked of all tokens, so that "the spring, officials said" is no compound
      int h = all.indexOf(d.head());
      List<Token> heads = modifiesNext(all, h) ? List.of(d.head(), all.get(h + 1)) : List.of(d.head());
      // "the ban of 1998", "the man who ...": the description introduces itself
      int at = h + heads.size() - 1;
      Token next = at + 1 < all.size() ? all.get(at + 1) : null;
      if (next != null && (INTRODUCING.contains(next.norm()) || next.text().equals(":"))) continue;
      for (Token head : heads) {
        if (PLACED_WITHOUT_INTRODUCTION.contains(head.norm()) || head.norm().length() < 3) continue;
        // "hit two hospitals in Aleppo ... over the city": a place named before it in the sentence
        if (PLACE_HEADS.contains(head.norm()) && namesBefore(all, head)) continue;
        Integer named = firstMentions(doc).get(head.stem());
        if (named != null && named < s.index()) out.add(head);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Each stem's first sentence in the report where it names a thing of its own (not "county" of
   * "county officials"); worked out once per report, not once per sentence asked about.
   */
  private static Map<String, Integer> firstMentions(dev.newsbrief.model.Document doc) {
    return doc.memo("summary.firstMentions", () -> {
      Map<String, Integer> first = new HashMap<>();
      for (Sentence s : doc.sentences()) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
          if (t.get(i).isWord() && !modifiesNext(t, i)) first.putIfAbsent(t.get(i).stem(), s.index());
        }
      }
      return Map.copyOf(first);
    });
  }

  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("made", "said", "told", "sold", "built", "found", "left",
      "held", "set", "put", "hit", "cut", "kept", "brought", "bought", "sent", "taken", "given", "seen", "known");

  /** "county officials": the word names what the next noun is, not a thing of its own the reader met. */
  private static boolean modifiesNext(List<Token> t, int i) {
    if (i + 1 >= t.size()) return false;
    Token next = t.get(i + 1);
    if (!next.isWord() || next.stop() || Character.isUpperCase(next.text().charAt(0))) return false;
    String n = next.norm();
    return !(n.endsWith("ed") || n.endsWith("ing") || n.endsWith("en") || IRREGULAR_PARTICIPLES.contains(n));
  }

  /**
   * The stem of the head of a definite description opening at word {@code from} ("the new drug"),
   * or null, also when the description goes on and introduces itself ("the drug's maker", "the deal
   * between X and Y", "the hostages — Britons X and Y —", "the message, written by X,").
   */
  private static String introducedHead(Sentence s, List<Token> words, int from) {
    Description d = description(words, from);
    if (d == null || d.head().stop()) return null;
    List<Token> all = s.tokens();
    int at = all.indexOf(d.head());
    Token next = at + 1 < all.size() ? all.get(at + 1) : null;
    if (next == null || !next.isWord() || INTRODUCING.contains(next.norm())) return null;
    return d.head().stem();
  }

  public static boolean eligible(Sentence s) {
    String text = s.text();
    int words = Summarizer.words(text);
    if (words < MIN_WORDS || words > MAX_WORDS) return false;
    if (!ENDS_LIKE_SENTENCE.matcher(text).find()) return false;
    if (!STARTS_LIKE_SENTENCE.matcher(text).find()) return false;
    if (CREDIT.matcher(text).find() || TRANSCRIPT_OR_ANNOUNCEMENT.matcher(text).find()) return false;
    if (words < 15 && NO_COMMENT.matcher(text).find()) return false;
    if (text.contains("\n")) return false; // a line-broken block is a list or furniture, not prose
    Token first = firstWord(s);
    if (first == null || DANGLING_OPENERS.contains(first.norm()) && !standsAlone(s)) return false;
    if (continuesAnother(s)) return false;
    if (RELATIVE_TIME_OPENER.matcher(text).find() || ANAPHORIC_PHRASE.matcher(text).find() || comparesWithUnsaid(s)) return false;
    if (pronounBeforeAnyName(s) || definiteDescriptionSubject(s) || pointsOutside(s) || gluedHeadline(s)) return false;
    if (quotedPronounBeforeAnyName(s) || unplacedSource(s)) return false;
    return quotesAttributed(s);
  }

  /** Openers from the dangling list that do not point back: existential "there", "so far". */
  private static boolean standsAlone(Sentence s) {
    List<Token> words = s.tokens().stream().filter(Token::isWord).limit(2).toList();
    if (words.size() < 2) return false;
    String first = words.get(0).norm(), second = words.get(1).norm();
    return first.equals("there") && EXISTENTIAL_VERBS.contains(second) || first.equals("so") && second.equals("far");
  }

  /**
   * "The observatory also reported ...", "Clashes were also reported": "also" adds to something said
   * before, unless it joins two parts of this sentence ("... and also spoke"); "again" near the start
   * repeats an event the reader has not seen.
   */
  static boolean continuesAnother(Sentence s) {
    int words = 0;
    String previous = "";
    List<Token> all = s.tokens();
    // "Lesser-known officials could face charges too.": adds to what another sentence said
    for (int i = all.size() - 1; i >= 0; i--) {
      if (!all.get(i).isWord()) continue;
      if (all.get(i).norm().equals("too")) return true;
      break;
    }
    for (Token t : s.tokens()) {
      if (!t.isWord()) continue;
      words++;
      if (t.norm().equals("also") && !COORDINATORS.contains(previous)) return true;
      // "Murad further demanded that ...": adds to demands the reader did not see
      if (previous.equals("further") && (t.norm().endsWith("ed") || t.norm().equals("said") || t.norm().equals("told"))) return true;
      if (t.norm().equals("again") && words <= 5) return true;
      previous = t.norm();
    }
    return false;
  }

  private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "nor");

  private static final Pattern OPEN_PARENTHESIS = Pattern.compile("^[\"“]?\\(");
  private static final Pattern BARE_ENDING = Pattern.compile("(?i)\\b(?:refused|declined|agreed|did|did not|would not|could not)\\.$"
      // "The panel refused, to avoid appearing embarrassed.": refused what the reader was not told
      + "|^(?:the\\s+)?\\p{L}+\\s+(?:refused|declined|agreed)\\s*,");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "those");
  private static final Set<String> TIME_WORDS = Set.of("week", "weekend", "month", "year", "morning", "afternoon",
      "evening", "time", "season", "spring", "summer", "autumn", "fall", "winter", "century", "decade", "day", "days",
      "weeks", "months", "years");

  /**
   * Sentences that lean on one the reader did not see: a parenthesis cut from its sentence, a verb
   * whose object was said before ("The Taliban ... refused."), "in turn", "this suburb", "that and
   * other attacks".
   */
  static boolean pointsOutside(Sentence s) {
    String text = s.text();
    List<Token> words = Quotation.wordsOutside(s); // a speaker's "this situation" is theirs to point at
    if (uncompletedAbstraction(words) || repliesToUnsaid(words) || READ_AS.matcher(text).find()) return true;
    // brackets as treebank text writes them ("BP Plc -LRB- BP ."), cut the same way
    if (OPEN_PARENTHESIS.matcher(text).find() || occurrences(text, "(") != occurrences(text, ")")
        || occurrences(text, "-LRB-") != occurrences(text, "-RRB-")) return true;
    if (BARE_ENDING.matcher(text).find()) return true;
    for (int i = 0; i + 1 < words.size(); i++) {
      String n = words.get(i).norm(), next = words.get(i + 1).norm();
      if (n.equals("in") && next.equals("turn")) return true;
      if (n.equals("that") && next.equals("and") && i + 2 < words.size() && words.get(i + 2).norm().equals("other")) return true;
      if (DEMONSTRATIVES.contains(n) && !TIME_WORDS.contains(next) && Character.isLowerCase(words.get(i + 1).text().charAt(0))
          && !words.get(i + 1).stop()) return true;
      // "this Draconian penalty", "this Texas town": a capitalised modifier, then the thing pointed at
      if (DEMONSTRATIVES.contains(n) && i + 2 < words.size() && Character.isUpperCase(words.get(i + 1).text().charAt(0))
          && Character.isLowerCase(words.get(i + 2).text().charAt(0)) && !words.get(i + 2).stop()
          && !TIME_WORDS.contains(words.get(i + 2).norm()) && !WEEKDAYS.contains(next)) return true;
    }
    return false;
  }

  /** "Lawyers interpreted that to mean ...": a reading of something the sentence does not say. */
  private static final Pattern READ_AS = Pattern.compile("(?i)\\b(?:that|this|it)\\s+to\\s+mean\\b");
  private static final Set<String> REPLY_VERBS = Set.of("replied", "replies", "countered", "counters", "retorted",
      "retorts", "rejoined", "responded", "responds");

  /**
   * "Defense attorneys countered that ...", "Wasch replied that the association was thriving": an
   * answer to what the sentence does not say ("replied to the charge that ..." says it).
   */
  private static boolean repliesToUnsaid(List<Token> words) {
    for (int i = 0; i < words.size(); i++) {
      if (!REPLY_VERBS.contains(words.get(i).norm())) continue;
      if (i + 1 >= words.size() || !words.get(i + 1).norm().equals("to")) return true;
    }
    return false;
  }

  /** Nouns that say what they are only with a complement: "the possibility of ...", "the idea that ...". */
  private static final Set<String> NEEDS_COMPLEMENT = Set.of("possibility", "idea", "prospect", "option", "alternative",
      "matter", "issue", "question", "penalty", "money");
  private static final Set<String> COMPLEMENTS = Set.of("of", "that", "to", "for", "from", "about", "whether", "on", "over",
      "in", "raised", "paid", "owed", "collected", "spent", "needed");

  /**
   * "study the possibility as the currency ...", "transfer the money to a joint account": an abstraction
   * or sum the sentence does not say, met outside quotes as "the X" with no complement after it.
   */
  private static boolean uncompletedAbstraction(List<Token> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!words.get(i).norm().equals("the") || !NEEDS_COMPLEMENT.contains(words.get(i + 1).norm())) continue;
      String head = words.get(i + 1).norm();
      if (i + 2 >= words.size()) return true;
      String next = words.get(i + 2).norm();
      // "the money to a joint account": "to" completes an abstraction ("the possibility to ..."), not a sum
      if (!COMPLEMENTS.contains(next) || head.equals("money") && next.equals("to")) return true;
    }
    return false;
  }

  /** Words that open a sentence and are written with a capital only there. */
  private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "it", "he", "she", "they", "we",
      "this", "there", "but", "and", "however", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
  /** Prepositions after which a capitalised "The" is part of a name ("in The Hague", "of The Times"). */
  private static final Set<String> NAME_PREPOSITIONS = Set.of("in", "of", "at", "to", "from", "by", "for", "on", "with");

  /**
   * "Swine flu cases close UK school Nine new cases ...": a headline run into the text, told by an
   * opener written with a capital after a lower-case word with no stop between.
   */
  static boolean gluedHeadline(Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 1; i < t.size(); i++) {
      Token prev = t.get(i - 1), cur = t.get(i);
      if (!prev.isWord() || !cur.isWord() || !Character.isUpperCase(cur.text().charAt(0))) continue;
      if (!SENTENCE_OPENERS.contains(cur.norm()) || cur.text().length() > 1 && cur.text().equals(cur.text().toUpperCase(java.util.Locale.ROOT))) continue;
      boolean acronym = prev.text().length() <= 4 && prev.text().equals(prev.text().toUpperCase(java.util.Locale.ROOT))
          && Character.isLetter(prev.text().charAt(0));
      if ((Character.isLowerCase(prev.text().charAt(0)) || acronym) && !NAME_PREPOSITIONS.contains(prev.norm())) return true;
    }
    return false;
  }

  /** Pronouns that stand for a person named before. */
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "his", "her", "hers");
  /** Pronouns that may stand for anything named before, a common noun included. */
  private static final Set<String> THING_PRONOUNS = Set.of("they", "them", "their", "theirs", "its");
  /** Capitalised openers that are no name ("Asked about ..., he said"). */
  private static final Pattern OPENER_NOT_NAME = Pattern.compile(
      "(?i)\\p{L}+(?:ed|ing|ly)|earlier|later|today|yesterday|meanwhile|after|despite|last|since|during|until|according");
  /** A common noun that can be the person a pronoun stands for ("the minister ... his"). */
  private static final Pattern PERSON_NOUN = Pattern.compile(
      "(?i).*(?:man|woman|men|women|person|people|er|or|ist|ian)|president|resident|agent|student|official|officials|chief|police|"
          + "wife|husband|son|daughter|mother|father|king|queen|judge|victim|boy|girl|child|leader|minister|envoy|"
          + "secretary|spokesperson|pope|cardinal|bishop|general|colonel|captain|head|guard|pilot|doctor|nurse|"
          + "suspect|prisoner|family|widow|chairman|candidate|legislator|envoy");

  /** "If convicted, they face ...": a participle or adverb is nothing a pronoun can stand for. */
  private static final Pattern PARTICIPLE_OR_ADVERB = Pattern.compile("\\p{L}+(?:ed|ing|ly)");

  /** The pattern, tried only on words with its endings: it runs for every word of every candidate sentence. */
  private static boolean participleOrAdverb(String n) {
    return (n.endsWith("ed") || n.endsWith("ing") || n.endsWith("ly")) && PARTICIPLE_OR_ADVERB.matcher(n).matches();
  }

  /**
   * "Asked about the vote, he said ...", "In their statement, officials ...": a pronoun with nothing
   * before it in the sentence that it can stand for refers to someone the summary's reader has not met.
   */
  static boolean pronounBeforeAnyName(Sentence s) {
    boolean person = false, noun = false;
    List<Token> words = Quotation.wordsOutside(s); // speech in quote marks does not name whom "they" are
    for (int i = 0; i < words.size(); i++) {
      Token t = words.get(i);
      String n = t.norm();
      if (n.equals("others") && i < 6) return true; // "Tens of thousands of others were stranded"
      // "If you don't come forward, you will be prosecuted.": someone's words without their quote marks
      if ((n.equals("you") || n.equals("your")) && i < 4) return true;
      if (PERSON_PRONOUNS.contains(n) && !person) return true;
      if (THING_PRONOUNS.contains(n) && !person && !noun) return true;
      boolean capital = Character.isUpperCase(t.text().charAt(0));
      if (capital && !t.stop() && !(i == 0 && OPENER_NOT_NAME.matcher(t.text()).matches())) person = noun = true;
      else if (!capital && !t.stop() && !participleOrAdverb(n)) {
        noun = true;
        if (PERSON_NOUN.matcher(n).matches()) person = true;
      }
    }
    return false;
  }

  /**
   * "“I would think it doesn't help him ...,” said Michael Long": a speaker's "him" or "she" stands
   * for someone only a sentence before can name, unless a name comes first (inside the quote or out).
   */
  static boolean quotedPronounBeforeAnyName(Sentence s) {
    boolean named = false;
    for (Token t : s.tokens()) {
      if (!t.isWord()) continue;
      String n = t.norm();
      if (PERSON_PRONOUNS.contains(n) && !named && Quotation.inside(s, t.start())) return true;
      // any capitalised content word may be the name ("“Clinton knows it doesn't help him”")
      if (Character.isUpperCase(t.text().charAt(0)) && !t.stop() && !n.equals("i")) named = true;
    }
    return false;
  }

  /** Verbs of a source's saying, after which a definite description is the source. */
  private static final Pattern DESCRIBED_SOURCE_AT_END = Pattern.compile(
      ",[\"”’']?\\s+the\\s+(?:[a-z][\\p{L}-]*\\s+){0,3}(?:newspaper|paper|daily|weekly|magazine|journal|agency|"
          + "website|report|statement|official|source|spokesman|spokeswoman)\\s+"
          + "(?:said|says|reported|reports|added|told|stated|quoted)\\b[^,;]*[.!]['\"’”]*$");
  private static final Set<String> SOURCE_VERBS = Set.of("said", "says", "reported", "reports", "added", "told", "stated",
      "warned", "announced", "showed", "shows", "found", "indicated");

  /**
   * "According to the official, ...", "..., the newspaper said.": a source given as a definite
   * description with nothing that names it is one the sentence before introduced ("Richard Muga ...
   * According to the official"), whatever the head.
   */
  static boolean unplacedSource(Sentence s) {
    List<Token> words = Quotation.wordsOutside(s);
    for (int i = 0; i + 2 < words.size(); i++) {
      Description d = null;
      if (words.get(i).norm().equals("according") && words.get(i + 1).norm().equals("to")) d = description(words, i + 2, true);
      if (d == null || d.head().stop()) continue;
      if (!endsPhrase(s, d.head())) continue;
      return true;
    }
    // "..., the pro-government newspaper said.", "..., the magazine quoted X as saying.": a described source
    // closing the sentence, its modifiers hyphenated or not
    if (DESCRIBED_SOURCE_AT_END.matcher(s.text()).find()) return true;
    // "..., the newspaper said." at the end of the sentence
    // ("“...,” the report says." too: a quote's closing mark stands where the comma would)
    int n = words.size();
    if (n >= 3 && SOURCE_VERBS.contains(words.get(n - 1).norm())) {
      for (int i = Math.max(0, n - 6); i < n - 2; i++) {
        if (!words.get(i).norm().equals("the")) continue;
        Description d = description(words, i, true);
        if (d != null && !d.head().stop() && d.index() == n - 2 && precededByComma(s, words.get(i))) return true;
      }
    }
    return false;
  }

  /** Whether the token after {@code head} ends its phrase (a comma, the sentence's end), so nothing introduces it. */
  private static boolean endsPhrase(Sentence s, Token head) {
    List<Token> all = s.tokens();
    int at = all.indexOf(head);
    return at + 1 >= all.size() || !all.get(at + 1).isWord() && !all.get(at + 1).text().equals("'s");
  }

  private static boolean precededByComma(Sentence s, Token t) {
    List<Token> all = s.tokens();
    int at = all.indexOf(t);
    return at > 0 && (all.get(at - 1).text().equals(",") || Quotation.isMark(all.get(at - 1).text()));
  }

  /**
   * Heads of a definite description the reader cannot place without what the report said before:
   * things said or done ("the deal"), people ("the two men"), and institutions, places and events
   * that need a name or a country ("the foreign ministry", "the country", "the crash").
   */
  private static final Set<String> UNPLACED_HEADS = Set.of("deal", "agreement", "accord", "plan", "move",
      "decision", "man", "woman", "men", "women", "pair", "couple", "group",
      "suspect", "suspects", "victim", "victims", "incident", "proposal", "measure", "bill", "letter", "ruling",
      "boy", "girl", "child", "driver", "latter", "former", "same", "announcement", "comments", "remarks",
      "statement", "report", "offer", "request", "idea", "case", "attack", "visit", "trip", "meeting",
      "ministry", "government", "army", "military",
      "police", "president", "spokesman", "spokeswoman", "embassy", "parliament", "company", "court", "minister",
      "party", "agency", "officials", "director", "chairman", "chief", "prosecutor", "judge", "challenge", "reports",
      "investigation", "inquiry", "crash", "broadcast", "situation", "country", "nation", "market", "event", "city",
      "town", "region", "island", "school", "team", "plane", "aircraft", "ship", "vessel", "photo", "picture",
      "warning", "newsletter", "savings", "front", "point", "figures", "findings", "survey", "study", "ban", "hospital",
      "official", "province", "station", "regulation", "regulations", "ordinance", "legislation", "trio", "duo",
      "quartet");
  private static final Set<String> QUANTIFIERS = Set.of("many", "some", "most", "all", "several", "none", "few",
      "two", "three", "four", "five", "one");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  /** Words that may modify a head: adjectives, participles, numbers (not verbs in the present). */
  private static final Pattern MODIFIERS = Pattern.compile("\\p{L}+(?:ed|al|ic|ign|ior|ese|ian|ish|ive|ous|ent|ant|ary|ern)|two|three|four|five|new|other|same|latest|foreign|top|senior|local"
      + "|six|seven|eight|nine|ten|eleven|twelve|\\d+");

  /** What may follow the head and still introduce it ("the deal between X and Y", "the men who ..."). */
  private static final Set<String> INTRODUCING = Set.of("of", "between", "with", "for", "to", "in", "on", "that",
      "which", "who", "by", "from", "under", "at", "signed", "reached", "announced", "struck", "proposed", ",", "(");

  /**
   * "The deal was signed ...", "The two men were arrested ...", "Many of the disqualified candidates
   * ...", "The foreign ministry on Friday protested ...": a subject the reader cannot place.
   */
  static boolean definiteDescriptionSubject(Sentence s) {
    List<Token> words = s.tokens().stream().filter(t -> t.isWord()).toList();
    if (cataphoricCount(words)) return true;
    // "Even without announcing harsh measures, the situation still looks grim": the subject after an
    // opening clause
    int comma = openingClauseEnd(s);
    if (comma > 0 && definiteDescriptionAt(words, comma)) return true;
    return definiteDescriptionAt(words, 0);
  }

  /** Nouns that announce what the next sentences list ("Two questions now hang over the airline."). */
  private static final Set<String> CATAPHORIC = Set.of("questions", "reasons", "issues", "lessons", "things",
      "factors", "problems", "options", "possibilities", "steps", "scenarios");

  private static boolean cataphoricCount(List<Token> words) {
    return words.size() > 2 && QUANTIFIERS.contains(words.get(0).norm()) && CATAPHORIC.contains(words.get(1).norm())
        || words.size() > 3 && QUANTIFIERS.contains(words.get(0).norm()) && CATAPHORIC.contains(words.get(2).norm());
  }

  /** The index among the sentence's words just after an opening clause's comma (within 12 words), or -1. */
  private static int openingClauseEnd(Sentence s) {
    int words = 0;
    for (Token t : s.tokens()) {
      if (t.text().equals(",")) return words >= 2 ? words : -1;
      if (t.isWord() && ++words > 12) return -1;
    }
    return -1;
  }

  /** A definite description's head word (at {@code index} among the sentence's words), and whether a participle modifies it. */
  private record Description(Token head, int index, boolean participle) {}

  /**
   * The definite description opening at word {@code from} ("the two men", "the foreign ministry",
   * "many of the disqualified candidates"): its head after at most three lower-case modifiers;
   * null when none opens there, or its head is capitalised or ends the sentence.
   */
  private static Description description(List<Token> words, int from) {
    return description(words, from, false);
  }

  /** As {@link #description(List, int)}; {@code mayEnd}: the head may be the sentence's last word ("... parts of the region."). */
  private static Description description(List<Token> words, int from, boolean mayEnd) {
    int i = from;
    // "Many of the ...", "Some of the ...": the description that follows is the subject
    if (words.size() > i + 3 && QUANTIFIERS.contains(words.get(i).norm()) && words.get(i + 1).norm().equals("of")) i += 2;
    if (words.size() < i + (mayEnd ? 2 : 3) || !words.get(i).norm().equals("the")) return null;
    int j = i + 1;
    // lower-case modifiers before the head ("the two men", "the foreign ministry", "the disqualified candidates")
    boolean participle = false;
    while (j < words.size() - 1 && j - i <= 3 && !Character.isUpperCase(words.get(j).text().charAt(0))
        && !UNPLACED_HEADS.contains(words.get(j).norm())
        && MODIFIERS.matcher(words.get(j).norm()).matches()) {
      if (words.get(j).norm().endsWith("ed")) participle = true;
      j++;
    }
    Token head = words.get(j);
    if (Character.isUpperCase(head.text().charAt(0)) || !mayEnd && j + 1 >= words.size()) return null;
    return new Description(head, j, participle);
  }

  private static boolean definiteDescriptionAt(List<Token> words, int from) {
    Description d = description(words, from);
    if (d == null) return false;
    boolean counted = false;
    // a number among its modifiers: "the five criminals" are a set the reader was told of
    for (int k = from + 1; k < d.index(); k++) if (dev.newsbrief.text.NumberWords.isCount(words.get(k).norm())) counted = true;
    boolean anaphoric = UNPLACED_HEADS.contains(d.head().norm()) || ((d.participle() || counted) && d.head().norm().endsWith("s"));
    if (!anaphoric) return false;
    int j = d.index();
    String next = words.get(j + 1).norm();
    // "the ministry on Friday protested": a day is no introduction
    if (next.equals("on") && j + 2 < words.size() && WEEKDAYS.contains(words.get(j + 2).norm())) return true;
    return !INTRODUCING.contains(next);
  }

  private static Token firstWord(Sentence s) {
    for (Token t : s.tokens()) if (t.isWord()) return t;
    return null;
  }

  /**
   * A sentence with quoted words must name who says them outside the quotes, and its quotes must
   * open and close inside it (an unclosed quote runs on from or into another sentence).
   */
  static boolean quotesAttributed(Sentence s) {
    String text = s.text().replace("``", "“").replace("''", "”");
    int straight = occurrences(text, "\"");
    int open = occurrences(text, "“");
    int close = occurrences(text, "”");
    if (straight == 0 && open == 0 && close == 0) return true;
    if (straight % 2 != 0 || open != close) return false;
    String outside = Patterns.replaceAll(text, "\"[^\"]*\"|“[^”]*”", " ");
    boolean speakerNamed = false;
    int outsideWords = 0;
    for (Token t : dev.newsbrief.text.Tokenizer.tokenize(outside)) {
      if (!t.isWord()) continue;
      outsideWords++;
      if (ReportingVerbs.contains(t.norm())) speakerNamed = true;
    }
    // A quoted phrase inside an otherwise reported sentence ("called it a "war crime"") is fine.
    return speakerNamed || outsideWords >= 0.6 * Summarizer.words(text);
  }

  /** How often {@code part} stands in {@code s}, not overlapping. */
  private static int occurrences(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) n++;
    return n;
  }

}
