package dev.newsbrief.voices;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Quote;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Voice;
import dev.newsbrief.story.Story;
import dev.newsbrief.text.Places;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The "Voices" section: who said what across the story's independent reports, the most quoted
 * actors first, each with a few key quotes. A quote is cited to every report whose sentence says
 * the same as the sentence carrying it, so a line many outlets repeat shows it.
 */
public final class Voices {
  private static final int MIN_WORDS = 4;
  private static final int MAX_WORDS = 70;

  private Voices() {}

  /**
   * @param cite      cites a sentence (the citation engine of the briefing)
   * @param actors    how many actors to show at most
   * @param perActor  how many quotes per actor at most
   */
  public static List<Voice> of(Story story, Function<Sentence, CitedSentence> cite, int actors, int perActor) {
    return of(story, quotes(story), cite, actors, perActor);
  }

  /** The quotes of the story's independent reports, in report order; found once per story. */
  public static List<Quote> quotes(Story story) {
    // each report's quotes are its own: found in parallel, kept in report order
    return story.memo("voices.quotes", () -> story.origins().parallelStream()
        .flatMap(d -> quotes(d).stream()).toList());
  }

  /** A report's quotes ({@link QuoteExtractor#extract}), found once per report, whichever stories it is in. */
  static List<Quote> quotes(Document d) {
    return d.memo("voices.quotes", () -> List.copyOf(QuoteExtractor.extract(d)));
  }

  /**
   * {@link QuoteExtractor#continuedQuotations} of one of the story's reports, on the quotes already
   * found ({@link #quotes}); worked out once per report.
   */
  public static Map<Integer, Quote> continuedQuotations(Story story, Document doc) {
    Map<String, Map<Integer, Quote>> byReport = story.memo("voices.continued", java.util.concurrent.ConcurrentHashMap::new);
    Map<Integer, Quote> known = byReport.get(doc.id());
    if (known != null) return known;
    List<Quote> own = new ArrayList<>();
    if (story.isOrigin(doc.id())) {
      for (Quote q : quotes(story)) if (q.articleId().equals(doc.id())) own.add(q);
    } else {
      own.addAll(quotes(doc)); // a wire copy: not among the story's quotes
    }
    Map<Integer, Quote> found = QuoteExtractor.continuedQuotations(doc, own);
    byReport.putIfAbsent(doc.id(), found);
    return found;
  }

  /** As {@link #of(Story, Function, int, int)}, on quotes already found ({@link #quotes}). */
  public static List<Voice> of(Story story, List<Quote> quotes, Function<Sentence, CitedSentence> cite, int actors,
                               int perActor) {
    List<Document> docs = story.origins();
    List<Voice> out = new ArrayList<>();
    // Most reports first; among equals, named people before institutions and anonymous groups,
    // since a reader looks for who said what.
    List<ActorResolver.Actor> ranked = new ArrayList<>(ActorResolver.resolve(docs, quotes).actors());
    ranked.sort(Comparator.comparingInt((ActorResolver.Actor a) -> -a.reports())
        .thenComparingInt(a -> a.kind() == ActorResolver.Kind.PERSON ? 0 : 1)
        .thenComparingInt(a -> -a.quotes().size()));
    Set<String> lowerCase = lowerCaseWords(story);
    for (ActorResolver.Actor a : ranked) {
      if (out.size() >= actors) break;
      if (unnamed(a) || noName(a, lowerCase)) continue;
      List<Voice.VoiceQuote> chosen = keyQuotes(story, a.quotes(), cite, perActor);
      if (!chosen.isEmpty()) out.add(new Voice(a.id(), a.name(), a.role(), chosen));
    }
    return out;
  }

  /** Writings and bodies a report leaves unnamed: "the newspaper", "a report", "the agency" tell the reader nothing. */
  private static final Set<String> UNNAMED_HEADS = Set.of("newspaper", "paper", "report", "reports", "agency", "statement",
      "document", "documents", "study", "survey", "letter", "group", "side", "source", "sources", "magazine", "website",
      "broadcaster", "station", "journal");

  /**
   * Whether an actor is only such a word, with no name, or a group no reader can place ("officials",
   * "Local officials", "many historians", "media"): its words are not shown as anyone's. A group
   * with a country or an acronym ("U.S. officials", "Palestinian security officials") is shown.
   */
  static boolean unnamed(ActorResolver.Actor a) {
    if (a.kind() == ActorResolver.Kind.PERSON) return false;
    String[] words = Patterns.split(a.name().trim(), "\\s+");
    String head = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    if (a.kind() == ActorResolver.Kind.GROUP) {
      for (int i = 0; i < words.length - 1; i++) {
        String w = Patterns.replaceAll(words[i], "['’]s$", "");
        if (Places.country(w) != null || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
          return false;
        }
      }
      return !head.equals("police");
    }
    return a.name().equals(a.name().toLowerCase(java.util.Locale.ROOT)) && UNNAMED_HEADS.contains(head);
  }

  /** Words the story's reports write in lower case somewhere ("researchers", "media", "daily"); read once per story. */
  private static Set<String> lowerCaseWords(Story story) {
    return story.memo("voices.lowerCase", () -> {
      Set<String> out = new HashSet<>();
      for (Document d : story.origins()) {
        for (Sentence s : d.sentences()) {
          for (dev.newsbrief.model.Token t : s.tokens()) {
            if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) out.add(t.norm());
          }
        }
      }
      return Set.copyOf(out);
    });
  }

  /** Heads that say who speaks when no name does ("Kurdish news agency", "Philippine weather forecasters"). */
  private static final Set<String> SPEAKING_HEADS = Set.of("television", "radio", "newspaper", "daily", "channel",
      "broadcaster", "forecasters", "experts", "analysts", "scientists", "doctors", "witnesses", "residents", "officer",
      "officers", "official", "spokesman", "spokeswoman", "spokesperson");

  /**
   * Whether a person's or body's "name" is no name: a capitalised common word alone ("Researchers",
   * "Skeptics", "University" at the start of a sentence, which the reports also write in lower case),
   * or words ending on a common noun that says no speaker ("Anti-malaria drugs", "China's future
   * energy"). A body's or role's word keeps its place ("the government", "Israeli leader", "Interfax
   * news agency"); groups keep their own rule ({@link #unnamed}).
   */
  static boolean noName(ActorResolver.Actor a, Set<String> lowerCase) {
    if (a.kind() == ActorResolver.Kind.GROUP) return false;
    String[] words = Patterns.split(a.name().trim(), "\\s+");
    int from = words.length > 1 && words[0].equalsIgnoreCase("the") ? 1 : 0;
    String head = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    if (Gazetteer.ORG_WORDS.contains(head) || Gazetteer.ROLE_HEADS.contains(head) || Gazetteer.GROUP_WORDS.contains(head)
        || SPEAKING_HEADS.contains(head)) {
      return false;
    }
    if (words.length - from == 1) return lowerCase.contains(head);
    return Character.isLowerCase(words[words.length - 1].charAt(0));
  }

  /** A quote that may be shown, with the sentence it begins in (null when that was removed). */
  private record Candidate(Voice.VoiceQuote quote, Sentence sentence) {}

  /**
   * Prefers quotes more reports carry, then direct words over paraphrase, never two from the same
   * sentence; shows them in story order.
   */
  private static List<Voice.VoiceQuote> keyQuotes(Story story, List<Quote> quotes, Function<Sentence, CitedSentence> cite,
                                                  int perActor) {
    List<Candidate> candidates = new ArrayList<>();
    for (Quote q : mostCarried(story, quotes)) {
      Sentence s = sentenceOf(story, q);
      List<Citation> citations = s == null ? List.of() : cite.apply(s).citations();
      candidates.add(new Candidate(new Voice.VoiceQuote(q, citations), s));
    }
    candidates = mergeRepeats(candidates);
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.quote().citations().size())
        .thenComparing(c -> !c.quote().quote().direct())
        .thenComparingInt(c -> story.sourceNumber(c.quote().quote().articleId()))
        .thenComparingInt(c -> c.quote().quote().start()));
    List<Voice.VoiceQuote> chosen = new ArrayList<>();
    Set<String> sentencesUsed = new HashSet<>();
    for (Candidate c : candidates) {
      if (chosen.size() >= perActor) break;
      Quote q = c.quote().quote();
      String key = c.sentence() == null ? q.articleId() + ":" + q.start() : c.sentence().articleId() + ":" + c.sentence().index();
      if (sentencesUsed.add(key)) chosen.add(c.quote());
    }
    chosen.sort(Comparator.comparing((Voice.VoiceQuote v) -> story.sortDate(v.quote().articleId()),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(v -> story.sourceNumber(v.quote().articleId()))
        .thenComparingInt(v -> v.quote().start()));
    return chosen;
  }

  /** Quotes of one actor whose citations are looked for: beyond these, the most carried only. */
  static final int QUOTES_CITED = 24;
  private static final double CARRIED_SHARE = 0.6;

  /**
   * The actor's quotes of a length worth showing; when there are more than {@link #QUOTES_CITED}
   * (a big story's main actor has hundreds), the ones the most reports carry word for word (most
   * of their runs of {@link #ENDS} words in that report's quotes), direct words first among equals. Citing every
   * quote of such an actor would cost each of them a search of the whole story.
   */
  private static List<Quote> mostCarried(Story story, List<Quote> quotes) {
    List<Quote> showable = new ArrayList<>();
    for (Quote q : quotes) {
      int words = Patterns.split(q.text().strip(), "\\s+").length;
      if (words >= MIN_WORDS && words <= MAX_WORDS) showable.add(q);
    }
    if (showable.size() <= QUOTES_CITED) return showable;
    java.util.Map<Quote, Set<String>> runs = new java.util.IdentityHashMap<>();
    java.util.Map<String, Set<String>> reports = new java.util.HashMap<>();
    for (Quote q : showable) {
      Set<String> own = new HashSet<>(runsOfWords(normalised(q.text()).split(" ")));
      runs.put(q, own);
      for (String run : own) reports.computeIfAbsent(run, k -> new HashSet<>()).add(q.articleId());
    }
    java.util.Map<Quote, Integer> carried = new java.util.IdentityHashMap<>();
    for (Quote q : showable) {
      // the reports whose quotes hold most of this one's runs of words (a shared opening is not enough)
      java.util.Map<String, Integer> held = new java.util.HashMap<>();
      for (String run : runs.get(q)) for (String report : reports.get(run)) held.merge(report, 1, Integer::sum);
      int need = Math.max(1, (int) Math.ceil(CARRIED_SHARE * runs.get(q).size()));
      int n = 0;
      for (int count : held.values()) if (count >= need) n++;
      carried.put(q, Math.max(1, n));
    }
    List<Quote> ranked = new ArrayList<>(showable);
    ranked.sort(Comparator.comparingInt((Quote q) -> -carried.get(q)).thenComparing(q -> !q.direct())
        .thenComparingInt(q -> story.sourceNumber(q.articleId())).thenComparingInt(Quote::start));
    return ranked.subList(0, QUOTES_CITED);
  }

  /**
   * One entry for words several reports carry: the same quote, one that holds another ("suitcases
   * were found in the car's wreckage" in "blasted-apart suitcases were found …"), or one whose
   * sentence the citation engine finds states the same fact, is shown once, in its longer form,
   * cited to every report that gives it.
   */
  private static List<Candidate> mergeRepeats(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt((Candidate c) -> -normalised(c.quote().quote().text()).length()));
    List<Candidate> kept = new ArrayList<>();
    java.util.Map<String, Integer> byEnd = new java.util.HashMap<>(), bySentence = new java.util.HashMap<>();
    for (Candidate c : sorted) {
      String text = normalised(c.quote().quote().text());
      String[] words = text.split(" ");
      Integer into = null;
      for (String key : ends(words)) {
        Integer k = byEnd.get(key);
        if (k != null && normalised(kept.get(k).quote().quote().text()).contains(text)) { into = k; break; }
      }
      // or the same words as another report gives them, a few left out ("pitting one group of people
      // against another" and "pitting one group against another"): most of its runs of words in one kept quote
      if (into == null) into = mostlyIn(runsOfWords(words), byEnd);
      // or the citation engine found it the same fact as a sentence already kept
      for (int i = 0; into == null && i < c.quote().citations().size(); i++) {
        Citation x = c.quote().citations().get(i);
        into = bySentence.get(x.articleId() + ":" + x.sentence());
      }
      if (into == null) {
        kept.add(c);
        Sentence own = c.sentence();
        if (own != null) bySentence.putIfAbsent(own.articleId() + ":" + own.index(), kept.size() - 1);
        // every run of four words is indexed: a shorter repeat inside this quote starts and ends on one
        for (String run : runsOfWords(words)) byEnd.putIfAbsent(run, kept.size() - 1);
        continue;
      }
      Candidate host = kept.get(into);
      Voice.VoiceQuote hq = host.quote();
      List<Citation> citations = new ArrayList<>(hq.citations());
      Set<Integer> sources = new HashSet<>();
      for (Citation x : citations) sources.add(x.source());
      for (Citation x : c.quote().citations()) if (sources.add(x.source())) citations.add(x);
      citations.sort(Comparator.comparingInt(Citation::source));
      kept.set(into, new Candidate(new Voice.VoiceQuote(hq.quote(), citations), host.sentence()));
    }
    return kept;
  }

  /** The share of a quote's runs of words that must stand in one quote kept for it to be that quote again. */
  static final double SAME_WORDS = 0.6;

  /**
   * The kept quote ({@code byEnd}: each run of words to the first kept quote holding it) that holds
   * at least {@link #SAME_WORDS} of {@code runs}, or null; a quote of fewer than three runs is
   * too short to tell.
   */
  static Integer mostlyIn(List<String> runs, java.util.Map<String, Integer> byEnd) {
    if (runs.size() < 3) return null;
    java.util.Map<Integer, Integer> held = new java.util.HashMap<>();
    for (String run : new HashSet<>(runs)) {
      Integer k = byEnd.get(run);
      if (k != null) held.merge(k, 1, Integer::sum);
    }
    for (var e : held.entrySet()) if (e.getValue() >= SAME_WORDS * runs.size()) return e.getKey();
    return null;
  }

  private static final int ENDS = 4;

  /** Every run of {@link #ENDS} consecutive words, in order. */
  static List<String> runsOfWords(String[] words) {
    List<String> out = new ArrayList<>();
    for (int from = 0; from + ENDS <= words.length; from++) out.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, from + ENDS)));
    return out;
  }

  /** The first and last {@link #ENDS} words, by which a repeat is looked up. */
  private static List<String> ends(String[] words) {
    if (words.length < ENDS) return List.of(String.join(" ", words));
    return List.of(String.join(" ", java.util.Arrays.copyOfRange(words, 0, ENDS)),
        String.join(" ", java.util.Arrays.copyOfRange(words, words.length - ENDS, words.length)));
  }

  private static String normalised(String text) {
    return Patterns.replaceAll(text.toLowerCase(java.util.Locale.ROOT), "[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** The sentence where a quote's words begin. */
  static Sentence sentenceOf(Story story, Quote q) {
    for (Sentence s : story.document(q.articleId()).sentences()) {
      if (s.start() <= q.start() && q.start() < s.end()) return s;
      if (s.start() > q.start()) return s; // the quote began in a removed or skipped stretch
    }
    return null;
  }
}
