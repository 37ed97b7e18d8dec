package dev.newsbrief.clean;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Removal;
import dev.newsbrief.model.Span;
import dev.newsbrief.model.Token;
import dev.newsbrief.text.AnalysisCache;
import dev.newsbrief.text.Paragraphs;
import dev.newsbrief.text.Stopwords;
import dev.newsbrief.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Separates report text from page furniture, looking at the whole cluster at once. Each article
 * is cut into line-sized {@link Unit}s, then, in order:
 * <ol>
 *   <li>wording rules for interface text, captions, credits, bylines ({@link FurnitureRules});
 *   <li>a paragraph holding a caption credit is a caption as a whole;
 *   <li>short lines repeated in other reports are boilerplate;
 *   <li>runs of three or more headline-like lines (bulleted, or without sentence punctuation),
 *       with the low-vocabulary prose between them, are headline lists: "unrelated" when they
 *       share few words with the other reports;
 *   <li>single headline-like lines: kept right under the headline (standfirst), a subheading
 *       inside the report, a link to another story after it;
 *   <li>a one-sentence scene description in the present tense ("A woman carries ...") that shares
 *       few words with the reports is a photo caption.
 * </ol>
 */
public final class Cleaner {
  /** Below this share of words found in other reports, a line is off the story. */
  static final double OFF_TOPIC = 0.35;
  private static final int MAX_SUBHEADING_WORDS = 12;
  private static final int MIN_LIST_ITEMS = 3;
  /** Lines a bulleted list may have between items: source line and teaser. */
  private static final int MAX_GAP = 3;
  private static final Pattern ATTRIBUTION = Pattern.compile("\\b(said|says|say|told|tells|according|quoted|added)\\b|[\"“”]");

  private static final Set<String> AUXILIARY = Set.of("have", "has", "had", "are", "were", "was", "is", "will",
      "would", "could", "can", "may", "might", "should", "must", "do", "did", "said", "say", "who", "which", "that");

  private Cleaner() {}

  /**
   * The characters of a report read: about 15,000 words, more than the longest news report (the
   * longest of the Timeline17 articles, a transcript, has 700,000); beyond it a pasted book or a
   * page of repeated text would hold every briefing up, so the rest is set aside with a reason.
   */
  public static final int MAX_CHARS = 100_000;

  public static List<Cleaned> clean(List<Article> articles) {
    return clean(articles, null);
  }

  /** As {@link #clean(List)}, reading each text's lines once while {@code cache} (when not null) keeps them. */
  public static List<Cleaned> clean(List<Article> articles, AnalysisCache cache) {
    // each article's lines, and then its verdicts given what the others share, are its own: worked out in parallel
    List<List<Unit>> units = articles.parallelStream()
        .map(a -> cache == null ? lines(a.text()) : cache.lines(a.text(), Cleaner::lines)).toList();
    List<Set<String>> titles = articles.stream().map(a -> stems(a.title())).toList();
    Vocabulary vocabulary = new Vocabulary(units, titles);
    Map<String, Set<Integer>> repeats = repeats(units);
    return java.util.stream.IntStream.range(0, articles.size()).parallel()
        .mapToObj(a -> clean(articles.get(a), a, units.get(a), vocabulary, repeats)).toList();
  }

  /** Cleans one article on its own (its other lines stand in for the cluster). */
  public static Cleaned clean(Article article) {
    return clean(List.of(article)).get(0);
  }

  private static Cleaned clean(Article article, int index, List<Unit> us, Vocabulary vocabulary,
                               Map<String, Set<Integer>> repeats) {
    int n = us.size();
    String[] reason = new String[n];
    double[] shared = new double[n];
    for (int i = 0; i < n; i++) {
      shared[i] = vocabulary.shared(index, us.get(i));
      reason[i] = FurnitureRules.reason(us.get(i), i == n - 1);
    }
    wholeParagraphs(us, reason, Reasons.CAPTION, 80);
    wholeParagraphs(us, reason, Reasons.BYLINE, 15);
    for (int i = 0; i < n; i++) {
      Unit u = us.get(i);
      // repeated sentences are shared wire copy, real news; repeated fragments are page furniture
      if (reason[i] == null && u.words <= 12 && !u.endsSentence
          && repeats.getOrDefault(u.key(), Set.of()).stream().anyMatch(a -> a != index)) {
        reason[i] = Reasons.BOILERPLATE;
      }
    }
    headlineLists(us, shared, reason, vocabulary.articles() == 1);
    singleHeadlines(us, shared, reason);
    sceneCaptions(us, shared, reason);
    return result(article, us, reason);
  }

  /**
   * A short paragraph with a caption (or byline) in one of its lines is a caption (or byline
   * block) whole: the picture description above a credit, the outlet under a writer's name.
   */
  private static void wholeParagraphs(List<Unit> us, String[] reason, String kind, int maxWords) {
    Map<Integer, Integer> words = new HashMap<>();
    for (Unit u : us) words.merge(u.paragraph, u.words, Integer::sum);
    Set<Integer> captions = new HashSet<>();
    for (int i = 0; i < us.size(); i++) {
      if (kind.equals(reason[i]) && words.get(us.get(i).paragraph) <= maxWords) captions.add(us.get(i).paragraph);
    }
    for (int i = 0; i < us.size(); i++) if (captions.contains(us.get(i).paragraph)) reason[i] = kind;
  }

  /**
   * Runs of headline-like lines. A run starts at a list heading, a bulleted line or a line
   * without sentence punctuation, and continues through further such lines, lines already
   * removed, and off-topic prose; in a bulleted list also through the teaser lines between items.
   * With three or more items it is a list of other stories: "unrelated" when its headlines share
   * few words with the other reports, else a list of links when it is introduced as one or closes
   * the page (an on-topic list inside the report, such as key points, is kept).
   */
  private static void headlineLists(List<Unit> us, double[] shared, String[] reason, boolean alone) {
    int n = us.size();
    double median = medianOfFree(shared, reason);
    double offTopic = Math.min(OFF_TOPIC, 0.6 * median);
    int i = 0;
    while (i < n) {
      Unit u = us.get(i);
      boolean heading = Reasons.LIST_HEADING.equals(reason[i]);
      if (!(heading || (reason[i] == null && (u.listItem || u.titleLike)))) {
        i++;
        continue;
      }
      boolean bulleted = heading || u.listItem;
      int lastItem = i, widestGap = 0, j = i + 1;
      while (j < n) {
        Unit v = us.get(j);
        boolean item = reason[j] == null && (v.listItem || v.titleLike);
        if (item) {
          widestGap = Math.max(widestGap, j - lastItem);
          lastItem = j;
        }
        boolean teaser = bulleted && j - lastItem < MAX_GAP && nextListItem(us, reason, j) <= lastItem + MAX_GAP;
        if (!(item || reason[j] != null || shared[j] < offTopic || teaser)) break;
        j++;
      }
      // in a list with teasers between items, the last item's teaser has no next item to bridge
      // to: the tail no longer than the widest gap seen goes with the list
      if (bulleted && j < n && n - 1 - lastItem < widestGap) j = n;
      int items = 0, marked = 0;
      double itemShare = 0, markedShare = 0;
      for (int k = i; k < j; k++) {
        Unit v = us.get(k);
        if (reason[k] != null || !(v.listItem || v.titleLike)) continue;
        items++;
        itemShare += shared[k];
        if (v.listItem) {
          marked++;
          markedShare += shared[k];
        }
      }
      // a run at the very start is the standfirst and lede area, never a sidebar
      boolean atStart = firstContent(reason, i) && !bulleted;
      if (items >= MIN_LIST_ITEMS && !atStart) {
        double mean = marked >= MIN_LIST_ITEMS ? markedShare / marked : itemShare / items;
        String why = null;
        // alone, a report's own lines are the only vocabulary: a list inside it (ingredients, products, key
        // figures) shares few words with its prose too, so only the cluster's words can call a list unrelated;
        // nor is a list that holds most of the report's words a sidebar: the report is the list
        boolean inside = alone && (proseFollows(us, reason, j) || 2 * words(us, reason, i, j) >= words(us, reason, 0, n));
        if (mean < Math.min(OFF_TOPIC, 0.55 * median) && !inside) why = Reasons.UNRELATED_HEADLINES;
        // alone, a list that ends the report is as likely its own (a recipe's steps) as links to others
        else if (heading || (j == n && !alone)) why = Reasons.RELATED_LINKS;
        if (why != null) {
          for (int k = i; k < j; k++) if (reason[k] == null) reason[k] = why;
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /** Words of the units from..to (exclusive) not already removed. */
  private static int words(List<Unit> us, String[] reason, int from, int to) {
    int w = 0;
    for (int k = from; k < to; k++) if (reason[k] == null) w += us.get(k).words;
    return w;
  }

  private static boolean proseFollows(List<Unit> us, String[] reason, int from) {
    for (int k = from; k < us.size(); k++) if (reason[k] == null && !us.get(k).titleLike && us.get(k).endsSentence) return true;
    return false;
  }

  private static int nextListItem(List<Unit> us, String[] reason, int from) {
    for (int k = from; k < us.size(); k++) if (reason[k] == null && us.get(k).listItem) return k;
    return Integer.MAX_VALUE;
  }

  private static double medianOfFree(double[] shared, String[] reason) {
    double[] free = java.util.stream.IntStream.range(0, shared.length).filter(k -> reason[k] == null)
        .mapToDouble(k -> shared[k]).sorted().toArray();
    return free.length == 0 ? 1 : free[free.length / 2];
  }

  /** Standfirst (kept), subheading, or link to another story after the report. */
  private static void singleHeadlines(List<Unit> us, double[] shared, String[] reason) {
    int n = us.size();
    for (int i = 0; i < n; i++) {
      Unit u = us.get(i);
      if (reason[i] != null || !u.titleLike || u.listItem) continue; // kept list items are not headings
      if (firstContent(reason, i)) continue; // standfirst right under the headline: kept
      boolean reportFollows = false;
      for (int k = i + 1; k < n && !reportFollows; k++) {
        reportFollows = reason[k] == null && !us.get(k).titleLike && us.get(k).endsSentence;
      }
      if (!reportFollows) reason[i] = Reasons.OTHER_HEADLINE;
      else if (u.words <= MAX_SUBHEADING_WORDS) reason[i] = Reasons.SUBHEADING;
    }
  }

  /**
   * "A Syrian woman carries the body of ...": a single present-tense sentence with an indefinite
   * subject, no attribution, and few words the other reports use, is a picture's caption.
   */
  private static void sceneCaptions(List<Unit> us, double[] shared, String[] reason) {
    for (int i = 0; i < us.size(); i++) {
      Unit u = us.get(i);
      if (reason[i] != null || !u.endsSentence || u.words > 30 || shared[i] >= 0.5) continue;
      if (ATTRIBUTION.matcher(u.text).find() || Patterns.matches(u.text.strip(), "(?s).*[.!?]\\s+\\p{Lu}.*")) continue;
      if (looksLikeScene(u.text)) reason[i] = Reasons.CAPTION_SCENE;
    }
  }

  static boolean looksLikeScene(String text) {
    String[] w = Patterns.split(text.strip(), "\\s+");
    if (w.length < 4 || !(w[0].equals("A") || w[0].equals("An"))) return false;
    for (int k = 2; k < Math.min(w.length - 1, 8); k++) {
      String word = Patterns.replaceAll(w[k], "[^\\p{L}]", "");
      if (word.isEmpty() || w[k - 1].endsWith(",")) return false;
      boolean lower = Character.isLowerCase(word.codePointAt(0));
      // "carries the body": a verb in -s after the subject; "newspapers have": a plural noun
      if (lower && word.length() >= 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
          && !word.endsWith("is") && !Stopwords.contains(word) && !Stopwords.contains(w[k - 1].toLowerCase(Locale.ROOT))
          && !AUXILIARY.contains(w[k + 1].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether no kept line comes before line i. */
  private static boolean firstContent(String[] reason, int i) {
    for (int k = 0; k < i; k++) if (reason[k] == null) return false;
    return true;
  }

  /** Short lines that occur in more than one report, by normalised text. */
  private static Map<String, Set<Integer>> repeats(List<List<Unit>> units) {
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (int a = 0; a < units.size(); a++) {
      for (Unit u : units.get(a)) {
        String key = u.key();
        if (!key.isEmpty()) seen.computeIfAbsent(key, k -> new HashSet<>()).add(a);
      }
    }
    seen.values().removeIf(s -> s.size() < 2);
    return seen;
  }

  /** Kept spans (runs of kept lines within a paragraph) and removals (runs with one reason). */
  private static Cleaned result(Article article, List<Unit> us, String[] reason) {
    String text = article.text();
    List<Span> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    int i = 0;
    while (i < us.size()) {
      int j = i + 1;
      if (reason[i] == null) {
        while (j < us.size() && reason[j] == null && us.get(j).paragraph == us.get(i).paragraph) j++;
        kept.add(new Span(us.get(i).start, us.get(j - 1).end));
      } else {
        while (j < us.size() && reason[i].equals(reason[j])) j++;
        int s = us.get(i).start, e = us.get(j - 1).end;
        removed.add(new Removal(s, e, text.substring(s, e), reason[i]));
      }
      i = j;
    }
    int cut = readUpTo(text);
    if (cut < text.length()) removed.add(new Removal(cut, text.length(), text.substring(cut), Reasons.TOO_LONG));
    return new Cleaned(article, kept, removed);
  }

  /** Where reading stops: the end of the text, or the last paragraph break (else space) within {@link #MAX_CHARS}. */
  /** The lines of the part of a text cleaning reads (see {@link #readUpTo}); never changed once read. */
  private static List<Unit> lines(String text) {
    return List.copyOf(units(text.substring(0, readUpTo(text))));
  }

  static int readUpTo(String text) {
    if (text.length() <= MAX_CHARS) return text.length();
    int cut = text.lastIndexOf("\n\n", MAX_CHARS);
    if (cut < MAX_CHARS / 2) cut = text.lastIndexOf(' ', MAX_CHARS);
    if (cut >= MAX_CHARS / 2) return cut;
    return Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
  }

  /**
   * Line-sized units: each paragraph, split into its lines unless they are hard-wrapped prose.
   */
  static List<Unit> units(String text) {
    List<Unit> out = new ArrayList<>();
    List<Span> paragraphs = Paragraphs.of(text);
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      List<Span> lines = lines(text, para);
      if (lines.size() > 1 && hardWrapped(text, lines)) lines = List.of(para);
      for (Span l : lines) out.add(new Unit(text, l.start(), l.end(), p));
    }
    return out;
  }

  private static List<Span> lines(String text, Span para) {
    List<Span> out = new ArrayList<>();
    int s = para.start();
    while (s < para.end()) {
      int nl = text.indexOf('\n', s);
      int e = nl < 0 || nl > para.end() ? para.end() : nl;
      int a = s, b = e;
      while (a < b && Character.isWhitespace(text.charAt(a))) a++;
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
      if (b > a) out.add(new Span(a, b));
      s = e + 1;
    }
    return out;
  }

  /**
   * Prose broken at a fixed width: lines of 40-100 characters, at least one of them continuing
   * in lower case. A stack of headlines has lines of that length too, but each starts afresh.
   */
  private static boolean hardWrapped(String text, List<Span> lines) {
    boolean continues = false;
    for (int k = 0; k < lines.size() - 1; k++) {
      int len = lines.get(k).length();
      // NIST SGML indents wrapped lines by a space: the line goes on at its first letter
      int at = lines.get(k + 1).start();
      while (at < lines.get(k + 1).end() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) at++;
      int next = text.codePointAt(at);
      if (len < 40 || len > 100 || next == '•') return false;
      if (Character.isLowerCase(next) || Character.isDigit(next)) continues = true;
    }
    return continues;
  }

  private static Set<String> stems(String s) {
    Set<String> out = new HashSet<>();
    for (Token t : Tokenizer.tokenize(s)) if (!t.stop() && Character.isLetter(t.text().codePointAt(0))) out.add(t.stem());
    return out;
  }
}
