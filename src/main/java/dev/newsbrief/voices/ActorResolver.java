package dev.newsbrief.voices;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Quote;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Token;
import dev.newsbrief.model.Voice;
import dev.newsbrief.text.Places;
import dev.newsbrief.text.Stopwords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves the speakers of a cluster's quotes to actors: "Kerry", "Mr Kerry", "John Kerry",
 * "US secretary of state John Kerry" and "the US secretary of state" become one person; "the
 * observatory" and "the Syrian Observatory for Human Rights" one organisation; "Moscow" and
 * "Russia" one country. Evidence is pooled over the cluster: a role seen next to a name in any
 * report links the bare role in every other.
 */
public final class ActorResolver {
  /** What kind of voice an actor is. */
  public enum Kind { PERSON, ORGANISATION, GROUP }

  /** One resolved actor with every quote attributed to it. */
  public record Actor(String id, String name, String role, Kind kind, List<Quote> quotes) {
    public Actor {
      quotes = List.copyOf(quotes);
    }

    /** How many different reports quote this actor. */
    public int reports() {
      Set<String> ids = new HashSet<>();
      for (Quote q : quotes) ids.add(q.articleId());
      return ids.size();
    }
  }

  /** The actors, most quoted first, and the quotes with their {@code actorId} set. */
  public record Resolution(List<Actor> actors, List<Quote> quotes) {
    public Resolution {
      actors = List.copyOf(actors);
      quotes = List.copyOf(quotes);
    }
  }

  private static final Set<String> ROLE_WORDS = Set.of("foreign", "prime", "of", "state", "defence",
      "defense", "deputy", "vice", "high", "chief", "senior", "top", "former", "'s", "’s", "human",
      "rights", "for", "interior", "finance", "general", "supreme", "executive", "war", "crimes");
  /** Role heads many people hold at once: no one of them is "the" holder. */
  private static final Set<String> GENERIC_ROLES = Set.of("official", "officials", "spokesman", "spokeswoman",
      "spokesperson", "source", "diplomat", "aide", "member", "representative", "officer", "analyst", "lawyer",
      "adviser", "advisor", "negotiator", "activist", "correspondent", "editor", "professor", "doctor");
  private static final Set<String> GENERIC_ORG_HEADS = Set.of("monitor", "group", "organisation",
      "organization", "agency", "statement", "office", "ministry", "side");

  private ActorResolver() {}

  /** Resolves every quote's speaker to an actor across the cluster. */
  public static Resolution resolve(List<Document> docs, List<Quote> quotes) {
    Evidence ev = Evidence.collect(docs);
    Map<String, Builder> byKey = new LinkedHashMap<>();
    Map<String, String> lastOrgInArticle = new HashMap<>();
    List<Quote> sorted = new ArrayList<>(quotes);
    sorted.sort(Comparator.comparing(Quote::articleId).thenComparingInt(Quote::start));
    Map<Quote, String> keyOf = new HashMap<>();
    for (Quote q : sorted) {
      Key k = key(q.speaker(), ev, lastOrgInArticle.get(q.articleId()));
      if (k == null) continue;
      Builder b = byKey.computeIfAbsent(k.key, x -> new Builder(k.key, k.kind));
      b.names.merge(k.display, 1, Integer::sum);
      b.quotes.add(q);
      keyOf.put(q, k.key);
      if (k.kind == Kind.ORGANISATION) lastOrgInArticle.put(q.articleId(), k.key);
    }
    // "Interfax" alone looks like a surname; with "the Interfax news agency" in the cluster it is that agency
    for (String key : new ArrayList<>(byKey.keySet())) {
      if (!key.startsWith("person:")) continue;
      String w = key.substring("person:".length());
      Builder org = byKey.get("org:" + w);
      if (org == null || ev.fullNames.containsKey(w) || ev.roles.containsKey(w)) continue;
      Builder person = byKey.remove(key);
      org.quotes.addAll(person.quotes);
      person.names.forEach((n, c) -> org.names.merge(n, c, Integer::sum));
      for (Quote q : person.quotes) keyOf.put(q, org.key);
    }
    List<Actor> actors = new ArrayList<>();
    Map<String, String> idOf = new HashMap<>();
    List<Builder> builders = new ArrayList<>(byKey.values());
    builders.sort(Comparator.comparingInt((Builder b) -> -reports(b.quotes))
        .thenComparingInt(b -> -b.quotes.size())
        .thenComparingInt(b -> b.kind == Kind.GROUP ? 1 : 0)
        .thenComparing(b -> b.key));
    Set<String> ids = new HashSet<>();
    for (Builder b : builders) {
      String name = b.kind == Kind.PERSON ? ev.fullName(b.key, b.bestName()) : b.bestName();
      String id = slug(name);
      while (!ids.add(id)) id = id + "-" + ids.size();
      idOf.put(b.key, id);
      String role = b.kind == Kind.PERSON ? ev.roleOf(b.key) : null;
      List<Quote> withIds = new ArrayList<>();
      for (Quote q : b.quotes) withIds.add(withActor(q, id));
      withIds.sort(Comparator.comparing(Quote::articleId).thenComparingInt(Quote::start));
      actors.add(new Actor(id, name, role, b.kind, withIds));
    }
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      String key = keyOf.get(q);
      out.add(key == null ? q : withActor(q, idOf.get(key)));
    }
    return new Resolution(actors, out);
  }

  /** Voices of the cluster, most quoted actor first, with no citations (the caller adds them). */
  public static List<Voice> voices(List<Document> docs, List<Quote> quotes) {
    return voices(docs, quotes, q -> List.of());
  }

  /** Voices of the cluster, most quoted actor first, each quote cited by {@code cite}. */
  public static List<Voice> voices(List<Document> docs, List<Quote> quotes, Function<Quote, List<Citation>> cite) {
    List<Voice> out = new ArrayList<>();
    for (Actor a : resolve(docs, quotes).actors()) {
      List<Voice.VoiceQuote> vq = new ArrayList<>();
      for (Quote q : a.quotes()) vq.add(new Voice.VoiceQuote(q, cite.apply(q)));
      out.add(new Voice(a.id(), a.name(), a.role(), vq));
    }
    return out;
  }

  private record Key(String key, Kind kind, String display) {}

  private static Key key(String speaker, Evidence ev, String lastOrg) {
    if (speaker == null || speaker.isBlank()) return null;
    String clean = Patterns.replaceAll(speaker, "\\s+", " ").trim();
    String[] words = clean.split(" ");
    // a place the reports write "in Puerto Rico" speaks as its authorities, never as a person
    if (ev.places.contains(Patterns.replaceFirst(clean.toLowerCase(Locale.ROOT), "^the ", ""))) {
      return new Key(orgKey(clean), Kind.ORGANISATION, clean);
    }
    // a phrase ending on a full name is that person, whoever else it names: "Netanyahu adviser David
    // Bar-Illan" is Bar-Illan, not Netanyahu
    int run = words.length;
    while (run > 0 && !words[run - 1].isEmpty() && Character.isUpperCase(words[run - 1].charAt(0))
        && !Gazetteer.ORG_WORDS.contains(norm(words[run - 1])) && !Gazetteer.TITLES.contains(norm(words[run - 1]).replace(".", ""))) run--;
    if (words.length - run >= 2 && Speakers.isPerson(clean)) {
      String last = norm(words[words.length - 1]);
      String tail = last.substring(last.lastIndexOf('-') + 1);
      String surname = ev.surnames.contains(last) || !ev.surnames.contains(tail) ? last : tail;
      return new Key(personKey(surname, norm(words[words.length - 2]), ev), Kind.PERSON, stripTitles(clean));
    }
    // a person: any word of the phrase is a surname the cluster knows
    for (int i = words.length - 1; i >= 0; i--) {
      String w = norm(words[i]);
      // ... ending its run of capitalised words: "White" of "a White House spokesman" is no Mary Jo White
      boolean runGoesOn = i + 1 < words.length && !words[i + 1].isEmpty() && Character.isUpperCase(words[i + 1].charAt(0));
      if (ev.surnames.contains(w) && Character.isUpperCase(words[i].charAt(0)) && !runGoesOn) {
        return new Key(personKey(w, i > 0 ? norm(words[i - 1]) : "", ev), Kind.PERSON, stripTitles(clean));
      }
    }
    // "Zhang" of "Zhang Xiong": a family name written first, used alone
    if (words.length == 1 && Character.isUpperCase(words[0].charAt(0))) {
      String surname = ev.surnameByFirstWord(norm(words[0]));
      if (surname != null) return new Key("person:" + surname, Kind.PERSON, clean);
    }
    String bare = stripDeterminers(clean);
    String roleKey = Evidence.roleKey(bare);
    String person = roleKey == null ? null : ev.personWithRole(roleKey);
    if (person == null) person = ev.personWithQualifiedRole(bare);
    if (person == null) person = ev.personWithBareTitle(bare);
    if (person != null) return new Key("person:" + person, Kind.PERSON, bare);
    String lower = bare.toLowerCase(Locale.ROOT);
    String alias = Gazetteer.ORG_ALIASES.get(lower);
    if (alias != null) return new Key(orgKey(alias), Kind.ORGANISATION, alias);
    String country = Places.country(lower);
    if (country != null) return new Key(orgKey(country), Kind.ORGANISATION, country);
    String last = norm(words[words.length - 1]);
    if (Gazetteer.GROUP_WORDS.contains(last) || last.equals("official") || last.equals("source")) {
      return new Key("group:" + lower, Kind.GROUP, bare);
    }
    if (Speakers.isPerson(clean) && Character.isUpperCase(words[words.length - 1].charAt(0))) {
      return new Key("person:" + last, Kind.PERSON, stripTitles(clean));
    }
    // "the observatory" → the one organisation of the cluster named with that word
    String full = GENERIC_ORG_HEADS.contains(last) ? null : ev.organisationWithHead(last);
    // ...but only when its other words are the organisation's too: "the civil defence" is not the
    // "Russian Defence Ministry"
    if (full != null && !wordsWithin(bare, full)) full = null;
    if (full != null && words.length <= 3) return new Key(orgKey(full), Kind.ORGANISATION, full);
    if (GENERIC_ORG_HEADS.contains(last) && words.length <= 3 && lastOrg != null) {
      // "the group said" is not the United Nations that spoke before: a group is only an
      // organisation that calls itself one; otherwise the quote stays without an actor
      if (last.equals("group") && !lastOrg.contains("group")) return null;
      return new Key(lastOrg, Kind.ORGANISATION, bare);
    }
    String orgName = namedAfterDescription(Patterns.replaceAll(bare, "^(?:[A-Z][a-z]+-based\\s+)", ""));
    if (Character.isUpperCase(orgName.charAt(0)) || Gazetteer.ORG_WORDS.contains(last)) {
      return new Key(orgKey(orgName), Kind.ORGANISATION, orgName);
    }
    if (Gazetteer.ROLE_HEADS.contains(last)) return new Key("group:" + lower, Kind.GROUP, bare);
    return new Key("group:" + lower, Kind.GROUP, bare);
  }

  /**
   * A person's key: the surname, or the given name and surname when the cluster names several
   * people of that family ("Deborah Hickey" and "Eamon Hickey" are not the hostage Darren Hickey).
   */
  private static String personKey(String surname, String givenBefore, Evidence ev) {
    Map<String, Integer> fulls = ev.fullNames.get(surname);
    // a middle initial is no given name: "William D. Delahunt" is "Rep. William Delahunt"
    if (fulls == null || givenBefore.isEmpty() || isInitial(givenBefore)) return "person:" + surname;
    // given names compared on their first four letters: "Sergei" and "Sergey" Lavrov are one person
    Set<String> given = new HashSet<>();
    for (String f : fulls.keySet()) {
      String[] w = Patterns.split(f, "\\s+");
      int k = w.length - 2;
      while (k > 0 && isInitial(norm(w[k]))) k--;
      if (k >= 0 && !isInitial(norm(w[k]))) given.add(stem(norm(w[k])));
    }
    String mine = stem(givenBefore);
    return given.size() >= 2 && given.contains(mine) ? "person:" + mine + " " + surname : "person:" + surname;
  }

  /** "d." or "d" of "William D. Delahunt". */
  private static boolean isInitial(String word) {
    return word.length() == 1 || word.length() == 2 && word.endsWith(".");
  }

  private static String stem(String givenName) {
    return givenName.length() <= 4 ? givenName : givenName.substring(0, 4);
  }

  /**
   * One key for an organisation however its name is ordered: "Russian Ministry of Defence" and
   * "Russian Defence Ministry" are the same words less "of" and "the".
   */
  static String orgKey(String name) {
    java.util.TreeSet<String> words = new java.util.TreeSet<>(), names = new java.util.TreeSet<>();
    for (String w : Patterns.split(name, "\\s+")) {
      String n = norm(w);
      if (n.isEmpty() || n.equals("of") || n.equals("the") || n.equals("for")) continue;
      words.add(n);
      // "Interfax news agency" is Interfax: what kind of body it is adds nothing to a name
      if (Character.isUpperCase(w.charAt(0)) && !MEDIA_KINDS.contains(n)) names.add(n);
    }
    boolean onlyKinds = true;
    for (String n : words) if (!names.contains(n) && !MEDIA_KINDS.contains(n)) onlyKinds = false;
    return "org:" + String.join(" ", onlyKinds && !names.isEmpty() ? names : words);
  }

  private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "the", "de", "del", "la", "on", "in", "at", "&");

  /**
   * "German central bank Bundesbank", "Russian news agency Interfax": a description in lower case,
   * then the name, which is the actor ("Bank of England" is one name: "of" joins it).
   */
  static String namedAfterDescription(String phrase) {
    String[] words = phrase.split(" ");
    int run = words.length;
    while (run > 0 && !words[run - 1].isEmpty() && Character.isUpperCase(words[run - 1].charAt(0))) run--;
    if (run == 0 || run == words.length) return phrase;
    String before = words[run - 1];
    if (before.isEmpty() || !Character.isLowerCase(before.charAt(0)) || NAME_JOINERS.contains(before.toLowerCase(Locale.ROOT))) return phrase;
    return String.join(" ", java.util.Arrays.copyOfRange(words, run, words.length));
  }

  /** Words that say what kind of medium a name is ("news agency", "newspaper", "daily"). */
  private static final Set<String> MEDIA_KINDS = Set.of("news", "agency", "newspaper", "daily", "radio", "television",
      "tv", "broadcaster", "station", "magazine", "weekly", "wire", "service");

  private static boolean wordsWithin(String phrase, String name) {
    Set<String> nameWords = new HashSet<>();
    for (String w : Patterns.split(name, "\\s+")) nameWords.add(norm(w));
    for (String w : Patterns.split(phrase, "\\s+")) if (!nameWords.contains(norm(w))) return false;
    return true;
  }

  private static Quote withActor(Quote q, String id) {
    return new Quote(q.speaker(), id, q.verb(), q.text(), q.direct(), q.articleId(), q.start(), q.end());
  }

  private static int reports(List<Quote> quotes) {
    Set<String> ids = new HashSet<>();
    for (Quote q : quotes) ids.add(q.articleId());
    return ids.size();
  }

  static String norm(String w) {
    return Patterns.replaceAll(Patterns.replaceAll(w.toLowerCase(Locale.ROOT).replace('’', '\''), "'s$", ""), "[^\\p{L}\\p{N}.'-]", "");
  }

  private static String stripDeterminers(String s) {
    return Patterns.replaceFirst(s, "^(?i)(?:the|a|an|another|one)\\s+", "");
  }

  private static String stripTitles(String s) {
    String[] words = s.split(" ");
    int i = 0;
    while (i < words.length - 1 && (Gazetteer.TITLES.contains(norm(words[i]).replace(".", ""))
        || !Character.isUpperCase(words[i].charAt(0)) || Places.country(norm(words[i])) != null)) i++;
    String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    return Gazetteer.isPronoun(name) ? s : name; // "Ms. He" stays "Ms. He", not a pronoun
  }

  private static String slug(String name) {
    String s = Patterns.replaceAll(Patterns.replaceAll(name.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]+", "-"), "^-|-$", "");
    return s.isEmpty() ? "actor" : s;
  }

  private static final class Builder {
    final String key;
    final Kind kind;
    final Map<String, Integer> names = new LinkedHashMap<>();
    final List<Quote> quotes = new ArrayList<>();

    Builder(String key, Kind kind) {
      this.key = key;
      this.kind = kind;
    }

    String bestName() {
      return names.entrySet().stream()
          .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().split(" ").length)
              .thenComparingInt(Map.Entry::getValue))
          .map(Map.Entry::getKey).orElse(key);
    }
  }

  /** Names, roles and organisations seen anywhere in the cluster. */
  private static final class Evidence {
    final Set<String> surnames = new HashSet<>();
    final Map<String, Map<String, Integer>> fullNames = new HashMap<>();
    final Map<String, Map<String, Integer>> roles = new HashMap<>();
    final Map<String, Set<String>> roleHolders = new HashMap<>();
    /** Who is named after a title of no body or country ("President Joseph Estrada"; not "Union president X"), by title. */
    final Map<String, Set<String>> bareTitleHolders = new HashMap<>();
    final Map<String, Integer> organisations = new HashMap<>();

    /** Who has a role with this word in it ("imf" → camdessus), and whose full name ends "word surname". */
    final Map<String, Set<String>> byRoleWord = new HashMap<>(), byWordBeforeSurname = new HashMap<>();

    static Evidence collect(List<Document> docs) {
      Evidence ev = new Evidence();
      for (Document d : docs) {
        String text = d.article().text();
        for (Sentence s : d.sentences()) ev.scan(text, s.tokens());
      }
      // indexes for looking speakers up in time independent of the story's size
      for (var e : ev.roles.entrySet()) {
        for (String role : e.getValue().keySet()) for (String w : roleWords(role)) ev.byRoleWord.computeIfAbsent(w, k -> new HashSet<>()).add(e.getKey());
      }
      for (var e : ev.fullNames.entrySet()) {
        for (String full : e.getValue().keySet()) {
          String[] w = Patterns.split(full, "\\s+");
          if (w.length >= 2) ev.byWordBeforeSurname.computeIfAbsent(norm(w[w.length - 2]), k -> new HashSet<>()).add(e.getKey());
        }
      }
      return ev;
    }

    private static Set<String> roleWords(String role) {
      Set<String> out = new HashSet<>();
      for (String w : Patterns.split(role.replace("’", "'"), "\\s+")) out.add(norm(Patterns.replaceAll(w, "'s$", "")));
      return out;
    }

    /** Capitalised runs written after "in", "near", "across" …: places, never people ("in Puerto Rico"). */
    final Set<String> places = new HashSet<>();
    /** Asked of every word of every report: made once. */
    private static final Set<String> LOCATIVE = Set.of("in", "near", "across", "throughout", "outside", "inside");

    private void collectPlaces(String text, List<Token> tokens) {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (!LOCATIVE.contains(tokens.get(i).norm())) continue;
        int j = i + 1;
        while (j < tokens.size() && SpeakerPhrases.capitalised(tokens.get(j))) j++;
        if (j > i + 1) places.add(text.substring(tokens.get(i + 1).start(), tokens.get(j - 1).end()).toLowerCase(Locale.ROOT));
      }
    }

    private void scan(String text, List<Token> tokens) {
      collectPlaces(text, tokens);
      int i = 0;
      while (i < tokens.size()) {
        int j = i;
        while (j < tokens.size() && (Speakers.nameToken(tokens.get(j)) || isNameJoiner(tokens, j, i))) j++;
        while (j > i && !Speakers.nameToken(tokens.get(j - 1))) j--;
        // "Citing Kerry Smith, ...": a sentence's opening participle or adverb is no part of a name
        if (i == 0 && j - i >= 2 && Patterns.matches(tokens.get(0).norm(), "\\p{L}+(?:ing|ed|ly)")) i++;
        boolean titled = i > 0 && Gazetteer.TITLES.contains(tokens.get(i - 1).norm().replace(".", ""));
        if (j - i >= 2 || (j - i == 1 && titled)) {
          String surname = tokens.get(j - 1).norm();
          surnames.add(surname);
          if (j - i >= 2) {
            String full = text.substring(tokens.get(i).start(), tokens.get(j - 1).end());
            fullNames.computeIfAbsent(surname, k -> new HashMap<>()).merge(full, 1, Integer::sum);
          }
          String before = roleBefore(text, tokens, i);
          if (before != null) addRole(surname, before);
          String title = bareTitle(tokens, i);
          if (title != null) bareTitleHolders.computeIfAbsent(title, k -> new HashSet<>()).add(surname);
          String after = roleAfter(text, tokens, j);
          if (after != null) addRole(surname, after);
        }
        collectOrganisation(text, tokens, i);
        i = Math.max(j, i + 1);
      }
    }

    private void collectOrganisation(String text, List<Token> tokens, int i) {
      // capitalised runs with an organisation word: "Syrian Observatory for Human Rights"
      Token t = tokens.get(i);
      if (!SpeakerPhrases.capitalised(t) || (i > 0 && SpeakerPhrases.capitalised(tokens.get(i - 1)))) return;
      int j = i;
      boolean org = false;
      while (j < tokens.size() && (SpeakerPhrases.capitalised(tokens.get(j))
          || (tokens.get(j).norm().equals("for") && j + 1 < tokens.size() && SpeakerPhrases.capitalised(tokens.get(j + 1))))) {
        if (Gazetteer.ORG_WORDS.contains(tokens.get(j).norm())) org = true;
        j++;
      }
      if (org && j - i >= 2) {
        String name = text.substring(tokens.get(i).start(), tokens.get(j - 1).end());
        if (Stopwords.contains(tokens.get(i).norm())) name = name.substring(name.indexOf(' ') + 1);
        organisations.merge(name, 1, Integer::sum);
      }
    }

    private static boolean isNameJoiner(List<Token> tokens, int j, int start) {
      if (j == start || j + 1 >= tokens.size()) return false;
      Token t = tokens.get(j);
      // "Sergey V. Lavrov", "Bashar al-Assad", "Jean-Marc"
      if (t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))) return true;
      if (t.text().equals(".") && tokens.get(j - 1).text().length() == 1) return true;
      if (t.text().equals("-") && t.start() == tokens.get(j - 1).end()) return true;
      return t.norm().equals("al") || t.norm().equals("de") || t.norm().equals("van") || t.norm().equals("von");
    }

    private void addRole(String surname, String role) {
      String[] w = Patterns.split(role.trim(), "\\s+");
      // "commissioner of", "spokeswoman for": a role cut before its organisation says nothing
      if (Stopwords.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) return;
      String display = displayRole(role);
      roles.computeIfAbsent(surname, k -> new HashMap<>()).merge(display, 1, Integer::sum);
      String key = roleKey(role);
      if (key != null) {
        roleHolders.computeIfAbsent(key, k -> new HashSet<>()).add(surname);
        roleHolders.computeIfAbsent(key.substring(key.indexOf('|')), k -> new HashSet<>()).add(surname);
      }
    }

    /** The title just before a name when nothing qualifies it ("President Joseph Estrada"), or null. */
    private static String bareTitle(List<Token> tokens, int nameStart) {
      if (nameStart == 0) return null;
      String title = tokens.get(nameStart - 1).norm();
      if (!Gazetteer.TITLES.contains(title) || !Gazetteer.ROLE_HEADS.contains(title)) return null;
      if (nameStart == 1) return title;
      // "Union president Christian Monzad", "Egyptian President Hosni Mubarak": a title of a body or a country
      Token before = tokens.get(nameStart - 2);
      return before.isWord() && SpeakerPhrases.capitalised(before) && !Stopwords.contains(before.norm()) ? null : title;
    }

    /**
     * "The Philippine president", "Egypt's president" when the cluster names one "President Joseph
     * Estrada" and no other president: the one person named after that bare title, unless the
     * cluster gives them the title for another country.
     */
    String personWithBareTitle(String phrase) {
      String[] words = Patterns.split(phrase.replace("’", "'"), "\\s+");
      if (words.length != 2 || !Character.isUpperCase(words[0].charAt(0))) return null;
      String title = norm(words[1]);
      if (GENERIC_ROLES.contains(title)) return null;
      Set<String> holders = bareTitleHolders.getOrDefault(title, Set.of());
      if (holders.size() != 1) return null;
      String person = holders.iterator().next();
      String country = Places.country(words[0]);
      for (var e : roleHolders.entrySet()) {
        String c = e.getKey().substring(0, e.getKey().indexOf('|'));
        if (e.getKey().endsWith("|" + title) && !c.isEmpty() && e.getValue().contains(person)
            && (country == null || !c.equals(country.toLowerCase(Locale.ROOT)))) return null;
      }
      return person;
    }

    /** "US secretary of state John Kerry", "Russia's foreign minister Sergei Lavrov". */
    private static String roleBefore(String text, List<Token> tokens, int nameStart) {
      int k = nameStart;
      boolean head = false;
      while (k > 0) {
        Token t = tokens.get(k - 1);
        String n = t.norm().replace("’", "'");
        if (Gazetteer.ROLE_HEADS.contains(n)) head = true;
        else if (!ROLE_WORDS.contains(n) && Places.country(n) == null && !n.equals("un") && !n.equals("u.n.")
            && !n.equals("us")) break;
        k--;
      }
      while (k < nameStart && (tokens.get(k).norm().equals("of") || tokens.get(k).norm().contains("'"))) k++;
      if (!head || k >= nameStart) return null;
      String role = text.substring(tokens.get(k).start(), tokens.get(nameStart - 1).end());
      return Patterns.split(role, "\\s+").length >= 1 ? role : null;
    }

    /** "John Kerry, the US secretary of state," */
    private static String roleAfter(String text, List<Token> tokens, int nameEnd) {
      if (nameEnd >= tokens.size() || !tokens.get(nameEnd).text().equals(",")) return null;
      int k = nameEnd + 1;
      if (k < tokens.size() && Set.of("the", "a", "an").contains(tokens.get(k).norm())) k++;
      // ", as confirming the death of the chief": a clause, not a role
      if (k < tokens.size() && (Set.of("as", "in", "at", "of", "for", "with", "by", "to", "from", "on", "who", "which")
          .contains(tokens.get(k).norm()) || tokens.get(k).norm().endsWith("ing"))) return null;
      int from = k;
      boolean head = false;
      while (k < tokens.size() && k - from < 9) {
        Token t = tokens.get(k);
        String n = t.norm();
        if (t.text().equals(",") || n.equals("and") || n.equals("who") || n.equals(".")) break;
        if (Gazetteer.ROLE_HEADS.contains(n)) head = true;
        k++;
      }
      if (!head || k == from || k >= tokens.size() || !tokens.get(k).text().equals(",") && !tokens.get(k).norm().equals("and")) {
        return null;
      }
      return text.substring(tokens.get(from).start(), tokens.get(k - 1).end());
    }

    /** Role words lower-cased, countries and acronyms kept: "US secretary of state". */
    static String displayRole(String role) {
      StringBuilder out = new StringBuilder();
      for (String w : Patterns.split(role.replace("U.S.", "US").replace("U.N.", "UN"), "\\s+")) {
        String n = w.toLowerCase(Locale.ROOT);
        String kept = Places.country(Patterns.replaceAll(n, "['’]s$", "")) != null || w.equals(w.toUpperCase(Locale.ROOT))
            || (Character.isUpperCase(w.charAt(0)) && !Gazetteer.ROLE_HEADS.contains(n) && !ROLE_WORDS.contains(n))
            ? w : n;
        if (out.length() > 0) out.append(' ');
        out.append(kept);
      }
      return out.toString();
    }

    /** "country | role core" for a role phrase, or null when it has no role head. */
    static String roleKey(String phrase) {
      String country = "";
      List<String> core = new ArrayList<>();
      boolean head = false;
      for (String w : Patterns.split(phrase.replace("U.S.", "US").replace("U.N.", "UN"), "\\s+")) {
        String n = Patterns.replaceAll(w.toLowerCase(Locale.ROOT).replace('’', '\''), "'s$", "");
        String c = Places.country(n);
        if (c != null) {
          country = c.toLowerCase(Locale.ROOT);
          continue;
        }
        if (n.equals("the") || n.equals("a") || n.equals("an")) continue;
        if (Gazetteer.ROLE_HEADS.contains(n)) head = true;
        else if (!ROLE_WORDS.contains(n) && !n.equals("un")) return null;
        core.add(n);
      }
      if (!head || core.isEmpty()) return null;
      return country + "|" + String.join(" ", core);
    }

    /**
     * "The IMF chief" when the cluster wrote "Michel Camdessus, IMF managing director"; "Nova Scotia's
     * chief" for "Dr. John Butt, Nova Scotia's chief medical examiner": the one person whose role
     * names the same body or place (the phrase's capitalised words), with a role head at the end.
     */
    String personWithQualifiedRole(String phrase) {
      String[] words = Patterns.split(phrase.replace("’", "'"), "\\s+");
      String head = norm(words[words.length - 1]);
      if (!Gazetteer.ROLE_HEADS.contains(head) || GENERIC_ROLES.contains(head)) return null;
      List<String> qualifiers = new ArrayList<>();
      for (int i = 0; i < words.length - 1; i++) {
        String w = Patterns.replaceAll(words[i], "'s$", "");
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !Stopwords.contains(w.toLowerCase(Locale.ROOT))) qualifiers.add(norm(w));
      }
      if (qualifiers.isEmpty()) return null;
      String found = null;
      for (String person : byRoleWord.getOrDefault(qualifiers.get(0), Set.of())) {
        for (String role : roles.get(person).keySet()) {
          if (!roleWords(role).containsAll(qualifiers)) continue;
          if (found != null && !found.equals(person)) return null;
          found = person;
        }
      }
      return found;
    }

    /** The surname of the one full name whose last two words begin with this word ("Coach Zhang Xiong"), or null. */
    String surnameByFirstWord(String first) {
      Set<String> surnames = byWordBeforeSurname.getOrDefault(first, Set.of());
      return surnames.size() == 1 ? surnames.iterator().next() : null;
    }

    /** The one person the cluster gives a role to, or null when none or several hold it. */
    String personWithRole(String key) {
      Set<String> holders = roleHolders.get(key);
      return holders != null && holders.size() == 1 ? holders.iterator().next() : null;
    }

    String fullName(String key, String fallback) {
      String surname = key.substring(key.indexOf(':') + 1);
      if (surname.contains(" ")) return fallback; // one of several people of a family: as the report names them
      Map<String, Integer> names = fullNames.get(surname);
      if (names == null) return fallback;
      return names.entrySet().stream()
          .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
              .thenComparingInt(e -> e.getKey().length()))
          .map(Map.Entry::getKey).orElse(fallback);
    }

    String roleOf(String key) {
      String surname = key.substring(key.indexOf(':') + 1);
      Map<String, Integer> r = roles.get(surname);
      if (r == null) return null;
      // one role shown once: the most frequent spelling, compared case-insensitively
      Map<String, Integer> folded = new HashMap<>();
      Map<String, String> spelling = new HashMap<>();
      for (var e : r.entrySet()) {
        String f = e.getKey().toLowerCase(Locale.ROOT);
        folded.merge(f, e.getValue(), Integer::sum);
        spelling.putIfAbsent(f, e.getKey());
      }
      String frequent = folded.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      if (frequent == null) return null;
      // ... told in full when a report does: "spokesman for the Transportation Safety Board" over "spokesman"
      String fullest = frequent;
      for (String f : folded.keySet()) if (f.length() > fullest.length() && f.startsWith(frequent + " ")) fullest = f;
      return spelling.get(fullest);
    }

    /** The organisations' names by each of their words (lower case), in {@link #organisations}' order. */
    private Map<String, List<String>> organisationsByWord;
    private int organisationsIndexed = -1;

    String organisationWithHead(String head) {
      if (organisationsIndexed != organisations.size()) { // asked once per speaker: an index, not a scan
        organisationsByWord = new HashMap<>();
        for (String name : organisations.keySet()) {
          for (String x : Patterns.split(name.toLowerCase(Locale.ROOT), "\\s+")) {
            organisationsByWord.computeIfAbsent(x, k -> new ArrayList<>()).add(name);
          }
        }
        organisationsIndexed = organisations.size();
      }
      String found = null;
      for (String name : organisationsByWord.getOrDefault(head, List.of())) {
        if (found != null && !found.equalsIgnoreCase(name) && !name.contains(found) && !found.contains(name)) return null;
        if (found == null || name.length() > found.length()) found = name;
      }
      return found == null ? null : Patterns.replaceAll(found, "^(?:[A-Z][a-z]+-based\\s+)", "");
    }
  }
}
