package dev.newsbrief.cite;

import dev.newsbrief.text.NumberWords;
import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.CitedSentence.Insertion;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import dev.newsbrief.story.Story;
import dev.newsbrief.text.Stopwords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Introduces people the reader has not met: the first time a briefing section names someone by one
 * name alone ("Xu spent 12 years in prison"), the full name the story's reports use is shown in
 * brackets in its place ("[Xu Wenli] spent 12 years in prison"), cited to the sentence it comes
 * from. Family name first or last, both are found. A name two people of the story share is left alone.
 */
public final class NameIntroductions {
  /** Titles, roles and nationalities that stand before a name but are not part of it. */
  private static final Set<String> NOT_GIVEN_NAMES = Set.of("president", "minister", "secretary", "foreign",
      "prime", "general", "gen", "mr", "mrs", "ms", "dr", "professor", "prof", "sen", "rep", "gov", "chief", "judge", "justice", "pope",
      "king", "queen", "prince", "princess", "archbishop", "bishop", "cardinal", "rev", "col", "lt", "maj", "capt",
      "sgt", "adm", "deputy", "vice", "ambassador", "chairman", "director", "senator", "governor", "mayor",
      "commander", "leader", "spokesman", "spokeswoman", "state", "defense", "defence", "interior", "attorney",
      "army", "air", "force", "navy", "police", "sir", "lord", "lady", "dame", "saint", "st", "blessed", "u.s.",
      "us", "un", "u.n.", "new", "former", "senior", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "british", "french", "greek",
      "dutch", "swiss", "thai", "iraqi", "israeli", "pakistani", "saudi", "kurdish", "turkish", "polish", "danish",
      "swedish", "irish", "scottish", "welsh", "spanish", "finnish", "chinese", "japanese", "vietnamese",
      "islamic", "catholic", "jewish", "muslim", "christian", "democrat", "republican", "communist", "labor",
      "labour", "liberal", "conservative");
  private static final Pattern DEMONYM = Pattern.compile("\\p{L}+(?:ian|ean|ese|ish|an|i)");
  private static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "party", "council", "committee",
      "department", "office", "agency", "union", "organization", "organisation", "group", "company", "court",
      "university", "bank", "church", "army", "house", "association", "institute", "center", "centre",
      "foundation", "news", "times", "post", "press", "airlines", "corp", "inc", "board", "commission", "league",
      "communications", "corporation", "systems", "technologies", "technology", "airways", "motors", "international",
      "holdings", "energy", "oil", "petroleum", "industries", "software", "computer", "computers", "networks",
      "fund", "network", "trust", "society", "club", "alliance", "movement", "front", "service", "forum", "school", "college", "hospital",
      "connexion", "radio", "channel", "embassy", "embassies", "consulate", "cabinet", "assembly", "parliament",
      "senate", "congress", "government", "authority", "administration", "legislature", "tribunal", "police", "navy", "magazine", "journal", "hotel", "stadium", "museum", "prison", "media", "telecom", "pharmaceuticals", "airport", "square", "street", "river",
      "island", "islands", "province", "city", "county", "valley", "mountains", "sea", "ocean", "bay", "strip",
      // places: "South Africa" is no full name of "Africa"
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "upper",
      "lower", "asia", "africa", "america", "europe", "arabia", "korea", "zealand", "guinea", "kingdom", "states",
      "republic", "emirates", "coast", "gulf", "peninsula", "middle", "far", "near", "latin");
  private static final Set<String> OPENERS = Set.of("although", "though", "whether", "while", "when", "after",
      "before", "because", "since", "unless", "despite", "during", "meanwhile", "however", "moreover", "still",
      "yet", "also", "even", "only", "then", "thus", "instead", "indeed", "perhaps", "like", "unlike", "as", "if");
  private static final Pattern PERSON_VERB = Pattern.compile("said|says|told|added|was|is|has|had|wrote|\\p{L}+ed");
  /** Particles inside names ("al-Assad", "bin Laden", "van Gogh"): a word next to one is no name alone. */
  private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "van", "von", "de", "da",
      "del", "della", "di", "du", "le", "la", "dos", "das", "-");

  /** A person's full name as a report writes it, and a sentence that does. */
  private record FullName(String full, Sentence source) {}

  private final Map<String, FullName> bySurname = new HashMap<>();
  /** Acronyms the reports use and the name each stands for ("PAL" → "Philippine Airlines"). */
  private final Map<String, FullName> acronyms = new HashMap<>();
  private final Set<String> lowerCase = new HashSet<>();
  private final Set<String> places = new HashSet<>();
  private final Map<String, Integer> placeUses = new HashMap<>();
  /** Names that begin or end the full names of two people ("Liu" of Liu Nianchun and Liu Qing). */
  private final Set<String> shared = new HashSet<>();
  private final Set<String> afterThe = new HashSet<>();
  /** For each name, its full forms (lower case) as the reports write them: where first, and how often. */
  private final Map<String, Map<String, FullName>> uses = new HashMap<>();
  private final Map<String, Map<String, Integer>> counts = new HashMap<>();
  private static final Set<String> LOCATIVE = Set.of("in", "near", "outside", "across", "throughout", "inside");
  /**
   * For each report and name (key "report id TAB name"), the full forms the report writes, each with
   * the sentence where the report first does: a name the story's people share may still be one
   * person's within a report ("Zhang" after "Zhang Geng" where the story also names Zhang Fusen).
   */
  private final Map<String, Map<String, FullName>> inReport = new HashMap<>();
  /** Names the full forms of which are two people's or more. */
  private final Set<String> contested = new HashSet<>();
  /** For each name that may be used alone, the last words of the full names it begins or ends. */
  private final Map<String, Set<String>> firstOf = new HashMap<>();

  /** The story's people and their full names, read once for all the sections of a briefing. */
  public static NameIntroductions of(Story story) {
    return new NameIntroductions(story);
  }

  private NameIntroductions(Story story) {
    // "Although Chile ...": a sentence's first word is no name when the reports also write it in lower case
    for (Document d : story.origins()) {
      for (Sentence s : d.sentences()) {
        for (Token t : s.tokens()) if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) lowerCase.add(t.norm());
        List<Token> t = s.tokens();
        // "in Haiti", "near Kandahar": a word written after a preposition of place is a place, not a person
        for (int i = 0; i + 1 < t.size(); i++) {
          // "the Caribbean", "the Flight 111 crash": a word written after "the" names no person
          if (t.get(i).norm().equals("the") && Character.isUpperCase(t.get(i + 1).text().charAt(0))) afterThe.add(t.get(i + 1).norm());
          if (LOCATIVE.contains(t.get(i).norm()) && Character.isUpperCase(t.get(i + 1).text().charAt(0))) {
            placeUses.merge(t.get(i + 1).norm(), 1, Integer::sum);
          }
        }
      }
    }
    for (Document d : story.origins()) {
      for (Sentence s : d.sentences()) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
          int j = i;
          while (j < t.size() && (nameWord(t.get(j)) || initialPeriod(t, j) || initialPeriod(t, j + 1)
              || innerParticle(t, i, j))) j++;
          while (j > i && !nameWord(t.get(j - 1))) j--;
          // "Temple-Tuttle", "al-Assad": a run cut at a hyphen is half a name
          boolean hyphenated = (j < t.size() && t.get(j).text().equals("-")) || (i > 0 && t.get(i - 1).text().equals("-"));
          boolean organisation = j < t.size() && ORGANISATION_WORDS.contains(t.get(j).norm());
          for (int k = i; k < j; k++) if (ORGANISATION_WORDS.contains(t.get(k).norm())) organisation = true;
          // "Centers for Disease Control", "Standards and Control": a run after "for"/"of"/"and" that follows a
          // capitalised word goes on an institution's name
          if (i >= 2 && NAME_JOINERS.contains(t.get(i - 1).norm())
              && Character.isUpperCase(t.get(i - 2).text().charAt(0)) && t.get(i - 2).isWord()) {
            organisation = true;
          }
          // "Kenya Society for the Blind", "Bank of England": a name that goes on with "for"/"of" is an institution's
          if (j + 1 < t.size() && (t.get(j).norm().equals("for") || t.get(j).norm().equals("of"))
              && (t.get(j + 1).norm().equals("the") || Character.isUpperCase(t.get(j + 1).text().charAt(0)))) {
            organisation = true;
          }
          // "Federal Food and Drug Administration": a name that goes on with "and" to an institution's word
          if (j + 1 < t.size() && t.get(j).norm().equals("and")) {
            for (int k = j + 1; k < t.size() && t.get(k).isWord() && Character.isUpperCase(t.get(k).text().charAt(0)); k++) {
              if (ORGANISATION_WORDS.contains(t.get(k).norm())) organisation = true;
            }
          }
          if (j - i >= 2 && !organisation && !hyphenated) {
            int from = i;
            // "Although Cardoso", "Putting Brazil": an opener the reports also write in lower case, or a
            // participle or adverb, is no part of the name
            if (i == 0 && (lowerCase.contains(t.get(0).norm()) || OPENERS.contains(t.get(0).norm())
                || PARTICIPLE_OR_ADVERB.matcher(t.get(0).norm()).matches())) from++;
            // "Russian Sergei Lavrov": the name is what follows a nationality; but "Hosni Mubarak" is
            // a name of two words, the first of which only ends like one
            while (from < j - 2 && (DEMONYM.matcher(t.get(from).norm()).matches() && from == i)) from++;
            if (j - from >= 2 && j - from <= 4) {
              String full = s.text().substring(t.get(from).start() - s.start(), t.get(j - 1).end() - s.start());
              // "Fernando Henrique Cardoso Cardoso": a word written twice is a slip, not a name
              if (repeatsAWord(t, from, j)) {
                i = Math.max(j, i + 1);
                continue;
              }
              // either end may be the name used alone: "Pinochet" of "Augusto Pinochet", "Xu" of "Xu Wenli"
              for (Token end : List.of(t.get(j - 1), t.get(from))) {
                // "D.C." of "Washington D.C.": initials are nobody's name used alone
                if (INITIAL.matcher(end.text()).matches()) continue;
                String key = end.norm();
                String form = full.toLowerCase(Locale.ROOT);
                uses.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(form, new FullName(full, s)); // where first written
                inReport.computeIfAbsent(d.id() + "\t" + key, k -> new HashMap<>()).putIfAbsent(form, new FullName(full, s));
                counts.computeIfAbsent(key, k -> new HashMap<>()).merge(form, 1, Integer::sum);
                // the longest form the reports write ("F.W. de Klerk" over "De Klerk")
                bySurname.merge(key, new FullName(full, s), (a, b) -> b.full().length() > a.full().length() ? b : a);
                Set<String> lasts = firstOf.computeIfAbsent(key, k -> new HashSet<>());
                if (key.equals(t.get(j - 1).norm()) || j - from == 2) lasts.add(t.get(j - 1).norm());
              }
            }
          }
          i = Math.max(j, i + 1);
        }
      }
    }
    // a given name stands for the person only where the family name comes first ("Xu" of "Xu Wenli"):
    // the other end is never used alone, and this one is
    Map<String, Integer> alone = new HashMap<>(), subject = new HashMap<>();
    for (Document d : story.origins()) {
      for (Sentence s : d.sentences()) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
          if (aloneAt(t, i)) alone.merge(t.get(i).norm(), 1, Integer::sum);
          // "Xu said", "Wang was": the name alone as a person's, the subject of a verb
          if (aloneAt(t, i) && i + 1 < t.size() && PERSON_VERB.matcher(t.get(i + 1).norm()).matches()) {
            subject.merge(t.get(i).norm(), 1, Integer::sum);
          }
        }
      }
    }
    // "Bill Clinton" and "Hillary Clinton": a name two people share is no one's alone (but see below)
    for (var e : counts.entrySet()) {
      if (onePerson(e.getValue().keySet())) continue;
      bySurname.remove(e.getKey());
      // "the Caribbean" names no person; "the Shepard family" beside "Shepard was beaten" still does
      if (!afterThe.contains(e.getKey()) || subject.getOrDefault(e.getKey(), 0) >= 2 && endsEveryForm(e.getKey(), e.getValue().keySet())) {
        contested.add(e.getKey());
      }
    }
    // a person's name (the subject of "said", "was" ... at least twice) that two people share: the one the
    // reports name at least twice as often as all the others, else no one ("Liu was never put on trial"
    // where the reports name two Lius about as often: a person no bracket can name)
    for (String key : contested) {
      if (subject.getOrDefault(key, 0) < 2) continue;
      String top = dominant(counts.get(key));
      if (top != null) bySurname.put(key, uses.get(key).get(top));
      else shared.add(key);
    }
    // "in Schumer's district" once against "Schumer said" often: a person, whatever the preposition
    for (var e : placeUses.entrySet()) if (e.getValue() >= subject.getOrDefault(e.getKey(), 0)) places.add(e.getKey());
    Set<String> lastWords = new HashSet<>();
    for (Set<String> lasts : firstOf.values()) lastWords.addAll(lasts);
    for (String key : new ArrayList<>(bySurname.keySet())) {
      if (lastWords.contains(key)) continue; // the end of a full name: a surname
      Set<String> lasts = firstOf.get(key);
      boolean lastUsedAlone = lasts == null || lasts.isEmpty();
      if (lasts != null) for (String last : lasts) if (alone.getOrDefault(last, 0) > 0) lastUsedAlone = true;
      if (lastUsedAlone || subject.getOrDefault(key, 0) < 2) bySurname.remove(key);
    }
    for (Document d : story.origins()) collectAcronyms(d);
  }

  /** Nouns of a role a report gives a person before or beside the name ("flight director Brian Smith"). */
  private static final Set<String> ROLE_NOUNS = Set.of("director", "spokesman", "spokeswoman", "spokesperson",
      "minister", "official", "chairman", "chairwoman", "president", "lawyer", "attorney", "analyst", "professor",
      "expert", "pilot", "chief", "head", "manager", "leader", "secretary", "ambassador", "commander", "engineer",
      "scientist", "researcher", "economist", "executive", "governor", "mayor", "judge", "prosecutor", "senator",
      "correspondent", "editor", "founder", "owner", "coach", "captain", "doctor", "surgeon", "meteorologist",
      "investigator", "counsel", "adviser", "advisor", "aide", "negotiator", "envoy", "activist", "student");
  private static final Set<String> ROLE_STOPS = Set.of("the", "a", "an", "and", "or", "of", "said", "says", "told", "by",
      "with", "to", "for", "as", "that", "when", "while");

  /**
   * The role the full name's source sentence gives the person: the words just before the name
   * ("mission control director Brian Smith", "Microsoft attorney Thane Scott") or an apposition just
   * after it ("Brian Smith, the flight director,"), ending on a role noun; null when it gives none.
   */
  private static String roleIn(FullName full) {
    Sentence s = full.source();
    if (s == null) return null;
    List<Token> t = s.tokens();
    int start = -1, end = -1;
    for (int k = 0; k < t.size(); k++) {
      if (s.text().startsWith(full.full(), t.get(k).start() - s.start())) {
        start = k;
        int last = t.get(k).start() - s.start() + full.full().length();
        end = k;
        while (end < t.size() && t.get(end).end() - s.start() < last) end++;
        end++; // the first token after the name
        break;
      }
    }
    if (start < 0) return null;
    // before: up to four words, none a determiner, verb or punctuation, the last a role noun
    if (start > 0 && ROLE_NOUNS.contains(t.get(start - 1).norm())) {
      int from = start - 1;
      while (from > 0 && start - from < 4 && t.get(from - 1).isWord() && !ROLE_STOPS.contains(t.get(from - 1).norm())
          && !t.get(from - 1).text().endsWith("ed") && (from - 1 > 0 || !Character.isUpperCase(t.get(from - 1).text().charAt(0))
          || !t.get(from - 1).stop())) from--;
      // as written: a title keeps its capital ("President Fernando Henrique Cardoso")
      return s.text().substring(t.get(from).start() - s.start(), t.get(start - 1).end() - s.start());
    }
    // after: ", the flight director," or ", a spokesman for X," is too long to carry; take ", the <words> <role>,"
    if (end + 2 < t.size() && t.get(end).text().equals(",") && t.get(end + 1).norm().equals("the")) {
      int k = end + 2;
      while (k < t.size() && k - end <= 5 && t.get(k).isWord() && Character.isLowerCase(t.get(k).text().charAt(0))) k++;
      if (k < t.size() && k > end + 2 && t.get(k).text().equals(",") && ROLE_NOUNS.contains(t.get(k - 1).norm())) {
        return s.text().substring(t.get(end + 2).start() - s.start(), t.get(k - 1).end() - s.start());
      }
    }
    return null;
  }

  /** Whether the name ends every full form written of it, as a family name does ("Reuters" of "Reuters Insider" does not). */
  private static boolean endsEveryForm(String name, Set<String> forms) {
    for (String f : forms) if (!f.endsWith(" " + name)) return false;
    return true;
  }

  private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.)+");
  /** Particles written in lower case inside a name ("F.W. de Klerk", "Osama bin Laden"); "al-" is joined by a hyphen. */
  private static final Set<String> INNER_PARTICLES = Set.of("de", "van", "von", "bin", "ibn", "da", "del", "della",
      "di", "du", "le", "la", "dos", "das", "der", "den", "ter");

  /** A lower-case particle between a name word and a capitalised one ("de" of "F.W. de Klerk"). */
  private static boolean innerParticle(List<Token> t, int runStart, int j) {
    return j > runStart && j + 1 < t.size() && INNER_PARTICLES.contains(t.get(j).text())
        && nameWord(t.get(j + 1)) && (nameWord(t.get(j - 1)) || INITIAL.matcher(t.get(j - 1).text()).matches());
  }
  private static final Pattern PARTICIPLE_OR_ADVERB = Pattern.compile("\\p{L}+(?:ing|ed|ly)");
  private static final Set<String> NAME_JOINERS = Set.of("for", "of", "and");
  /** Acronyms every reader knows, left as written. */
  private static final Set<String> KNOWN_ACRONYMS = Set.of("US", "UK", "UN", "EU", "USA", "NATO", "FBI", "CIA", "AIDS", "TV");

  /**
   * "Philippine Airlines … PAL": an acronym stands for the nearest capitalised name before its first
   * use in the report whose words give its letters in order, each word at least its first ("PAL" of
   * P-hilippine A-ir-L-ines, "NATO" of North Atlantic Treaty Organization), the first word its first
   * letter. A name is only taken when it is an institution's or a place's (it ends with such a word).
   */
  private void collectAcronyms(Document d) {
    Map<String, FullName> seen = new HashMap<>();
    List<String[]> runs = new ArrayList<>();
    List<Sentence> runSentences = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        Token tok = t.get(i);
        // "-LRB-": letters inside a hyphenated token (a bracket as treebank text writes it) are no acronym
        boolean hyphenated = i > 0 && t.get(i - 1).text().equals("-") && i + 1 < t.size() && t.get(i + 1).text().equals("-");
        if (isAcronym(tok.text()) && !hyphenated && !seen.containsKey(tok.text()) && !KNOWN_ACRONYMS.contains(tok.text())) {
          for (int r = runs.size() - 1; r >= 0; r--) {
            if (spells(tok.text(), runs.get(r))) {
              seen.put(tok.text(), new FullName(String.join(" ", runs.get(r)), runSentences.get(r)));
              break;
            }
          }
          seen.putIfAbsent(tok.text(), null);
        }
        // "The Reserve Bank of India": a sentence's capitalised "The" is no part of the name
        if (!tok.isWord() || !Character.isUpperCase(tok.text().charAt(0)) || isAcronym(tok.text()) || tok.stop()) continue;
        int j = i;
        // "Reserve Bank of India", "Centers for Disease Control": a joiner between capitalised words goes on the name
        while (j < t.size() && t.get(j).isWord() && (Character.isUpperCase(t.get(j).text().charAt(0))
            && !isAcronym(t.get(j).text()) || j > i && NAME_JOINERS.contains(t.get(j).text()) && j + 1 < t.size()
            && Character.isUpperCase(t.get(j + 1).text().charAt(0)) && !isAcronym(t.get(j + 1).text()))) j++;
        boolean institution = ORGANISATION_WORDS.contains(t.get(j - 1).norm());
        for (int k = i; k < j; k++) if (NAME_JOINERS.contains(t.get(k).text()) && ORGANISATION_WORDS.contains(t.get(k - 1).norm())) institution = true;
        if (j - i >= 2 && institution) {
          String[] words = new String[j - i];
          for (int k = i; k < j; k++) words[k - i] = t.get(k).text();
          runs.add(words);
          runSentences.add(s);
        }
        i = j - 1;
      }
    }
    for (var e : seen.entrySet()) {
      if (e.getValue() == null) continue;
      FullName other = acronyms.get(e.getKey());
      // two reports reading one acronym two ways: no one's
      if (other != null && !other.full().equalsIgnoreCase(e.getValue().full())) acronyms.put(e.getKey(), new FullName("", null));
      else acronyms.putIfAbsent(e.getKey(), e.getValue());
    }
  }

  /**
   * Whether the words give the acronym's letters in order, each word at least its first letter;
   * joiners ("of", "for") may give none.
   */
  static boolean spells(String acronym, String[] words) {
    if (spells(acronym.toLowerCase(Locale.ROOT), 0, words, 0, 0)) return true;
    String[] content = java.util.Arrays.stream(words).filter(w -> !NAME_JOINERS.contains(w)).toArray(String[]::new);
    return content.length < words.length && spells(acronym.toLowerCase(Locale.ROOT), 0, content, 0, 0);
  }

  private static boolean spells(String a, int ai, String[] words, int w, int ci) {
    if (ai == a.length()) return w == words.length - 1 && ci > 0 || w == words.length;
    if (w >= words.length) return false;
    String word = words[w].toLowerCase(Locale.ROOT);
    if (ci == 0) {
      // each word starts with the next letter
      return word.charAt(0) == a.charAt(ai) && spells(a, ai + 1, words, w, 1);
    }
    // take a later letter of this word, or move to the next word
    for (int k = ci; k < word.length(); k++) {
      if (word.charAt(k) == a.charAt(ai) && spells(a, ai + 1, words, w, k + 1)) return true;
    }
    return spells(a, ai, words, w + 1, 0);
  }

  /** Whether token {@code i} is a capitalised word standing alone, with no name word or particle beside it. */
  private static boolean aloneAt(List<Token> t, int i) {
    Token tok = t.get(i);
    if (!tok.isWord() || !Character.isUpperCase(tok.text().charAt(0))) return false;
    boolean before = i > 0 && ((nameWord(t.get(i - 1)) && !NOT_GIVEN_NAMES.contains(t.get(i - 1).norm().replace(".", "")))
        || PARTICLES.contains(t.get(i - 1).norm()) || isAcronym(t.get(i - 1).text())
        // "Buffalo GYN Women's Services", "National Academy of Sciences": a word after a capitalised
        // word and "'s", "of" or "for" goes on that name
        || i > 1 && IN_NAME_JOINERS.contains(t.get(i - 1).norm()) && Character.isUpperCase(t.get(i - 2).text().charAt(0))
        // "New York", "St. Louis": a place's first word, which is no name word, still begins the name
        || PLACE_PREFIXES.contains(t.get(i - 1).norm()) && Character.isUpperCase(t.get(i - 1).text().charAt(0)));
    boolean after = i + 1 < t.size() && (nameWord(t.get(i + 1)) || PARTICLES.contains(t.get(i + 1).norm())
        || isAcronym(t.get(i + 1).text())
        || i + 2 < t.size() && IN_NAME_JOINERS.contains(t.get(i + 1).norm()) && nameWord(t.get(i + 2)));
    return !before && !after;
  }

  private static final Set<String> IN_NAME_JOINERS = Set.of("'s", "of", "for");
  private static final Set<String> PLACE_PREFIXES = Set.of("new", "st", "st.", "saint");

  /**
   * Whether token {@code i} is someone's name used alone: alone ({@link #aloneAt}), no place, and not a
   * sentence's first word that the reports also write in lower case ("Farming by the movement of the
   * planets ..." is no Farming of "Biodynamic Farming").
   */
  private boolean nameAloneAt(List<Token> t, int i) {
    String n = t.get(i).norm();
    // "Air France": a country's name is no one's surname
    if (places.contains(n) || !aloneAt(t, i) || dev.newsbrief.text.Places.country(t.get(i).text()) != null) return false;
    // "its fleet of seven Concordes", "its five remaining Concordes", "the Boeings": things counted, not a person
    if (i > 0 && (NumberWords.isCount(t.get(i - 1).norm()) || t.get(i - 1).norm().equals("the")
        || i > 1 && NumberWords.isCount(t.get(i - 2).norm()) && Character.isLowerCase(t.get(i - 1).text().charAt(0)))) return false;
    for (int k = 0; k < i; k++) if (t.get(k).isWord()) return true;
    return !lowerCase.contains(n);
  }

  private static boolean repeatsAWord(List<Token> t, int from, int to) {
    Set<String> seen = new HashSet<>();
    for (int k = from; k < to; k++) if (t.get(k).isWord() && !seen.add(t.get(k).norm())) return true;
    return false;
  }

  /**
   * The full name (lower case) that, with the shorter or longer forms of it, makes at least two thirds
   * of a name's written full forms; null when none does.
   */
  private static String dominant(Map<String, Integer> counts) {
    int total = 0;
    for (int c : counts.values()) total += c;
    for (String candidate : counts.keySet()) {
      Set<String> words = Set.of(Patterns.split(candidate, "\\s+"));
      int same = 0;
      for (var e : counts.entrySet()) {
        Set<String> other = Set.of(Patterns.split(e.getKey(), "\\s+"));
        if (words.containsAll(other) || other.containsAll(words)) same += e.getValue();
      }
      if (3 * same >= 2 * total && counts.get(candidate) * 2 >= same) return candidate;
    }
    return null;
  }

  /** A surname after its lower-case particle, with no other name word before or after ("de Klerk's name"). */
  private static boolean particleSurnameAt(List<Token> t, int i) {
    if (i < 1 || !INNER_PARTICLES.contains(t.get(i - 1).text())) return false;
    boolean before = i > 1 && (nameWord(t.get(i - 2)) || INITIAL.matcher(t.get(i - 2).text()).matches());
    boolean after = i + 1 < t.size() && nameWord(t.get(i + 1));
    return !before && !after;
  }

  /** "Jim Harris" and "Jim L. Harris" are one person; "Bill Clinton" and "Hillary Clinton" are two. */
  private static boolean onePerson(Set<String> fulls) {
    String longest = "";
    for (String f : fulls) if (f.length() > longest.length()) longest = f;
    Set<String> words = new HashSet<>(List.of(Patterns.split(longest, "\\s+")));
    for (String f : fulls) for (String w : Patterns.split(f, "\\s+")) if (!words.contains(w)) return false;
    return true;
  }

  /** The period of an initial ("Lewis D. Schiliro"), which tokenisation may split from its letter. */
  private static boolean initialPeriod(List<Token> t, int i) {
    return i > 0 && i < t.size() && t.get(i).text().equals(".") && Patterns.matches(t.get(i - 1).text(), "\\p{Lu}");
  }

  /** Two to five upper-case letters ("NATO", "PAL"); tested per token, so without a regex. */
  static boolean isAcronym(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.getType(c) != Character.UPPERCASE_LETTER) return false;
      letters++;
      i += Character.charCount(c);
    }
    return letters >= 2 && letters <= 5;
  }

  /** An ASCII digit (as the regex \d). */
  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
    return false;
  }

  private static boolean nameWord(Token t) {
    String n = t.norm();
    return t.isWord() && Character.isUpperCase(t.text().charAt(0)) && !Stopwords.contains(n)
        && !NOT_GIVEN_NAMES.contains(n.replace(".", "")) && !hasDigit(n) && t.text().length() > 1
        && !t.text().equals(t.text().toUpperCase(Locale.ROOT))
        // an initial ("Jennifer E. Duffy"), but not a country's ("U.S. Citigroup" is no one's full name)
        || t.isWord() && t.text().endsWith(".") && INITIAL.matcher(t.text()).matches() && !NOT_GIVEN_NAMES.contains(n.replace(".", ""));
  }

  /**
   * Whether the sentence names someone by a name two people of the story share, alone ("Liu was never
   * put on trial" where the reports name Liu Nianchun and Liu Qing): no bracket can say which, so the
   * sentence cannot stand alone.
   */
  public boolean namesSomeoneAmbiguously(Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (shared.contains(tok.norm()) && nameAloneAt(t, i) && ownReports(s, tok.norm()) == null) return true;
    }
    return false;
  }

  /**
   * The one person a name the story's people share stands for in the sentence's own report: the
   * report wrote that person's full name before this sentence, and no other's with that name; else null.
   */
  private FullName ownReports(Sentence s, String name) {
    if (!contested.contains(name)) return null;
    Map<String, FullName> forms = inReport.get(s.articleId() + "\t" + name);
    if (forms == null) return null;
    Map<String, FullName> before = new HashMap<>();
    for (var e : forms.entrySet()) {
      FullName f = e.getValue();
      if (f.source().articleId().equals(s.articleId()) && f.source().index() < s.index()) before.put(e.getKey(), f);
    }
    if (before.isEmpty() || !onePerson(before.keySet())) return null;
    // the longest form ("F.W. de Klerk" over "De Klerk")
    return before.values().stream().max(java.util.Comparator.comparingInt((FullName f) -> f.full().length())).orElse(null);
  }

  /**
   * The section's sentences, in the order shown, each with brackets before a surname the section
   * has not introduced yet.
   */
  public List<CitedSentence> apply(List<Sentence> sentences, List<CitedSentence> cited,
                                   java.util.function.Function<Sentence, Citation> citationOf) {
    NameIntroductions names = this;
    Set<String> introduced = new HashSet<>();
    List<CitedSentence> out = new ArrayList<>(cited.size());
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      List<Insertion> insertions = new ArrayList<>();
      List<Token> t = s.tokens();
      String lower = s.text().toLowerCase(Locale.ROOT);
      for (int i = 0; i < t.size(); i++) {
        Token tok = t.get(i);
        FullName acronym = names.acronyms.get(tok.text());
        if (acronym != null && acronym.source() != null && !introduced.contains(tok.text())) {
          introduced.add(tok.text());
          if (!lower.contains(acronym.full().toLowerCase(Locale.ROOT))) {
            // "[Philippine Airlines (PAL)]": the reader learns the acronym the next sentences use
            insertions.add(new Insertion(tok.start() - s.start(), tok.end() - tok.start(), acronym.full() + " (" + tok.text() + ")",
                citationOf.apply(acronym.source())));
          }
          continue;
        }
        FullName full = names.places.contains(tok.norm()) ? null : names.bySurname.get(tok.norm());
        // a name two people share is introduced per person: "[Zhang Geng]" here, "[Zhang Fusen]" later
        String key = tok.norm();
        if (full == null && !names.places.contains(tok.norm())) {
          full = names.ownReports(s, tok.norm());
          if (full != null) key = full.full().toLowerCase(Locale.ROOT);
        }
        if (full == null || !Character.isUpperCase(tok.text().charAt(0)) || introduced.contains(key)) continue;
        boolean alone = nameAloneAt(t, i);
        // "de Klerk" alone: the particle goes with the surname into the brackets
        boolean particle = !alone && particleSurnameAt(t, i);
        if ((alone || particle) && !lower.contains(full.full().toLowerCase(Locale.ROOT))) {
          int from = particle ? t.get(i - 1).start() : tok.start();
          // "[flight director Brian Smith] said": the role its source gives the person, unless this sentence gives one
          String role = i > 0 && ROLE_NOUNS.contains(t.get(i - 1).norm()) ? null : roleIn(full);
          String words = role == null ? full.full() : role + " " + full.full();
          insertions.add(new Insertion(from - s.start(), tok.end() - from, words, citationOf.apply(full.source())));
        }
        introduced.add(key);
      }
      out.add(insertions.isEmpty() ? cited.get(k) : cited.get(k).withInsertions(insertions));
    }
    return out;
  }
}
