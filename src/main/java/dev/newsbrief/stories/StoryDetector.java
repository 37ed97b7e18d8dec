package dev.newsbrief.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sorts a stream of reports into storylines, online and in time order, as news stream clustering
 * does (Miranda et al. 2018): each report becomes TF-IDF vectors (of all its terms, of its headline,
 * of its names; document frequencies learnt from the stream so far) and is compared with the
 * storylines that share one of its strongest terms (an inverted index, so the cost of a report does
 * not grow with the stream). A {@link JoinModel} turns the comparisons and the days the storyline has
 * been idle into the probability that the report belongs to it; the report joins the
 * most probable storyline when the model says so, or opens a new one. Inside its storyline it joins
 * the event (reports of one happening, days apart) it is closest to, or opens one. Storylines idle
 * for longer than {@link Settings#idleDays} leave the index and drop their vectors; they keep their
 * id and members.
 *
 * <p>Not thread-safe: one stream, one detector.
 */
public final class StoryDetector {
  /**
   * @param eventThreshold cosine a report needs to join an event of its storyline
   * @param idleDays       a storyline idle this long leaves the candidate index
   * @param eventDays      an event idle this long takes no more reports
   * @param indexTerms     the strongest terms a report is looked up and indexed by
   */
  public record Settings(double eventThreshold, int idleDays, int eventDays, int indexTerms) {
    public static final Settings DEFAULT = new Settings(0.45, 120, 4, 12);

    public Settings {
      if (!(eventThreshold > 0 && eventThreshold < 1)) throw new IllegalArgumentException("the event threshold lies between 0 and 1");
      if (idleDays < 1 || eventDays < 0 || indexTerms < 1) throw new IllegalArgumentException("windows and term counts must be positive");
    }
  }

  /**
   * Where a report went and why.
   *
   * @param closest     the report of the storyline most like it (null when it opened the storyline)
   * @param similarity  its cosine similarity to {@code closest}
   * @param probability how probably it belongs to the storyline it joined (0 when it opened it)
   */
  public record Placement(String reportId, String storyId, String eventId, String closest, double similarity,
                          double probability, boolean opened) {}

  /** Rows to fit a {@link JoinModel} on: one per (report, candidate storyline), 1 when it is the report's own. */
  public record TrainingRows(double[][] x, double[] y) {}

  static final int PRIOR_DOCUMENTS = 100;
  /** How many recent members a storyline keeps to compare newcomers with. */
  private static final int RECENT = 24;

  private final Settings settings;
  private final JoinModel model;
  private final Map<String, Integer> df = new HashMap<>();
  private int documents;
  private final Map<String, Set<Line>> index = new HashMap<>();
  private final Set<Line> active = new HashSet<>();
  private final Map<String, Line> lines = new LinkedHashMap<>();
  private int nextId = 1;
  private LocalDate latest;

  public StoryDetector(Settings settings, JoinModel model) {
    this.settings = settings;
    this.model = model;
  }

  public StoryDetector() {
    this(Settings.DEFAULT, JoinModel.shipped());
  }

  /** A report's vectors, each of unit length. */
  private record Vectors(Map<String, Double> all, Map<String, Double> title, Map<String, Double> names) {}

  /** A storyline's state: its vectors while active, its members always. */
  private static final class Line {
    final String id;
    final Map<String, Double> centroid = new HashMap<>(), titles = new HashMap<>(), names = new HashMap<>();
    double norm2, titleNorm2, nameNorm2;
    LocalDate first, last;
    final List<Placement> placements = new ArrayList<>();
    final Set<String> indexed = new HashSet<>();
    final Deque<Map.Entry<String, Map<String, Double>>> recent = new ArrayDeque<>();
    final List<Event> events = new ArrayList<>();
    String title = "";
    double titleScore = -1;

    Line(String id) {
      this.id = id;
    }

    int size() {
      return placements.size();
    }
  }

  private static final class Event {
    final String id;
    final Map<String, Double> centroid = new HashMap<>();
    double norm2;
    LocalDate last;
    final List<String> members = new ArrayList<>();

    Event(String id) {
      this.id = id;
    }
  }

  /**
   * Gives the report {@code placed} just placed another id (its caller learnt the id only after
   * placing it): later placements name it so as their closest report.
   */
  public void rename(Placement placed, String newId) {
    Line l = lines.get(placed.storyId());
    if (l == null || l.placements.isEmpty() || !l.placements.get(l.placements.size() - 1).equals(placed)) {
      throw new IllegalArgumentException("not the last report placed: " + placed.reportId());
    }
    l.placements.set(l.placements.size() - 1, new Placement(newId, placed.storyId(), placed.eventId(), placed.closest(),
        placed.similarity(), placed.probability(), placed.opened()));
    var last = l.recent.pollLast();
    if (last != null) l.recent.addLast(Map.entry(newId, last.getValue()));
    for (Event e : l.events) {
      if (e.id.equals(placed.eventId())) e.members.set(e.members.size() - 1, newId);
    }
  }

  /** Places one report; reports should come in time order (undated ones anywhere). */
  public Placement add(ReportFeatures report) {
    advance(report.date());
    Vectors v = vectors(report);
    List<String> strongest = strongest(v.all(), settings.indexTerms());
    Line best = null;
    double bestP = 0;
    for (Line l : candidates(strongest)) {
      double p = model.probability(features(v, l, report.date()));
      if (p > bestP) {
        best = l;
        bestP = p;
      }
    }
    boolean opened = best == null || bestP < model.threshold();
    Line line = opened ? open() : best;
    return place(line, report, v, strongest, opened ? 0 : bestP, opened);
  }

  /**
   * Replays a labelled stream with the true storylines ({@code truth}: report id → storyline) and
   * returns, for each report and each storyline it is looked up against, the comparison features
   * and whether it is the report's own: what a {@link JoinModel} is fitted on. Rows come from the
   * first {@code perStory} reports of each storyline only (all are placed).
   */
  public static TrainingRows trainingRows(List<ReportFeatures> stream, Map<String, String> truth, Settings settings,
                                         int perStory) {
    StoryDetector d = new StoryDetector(settings, null);
    Map<String, Line> byTruth = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (ReportFeatures r : stream) {
      d.advance(r.date());
      Vectors v = d.vectors(r);
      List<String> strongest = strongest(v.all(), settings.indexTerms());
      String story = truth.get(r.id());
      Line own = byTruth.get(story);
      // a story's first reports speak for it: a long storyline must not outweigh many short stories
      if (seen.merge(story, 1, Integer::sum) <= perStory) {
        for (Line l : d.candidates(strongest)) {
          x.add(d.features(v, l, r.date()));
          y.add(l == own ? 1.0 : 0.0);
        }
      }
      boolean opened = own == null || !d.active.contains(own);
      if (opened) byTruth.put(story, own = d.open());
      d.place(own, r, v, strongest, opened ? 0 : 1, opened);
    }
    double[] ys = new double[y.size()];
    for (int i = 0; i < ys.length; i++) ys[i] = y.get(i);
    return new TrainingRows(x.toArray(new double[0][]), ys);
  }

  private void advance(LocalDate date) {
    if (date != null && (latest == null || date.isAfter(latest))) {
      latest = date;
      expireIdle();
    }
  }

  private Set<Line> candidates(List<String> strongest) {
    Set<Line> candidates = new HashSet<>();
    for (String t : strongest) candidates.addAll(index.getOrDefault(t, Set.of()));
    return candidates;
  }

  /** How report {@code v} compares with storyline {@code l}, in {@link JoinModel#FEATURES} order. */
  private double[] features(Vectors v, Line l, LocalDate date) {
    double member = closest(v, l).similarity();
    long gap = date == null || l.last == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(l.last, date));
    double centroid = cosine(v.all(), l.centroid, l.norm2), size = Math.log1p(l.size());
    return new double[] {1, centroid, member, cosine(v.title(), l.titles, l.titleNorm2),
        cosine(v.names(), l.names, l.nameNorm2), Math.log1p(gap), size, centroid * size};
  }

  /** The storyline's recent member most like the report (id null when it has none), and their cosine. */
  private record Closest(String id, double similarity) {}

  private static Closest closest(Vectors v, Line l) {
    String id = null;
    double best = 0;
    for (var m : l.recent) {
      double s = dot(v.all(), m.getValue());
      if (id == null || s > best) {
        id = m.getKey();
        best = s;
      }
    }
    return new Closest(id, best);
  }

  private Line open() {
    Line l = new Line("s" + nextId++);
    lines.put(l.id, l);
    active.add(l);
    return l;
  }

  private Placement place(Line l, ReportFeatures report, Vectors v, List<String> strongest, double probability, boolean opened) {
    Closest closest = closest(v, l);
    Event event = event(l, v.all(), report.date(), report.id());
    // the headline of the report most like the storyline as it stood names the storyline
    double typical = opened ? 0 : cosine(v.all(), l.centroid, l.norm2);
    if (!report.title().isBlank() && typical > l.titleScore) {
      l.title = report.title();
      l.titleScore = typical;
    }
    l.norm2 = addInto(l.centroid, l.norm2, v.all());
    l.titleNorm2 = addInto(l.titles, l.titleNorm2, v.title());
    l.nameNorm2 = addInto(l.names, l.nameNorm2, v.names());
    if (report.date() != null) {
      if (l.first == null || report.date().isBefore(l.first)) l.first = report.date();
      if (l.last == null || report.date().isAfter(l.last)) l.last = report.date();
    }
    for (String t : strongest) {
      if (l.indexed.add(t)) index.computeIfAbsent(t, k -> new HashSet<>()).add(l);
    }
    l.recent.addLast(Map.entry(report.id(), v.all()));
    if (l.recent.size() > RECENT) l.recent.removeFirst();
    Placement p = new Placement(report.id(), l.id, event.id, closest.id(), closest.similarity(), probability, opened);
    l.placements.add(p);
    return p;
  }

  private Event event(Line l, Map<String, Double> v, LocalDate date, String id) {
    Event best = null;
    double bestSim = settings.eventThreshold();
    for (Event e : l.events) {
      if (date != null && e.last != null && ChronoUnit.DAYS.between(e.last, date) > settings.eventDays()) continue;
      double s = cosine(v, e.centroid, e.norm2);
      if (s >= bestSim) {
        best = e;
        bestSim = s;
      }
    }
    if (best == null) {
      best = new Event(l.id + "-e" + (l.events.size() + 1));
      l.events.add(best);
    }
    best.norm2 = addInto(best.centroid, best.norm2, v);
    best.members.add(id);
    if (date != null && (best.last == null || date.isAfter(best.last))) best.last = date;
    return best;
  }

  /** Storylines idle for longer than the window leave the index; their vectors are dropped. */
  private void expireIdle() {
    for (var it = active.iterator(); it.hasNext(); ) {
      Line l = it.next();
      if (l.last == null || ChronoUnit.DAYS.between(l.last, latest) <= settings.idleDays()) continue;
      for (String t : l.indexed) {
        Set<Line> s = index.get(t);
        if (s != null && s.remove(l) && s.isEmpty()) index.remove(t);
      }
      l.indexed.clear();
      l.centroid.clear();
      l.titles.clear();
      l.names.clear();
      l.recent.clear();
      for (Event e : l.events) e.centroid.clear();
      it.remove();
      if (retired != null) {
        retired.accept(storyline(l));
        lines.remove(l.id);
      }
    }
  }

  private java.util.function.Consumer<Storyline> retired;

  /**
   * Hands each storyline that goes idle to {@code sink} and forgets it, so that memory stays flat
   * however long the stream (the placements {@link #add} returns say where every report went).
   */
  public StoryDetector retiringTo(java.util.function.Consumer<Storyline> sink) {
    this.retired = sink;
    return this;
  }

  /** The report's TF-IDF vectors: all its terms, its headline's, its names'. */
  private Vectors vectors(ReportFeatures r) {
    documents++;
    for (String t : r.counts().keySet()) df.merge(t, 1, Integer::sum);
    Map<String, Double> all = new HashMap<>(), title = new HashMap<>(), names = new HashMap<>();
    for (var e : r.counts().entrySet()) {
      double idf = idf(e.getKey());
      if (idf <= 0) continue;
      double w = (1 + Math.log(e.getValue())) * idf;
      all.put(e.getKey(), w);
      if (e.getKey().startsWith("#")) names.put(e.getKey(), w);
    }
    for (String t : r.titleTerms()) {
      double idf = idf(t);
      if (idf > 0) title.put(t, idf);
    }
    return new Vectors(unit(all), unit(title), unit(names));
  }

  /**
   * Inverse document frequency with {@link #PRIOR_DOCUMENTS} unseen documents added: in a small
   * pile (ten reports of one story) the words every report shares still count, instead of
   * falling to nothing; in a long stream the prior fades.
   */
  private double idf(String term) {
    Integer n = df.get(term);
    return Math.log((documents + PRIOR_DOCUMENTS + 1.0) / ((n == null ? 0 : n) + 0.5));
  }

  private static Map<String, Double> unit(Map<String, Double> v) {
    double n = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    if (n > 0) v.replaceAll((k, x) -> x / n);
    return v;
  }

  private static List<String> strongest(Map<String, Double> v, int k) {
    List<Map.Entry<String, Double>> e = new ArrayList<>(v.entrySet());
    e.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>(Math.min(k, e.size()));
    for (int i = 0; i < Math.min(k, e.size()); i++) out.add(e.get(i).getKey());
    return out;
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) return dot(b, a);
    double dot = 0;
    for (var e : a.entrySet()) {
      Double c = b.get(e.getKey());
      if (c != null) dot += e.getValue() * c;
    }
    return dot;
  }

  private static double cosine(Map<String, Double> v, Map<String, Double> sum, double norm2) {
    return norm2 <= 0 ? 0 : dot(v, sum) / Math.sqrt(norm2);
  }

  /** Adds {@code v} into {@code sum} and returns the sum's new squared norm. */
  private static double addInto(Map<String, Double> sum, double norm2, Map<String, Double> v) {
    for (var e : v.entrySet()) {
      double old = sum.getOrDefault(e.getKey(), 0.0);
      norm2 += 2 * old * e.getValue() + e.getValue() * e.getValue();
      sum.put(e.getKey(), old + e.getValue());
    }
    return norm2;
  }

  /** Every storyline so far (not those handed on by {@link #retiringTo}), singletons included, in the order they were opened. */
  public List<Storyline> storylines() {
    List<Storyline> out = new ArrayList<>();
    for (Line l : lines.values()) out.add(storyline(l));
    return out;
  }

  private static Storyline storyline(Line l) {
    List<List<String>> events = new ArrayList<>();
    for (Event e : l.events) events.add(List.copyOf(e.members));
    return new Storyline(l.id, l.title, l.placements, events, l.first, l.last);
  }

  /**
   * Everything the detector has learnt, to keep between runs ({@code --state}): term frequencies,
   * every storyline with its members, and the vectors of the storylines still active.
   */
  public record State(int version, int documents, Map<String, Integer> df, int nextId, LocalDate latest,
                      List<LineState> lines) {}

  /** One storyline's state; its vectors are empty once it has gone idle. */
  public record LineState(String id, String title, double titleScore, LocalDate first, LocalDate last, boolean active,
                          Map<String, Double> centroid, Map<String, Double> titles, Map<String, Double> names,
                          List<String> indexed, List<String> recentIds, List<Map<String, Double>> recentVectors,
                          List<Placement> placements, List<EventState> events) {}

  public record EventState(String id, LocalDate last, Map<String, Double> centroid, List<String> members) {}

  private static final int STATE_VERSION = 1;

  public State state() {
    List<LineState> out = new ArrayList<>();
    for (Line l : lines.values()) {
      List<EventState> events = new ArrayList<>();
      for (Event e : l.events) events.add(new EventState(e.id, e.last, Map.copyOf(e.centroid), List.copyOf(e.members)));
      List<String> ids = new ArrayList<>();
      List<Map<String, Double>> vectors = new ArrayList<>();
      for (var m : l.recent) {
        ids.add(m.getKey());
        vectors.add(Map.copyOf(m.getValue()));
      }
      out.add(new LineState(l.id, l.title, l.titleScore, l.first, l.last, active.contains(l), Map.copyOf(l.centroid),
          Map.copyOf(l.titles), Map.copyOf(l.names), List.copyOf(l.indexed), ids, vectors, List.copyOf(l.placements), events));
    }
    return new State(STATE_VERSION, documents, Map.copyOf(df), nextId, latest, out);
  }

  /** A detector that goes on from {@code state}. */
  public static StoryDetector restore(State state, Settings settings, JoinModel model) {
    if (state.version() != STATE_VERSION) throw new IllegalArgumentException("state of version " + state.version() + ", expected " + STATE_VERSION);
    StoryDetector d = new StoryDetector(settings, model);
    d.documents = state.documents();
    d.df.putAll(state.df());
    d.nextId = state.nextId();
    d.latest = state.latest();
    for (LineState ls : state.lines()) {
      Line l = new Line(ls.id());
      l.title = ls.title();
      l.titleScore = ls.titleScore();
      l.first = ls.first();
      l.last = ls.last();
      l.placements.addAll(ls.placements());
      for (EventState es : ls.events()) {
        Event e = new Event(es.id());
        e.last = es.last();
        e.centroid.putAll(es.centroid());
        e.norm2 = norm2(e.centroid);
        e.members.addAll(es.members());
        l.events.add(e);
      }
      d.lines.put(l.id, l);
      if (!ls.active()) continue;
      l.centroid.putAll(ls.centroid());
      l.titles.putAll(ls.titles());
      l.names.putAll(ls.names());
      l.norm2 = norm2(l.centroid);
      l.titleNorm2 = norm2(l.titles);
      l.nameNorm2 = norm2(l.names);
      for (int i = 0; i < ls.recentIds().size(); i++) l.recent.addLast(Map.entry(ls.recentIds().get(i), new HashMap<>(ls.recentVectors().get(i))));
      for (String t : ls.indexed()) {
        l.indexed.add(t);
        d.index.computeIfAbsent(t, k -> new HashSet<>()).add(l);
      }
      d.active.add(l);
    }
    return d;
  }

  private static double norm2(Map<String, Double> v) {
    double n = 0;
    for (double x : v.values()) n += x * x;
    return n;
  }

  /** The ids of every report placed so far (a later run given one again leaves it where it is). */
  public Set<String> placedIds() {
    Set<String> ids = new HashSet<>();
    for (Line l : lines.values()) for (Placement p : l.placements) ids.add(p.reportId());
    return ids;
  }

  /**
   * The stories a pile of reports tells, biggest first (then most recent): the reports placed in
   * time order, undated ones last, by a new detector.
   */
  public static List<Storyline> storiesOf(List<ReportFeatures> reports, JoinModel model) {
    List<ReportFeatures> ordered = new ArrayList<>(reports);
    ordered.sort(ReportFeatures.STREAM_ORDER);
    StoryDetector d = new StoryDetector(Settings.DEFAULT, model);
    for (ReportFeatures r : ordered) d.add(r);
    List<Storyline> out = new ArrayList<>(d.storylines());
    out.sort(Storyline.BIGGEST_AND_MOST_RECENT_FIRST);
    return out;
  }

  /**
   * The join probability for asking whether a pile someone gathered as one story is one: a little
   * under a stream's, since the pile is meant as one. With it, each of the 30 DUC 2003 clusters kept at
   * least 60% of its reports in its biggest story, and each of 48 mixes of five reports of five
   * clusters came apart into stories of at most two (at 0.1, one mix kept three together and was
   * taken for one story; at 0.35, one cluster kept only 38% of its reports together).
   */
  public static final double ONE_STORY_CHECK = 0.2;

  /**
   * Whether the stories found in a pile (with {@link #ONE_STORY_CHECK}) show it is not one story:
   * three or more reports, and the biggest story holds at most 40% of them.
   */
  public static boolean notOneStory(List<Storyline> stories) {
    int reports = 0, largest = 0;
    for (Storyline s : stories) {
      reports += s.reports().size();
      largest = Math.max(largest, s.reports().size());
    }
    return reports >= 3 && 5 * largest <= 2 * reports;
  }

  /** Storylines still taking reports. */
  public int activeStorylines() {
    return active.size();
  }

  /** Terms in the candidate index. */
  public int indexedTerms() {
    return index.size();
  }
}
