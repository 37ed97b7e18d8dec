package dev.newsbrief.tls;

import dev.newsbrief.model.Document;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Span;
import dev.newsbrief.model.TimeExpression;
import dev.newsbrief.model.Token;
import dev.newsbrief.time.TemporalTagger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sentences of a story's dated reports, each with its tf-idf vector (content-word stems and
 * stem bigrams, idf over sentences), its content bigrams and the days it names: temporal
 * expressions resolved against the report's publication date and kept only when they name one
 * day, since a timeline is made of days.
 */
final class DatedSentences {
  /**
   * One sentence.
   *
   * @param position  its index in its report (0 = the lead)
   * @param published the report's publication date
   * @param mentions  the distinct days it names, in text order
   * @param events    the days of what it reports ({@link Dating.SentenceDates#events})
   * @param dayNews   it is news of its report's day ({@link Dating.SentenceDates#dayNews})
   * @param quotable  a timeline may quote it
   * @param words     its word count
   * @param bigrams   ids of its distinct content bigrams: pairs of stems that are adjacent once
   *                  stopwords are dropped, as ROUGE-2 counts them when told to ignore stopwords,
   *                  sorted
   */
  record Item(Sentence sentence, String articleId, int position, LocalDate published, List<LocalDate> mentions,
              List<LocalDate> events, boolean dayNews, boolean quotable, TermVector vector, int words, int[] bigrams) {}

  /** Words before a day that make it the bound of a span rather than the time of an event. */
  private static final Set<String> BOUNDS = Set.of("since", "until", "till", "by", "before", "after", "from", "through", "to");

  final List<Item> items;
  /** Terms counted over all sentences; the size of a dense centroid. */
  final int terms;
  /** Reports per publication date, in date order. */
  final SortedMap<LocalDate, Integer> published;

  private DatedSentences(List<Item> items, int terms, SortedMap<LocalDate, Integer> published) {
    this.items = items;
    this.terms = terms;
    this.published = published;
  }

  LocalDate firstPublished() {
    return published.firstKey();
  }

  LocalDate lastPublished() {
    return published.lastKey();
  }

  /** The reports published within {@code days} days of {@code d}, either side, {@code d} included. */
  int publishedWithin(LocalDate d, int days) {
    int n = 0;
    for (int count : published.subMap(d.minusDays(days), d.plusDays(days + 1)).values()) n += count;
    return n;
  }

  /** Prepares the reports that carry a publication date; the others cannot be placed in time. */
  static DatedSentences of(List<Document> documents) {
    return of(documents, Dating.WRITTEN_DAYS);
  }

  /** Prepares the reports {@code dating} places on a day; the others cannot be placed in time. */
  static DatedSentences of(List<Document> documents, Dating dating) {
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> bigramIds = new HashMap<>();
    List<Draft> drafts = new ArrayList<>();
    SortedMap<LocalDate, Integer> published = new TreeMap<>();
    List<Integer> df = new ArrayList<>();
    for (Document d : documents) {
      LocalDate pub = dating.published(d);
      if (pub == null) continue;
      published.merge(pub, 1, Integer::sum);
      List<Dating.SentenceDates> dates = dating.sentences(d, pub);
      for (int i = 0; i < d.sentences().size(); i++) {
        Sentence s = d.sentences().get(i);
        Dating.SentenceDates sd = dates.get(i);
        Map<Integer, Integer> counts = new TreeMap<>();
        int words = 0;
        Token prev = null;
        for (Token tok : s.tokens()) {
          if (!tok.isWord()) continue;
          words++;
          if (prev != null && !(prev.stop() && tok.stop())) {
            counts.merge(ids.computeIfAbsent(prev.stem() + ' ' + tok.stem(), k -> ids.size()), 1, Integer::sum);
          }
          prev = tok;
          if (tok.stop()) continue;
          int id = ids.computeIfAbsent(tok.stem(), k -> ids.size());
          counts.merge(id, 1, Integer::sum);
        }
        int[] ts = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] cs = counts.values().stream().mapToInt(Integer::intValue).toArray();
        for (int id : ts) {
          while (df.size() <= id) df.add(0);
          df.set(id, df.get(id) + 1);
        }
        drafts.add(new Draft(s, d.id(), pub, sd, words, ts, cs, contentBigrams(s, bigramIds)));
      }
    }
    int n = drafts.size();
    double[] idf = new double[ids.size()];
    for (int id = 0; id < idf.length; id++) idf[id] = Math.log((1.0 + n) / (1.0 + df.get(id))) + 1;
    List<Item> items = new ArrayList<>(n);
    for (Draft r : drafts) {
      double[] vs = new double[r.terms.length];
      for (int j = 0; j < vs.length; j++) vs[j] = r.counts[j] * idf[r.terms[j]];
      items.add(new Item(r.sentence, r.articleId, r.sentence.index(), r.published, r.dates.mentions(), r.dates.events(),
          r.dates.dayNews(), r.dates.quotable(), TermVector.of(r.terms, vs), r.words, r.bigrams));
    }
    return new DatedSentences(items, ids.size(), published);
  }

  /** A sentence before idf is known: its term ids and their counts. */
  private record Draft(Sentence sentence, String articleId, LocalDate published, Dating.SentenceDates dates,
                       int words, int[] terms, int[] counts, int[] bigrams) {}

  /**
   * The days each sentence of {@code d} writes, resolved against {@code pub}; a day is an event's
   * unless written as the bound of a span; a sentence naming no day is the news of its report's day.
   */
  static List<Dating.SentenceDates> writtenDays(Document d, LocalDate pub) {
    List<TimeExpression> days = days(d, pub);
    List<Dating.SentenceDates> out = new ArrayList<>();
    int t = 0;
    for (Sentence s : d.sentences()) {
      List<LocalDate> mentions = new ArrayList<>(), events = new ArrayList<>();
      while (t < days.size() && days.get(t).start() < s.start()) t++;
      for (int u = t; u < days.size() && days.get(u).end() <= s.end(); u++) {
        LocalDate day = days.get(u).date();
        if (!mentions.contains(day)) mentions.add(day);
        if (!events.contains(day) && !BOUNDS.contains(wordBefore(s, days.get(u).start()))) events.add(day);
      }
      out.add(new Dating.SentenceDates(List.copyOf(mentions), List.copyOf(events), mentions.isEmpty(), true));
    }
    return out;
  }

  /** The sorted distinct ids of a sentence's content bigrams, numbering new ones in {@code ids}. */
  private static int[] contentBigrams(Sentence s, Map<String, Integer> ids) {
    TreeSet<Integer> out = new TreeSet<>();
    String prev = null;
    for (Token t : s.tokens()) {
      if (!t.isWord() || t.stop()) continue;
      if (prev != null) out.add(ids.computeIfAbsent(prev + ' ' + t.stem(), k -> ids.size()));
      prev = t.stem();
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The lower-cased word just before offset {@code at} in the sentence, or "". */
  private static String wordBefore(Sentence s, int at) {
    String before = "";
    for (Token t : s.tokens()) {
      if (t.end() > at) break;
      if (t.isWord()) before = t.norm();
    }
    return before;
  }

  /** The day-precise dates a report names, in text order, resolved against its publication date. */
  private static List<TimeExpression> days(Document d, LocalDate pub) {
    List<TimeExpression> out = new ArrayList<>();
    if (d.paragraphs().isEmpty()) return out;
    // one pass over all paragraphs, so "the next day" can count from a day named a paragraph before
    List<Span> ps = d.paragraphs();
    for (TimeExpression t : TemporalTagger.tag(d.article().text(), ps.get(0).start(), ps.get(ps.size() - 1).end(), pub)) {
      if (t.kind() == TimeExpression.Kind.DATE && t.granularity() == Granularity.DAY && t.date() != null) out.add(t);
    }
    return out;
  }
}
