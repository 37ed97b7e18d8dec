package dev.newsbrief;

import dev.newsbrief.cite.Citer;
import dev.newsbrief.cite.NameIntroductions;
import dev.newsbrief.clean.Cleaned;
import dev.newsbrief.clean.Cleaner;
import dev.newsbrief.clean.Reasons;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Latest;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.figures.DisputeFinder;
import dev.newsbrief.model.DisputedFigure;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Quote;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.Source;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.model.Voice;
import dev.newsbrief.story.Headline;
import dev.newsbrief.story.Story;
import dev.newsbrief.summary.ConceptSummarizer;
import dev.newsbrief.summary.ConceptWeighting;
import dev.newsbrief.summary.Focus;
import dev.newsbrief.summary.LatestEvent;
import dev.newsbrief.summary.UpdateSummarizer;
import dev.newsbrief.summary.Summarizer;
import dev.newsbrief.text.AnalysisCache;
import dev.newsbrief.text.Analyzer;
import dev.newsbrief.text.ReportingVerbs;
import dev.newsbrief.time.ReportDater;
import dev.newsbrief.timeline.TimelineBuilder;
import dev.newsbrief.voices.Voices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * The whole pipeline, top to bottom: ingested articles in, a cited briefing out.
 * <pre>
 *   articles → clean → analyse → story (wire copies, report dates) → summary → citations
 *            → timeline (events on their dates) → voices (quotes by actor) → disputed figures → brief
 * </pre>
 * A mixed stream is first sorted into stories by {@link dev.newsbrief.stories.StoryDetector}, and
 * each story's articles come here. Interfaces (CLI, web, engine jobs) call {@link #brief}; nothing
 * here knows about them.
 */
public final class Pipeline {
  /** What the caller may choose about a briefing. */
  public record Options(int words, int timelineEntries, int voices, int quotesPerVoice) {
    public static final int DEFAULT_WORDS = 120;
    public static final Options DEFAULT = new Options(DEFAULT_WORDS);

    public Options {
      if (words < 10 || words > 5000) throw new IllegalArgumentException("--words must be 10..5000, not " + words);
      if (timelineEntries < 0 || voices < 0 || quotesPerVoice < 0) {
        throw new IllegalArgumentException("timeline entries, voices and quotes must be >= 0");
      }
    }

    public Options(int words) {
      this(words, 10, 10, 3);
    }
  }

  private final Summarizer summarizer;
  private final String note;
  private final boolean opensWithLatest;
  /** The reader's question: timeline entries and voices that speak of it come first. Null: none. */
  private final Focus focus;
  /** An update brief's new reports (the rest were read): figures they change are noted. Null: not an update. */
  private final java.util.Set<String> newIds;
  /** Reports read and analysed before, reused when a story is briefed again (serve); null: every report read anew. */
  private final AnalysisCache analyses;

  public Pipeline() {
    this(new ConceptSummarizer());
  }

  public Pipeline(Summarizer summarizer) {
    this(summarizer, null);
  }

  /** A pipeline whose briefings open their notes with {@code note} (what kind of summary it is), when not null. */
  public Pipeline(Summarizer summarizer, String note) {
    this(summarizer, note, true);
  }

  private Pipeline(Summarizer summarizer, String note, boolean opensWithLatest) {
    this(summarizer, note, opensWithLatest, null, null);
  }

  private Pipeline(Summarizer summarizer, String note, boolean opensWithLatest, Focus focus, java.util.Set<String> newIds) {
    this(summarizer, note, opensWithLatest, focus, newIds, null);
  }

  private Pipeline(Summarizer summarizer, String note, boolean opensWithLatest, Focus focus, java.util.Set<String> newIds,
                   AnalysisCache analyses) {
    this.summarizer = summarizer;
    this.note = note;
    this.opensWithLatest = opensWithLatest;
    this.focus = focus;
    this.newIds = newIds == null ? null : java.util.Set.copyOf(newIds);
    this.analyses = analyses;
  }

  /**
   * This pipeline, analysing each report once while {@code analyses} keeps it: a story briefed
   * again as reports arrive (serve) then analyses only the new ones. Briefs are the same either way.
   */
  public Pipeline reusing(AnalysisCache analyses) {
    return new Pipeline(summarizer, note, opensWithLatest, focus, newIds, java.util.Objects.requireNonNull(analyses));
  }

  /**
   * Update briefs ({@code brief --read}, {@code --since}): the summary is what the reports
   * {@code newIds} add for a reader of the others ({@link UpdateSummarizer}), and being itself what
   * is new, the briefing has no Latest section above it.
   */
  public static Pipeline update(java.util.Set<String> newIds, ConceptWeighting weighting, String note) {
    return new Pipeline(new UpdateSummarizer(newIds, weighting, UpdateSummarizer.KNOWN), note, false, null, newIds);
  }

  /**
   * The first note of an update brief: "Update: what 2 new report(s) add to 3 already read; ...";
   * {@code newMeans}, when not null, says which reports count as new ("new: dated after 2016-10-01").
   */
  public static String updateNote(int fresh, int read, String newMeans) {
    return "Update: what " + fresh + " new report(s) add to " + read + " already read"
        + (newMeans == null ? "" : " (" + newMeans + ")") + "; the summary draws on the new ones only.";
  }

  /** Concept weights for a reader's question: leaning to it ({@link Focus#weighting}), or plain frequency when none is asked. */
  public static ConceptWeighting weighting(String question) {
    return question == null || question.isBlank() ? ConceptSummarizer.FREQUENCY : Focus.of(question).weighting(FOCUS_FLOOR);
  }

  /** How much a concept the question does not touch keeps of its weight (see {@link Focus#weighting}). */
  public static final double FOCUS_FLOOR = 1.0;

  /** Briefings whose summary answers a reader's question (query-focused): {@code brief --focus}. */
  public Pipeline(Focus focus) {
    this(new ConceptSummarizer(focus.weighting(FOCUS_FLOOR), ConceptSummarizer.Settings.DEFAULT), focusNote(focus), true, focus, null);
  }

  static String focusNote(Focus focus) {
    return "The summary answers: \"" + focus.question() + "\""
        + (focus.isEmpty() ? " (no word of it names a subject, so it is the plain summary)."
            : "; timeline entries and voices that speak of it come first.");
  }

  /** Briefs one story told by the given reports. */
  public Brief brief(List<Article> articles, Options options) {
    return brief(analyse(articles), options);
  }

  /** Briefs a story already analysed (see {@link #analyse}). */
  public Brief brief(Story story, Options options) {
    Citer citer = Citer.of(story);
    // the timeline, the Voices and the figures need nothing of the summary: worked out on another
    // core meanwhile (the citer answers one question at a time; every stage's result is the same
    // whichever asks first)
    var timelineLater = CompletableFuture.supplyAsync(
        () -> TimelineBuilder.build(story, citer, options.timelineEntries()), ForkJoinPool.commonPool());
    var voicesLater = CompletableFuture.supplyAsync(() -> {
      List<Quote> quotes = Voices.quotes(story);
      return new VoicesAndFigures(Voices.of(story, quotes, citer::cite, options.voices(), options.quotesPerVoice()),
          disputedFigures(story, quotes));
    }, ForkJoinPool.commonPool());
    // people named by one name only get their full name in brackets the first time in each section
    NameIntroductions names = NameIntroductions.of(story);
    // a storyline opens with where it stands now; its sentences are cited as the summary's are
    List<Sentence> newest = opensWithLatest ? LatestEvent.sentences(story) : List.of();
    // the summary, read after Latest, does not say again what Latest said: such a sentence is left out
    // and the budget filled around it (asked of the few sentences chosen, as it embeds what it compares)
    List<Sentence> chosen = summarizeAsShown(story, names, options.words(), s -> true);
    java.util.Set<Sentence> restating = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Sentence s : chosen) if (citer.restatesAny(s, newest)) restating.add(s);
    if (!restating.isEmpty()) {
      chosen = summarizeAsShown(story, names, options.words(), s -> !restating.contains(s)).stream()
          .filter(s -> !citer.restatesAny(s, newest)).toList();
    }
    List<CitedSentence> summary = attributeContinuedQuotes(story, chosen,
        names.apply(chosen, chosen.stream().map(citer::cite).toList(), citer::quoting), citer);
    List<CitedSentence> latestCited = attributeContinuedQuotes(story, newest,
        names.apply(newest, newest.stream().map(citer::cite).toList(), citer::quoting), citer);
    Latest latest = newest.isEmpty() ? Latest.NONE : new Latest(LatestEvent.day(story), latestCited);
    List<TimelineEntry> timeline = join(timelineLater);
    List<Voice> voices = join(voicesLater).voices();
    if (focus != null && !focus.isEmpty()) { // what speaks of the question first (before names are introduced, in reading order)
      timeline = focus.first(timeline, e -> e.sentence().text());
      voices = focus.first(voices, v -> v.name() + " " + String.join(" ", v.quotes().stream().map(q -> q.quote().text()).toList()));
    }
    timeline = introduceNames(story, names, citer, timeline);
    List<DisputedFigure> figures = join(voicesLater).figures();
    List<String> notes = notes(story);
    if (note != null || newIds != null) {
      notes = new ArrayList<>(notes);
      if (newIds != null) notes.addAll(0, changedFigures(figures, newIds));
      if (note != null) notes.add(0, note);
    }
    return new Brief(Headline.of(story), latest, summary, timeline, voices, figures, sources(story), notes);
  }

  private record VoicesAndFigures(List<Voice> voices, List<DisputedFigure> figures) {}

  /** The value of a stage run on another thread; what it threw is thrown here, as if run here. */
  private static <T> T join(CompletableFuture<T> later) {
    try {
      return later.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /**
   * For a reader of the other reports, each figure the new reports give a value for that no report
   * read before gave: "Changed since read: people killed: the new reports say 5 [4]; those read said 3 [1], 4 [2]."
   */
  static List<String> changedFigures(List<DisputedFigure> figures, java.util.Set<String> newIds) {
    List<String> out = new ArrayList<>();
    for (DisputedFigure f : figures) {
      List<String> fresh = new ArrayList<>(), read = new ArrayList<>();
      java.util.Set<Double> freshValues = new java.util.HashSet<>(), readValues = new java.util.HashSet<>();
      for (DisputedFigure.SourcedFigure v : f.values()) {
        boolean isNew = newIds.contains(v.figure().articleId());
        (isNew ? fresh : read).add(v.figure().text() + " [" + v.source() + "]");
        (isNew ? freshValues : readValues).add(v.figure().value());
      }
      if (fresh.isEmpty() || read.isEmpty() || readValues.containsAll(freshValues)) continue; // no value the reader has not seen
      out.add("Changed since read: " + f.quantity() + ": the new report(s) say " + String.join(", ", fresh)
          + "; those read before said " + String.join(", ", read) + ".");
    }
    return out;
  }

  /**
   * A summary sentence that continues someone's quotation gets its speaker after it, in brackets
   * ("There are 4,000 babies a day being killed[, Horsley said]."), cited to the sentence naming them
   * ({@code citer} null: the shown words only).
   */
  private static List<CitedSentence> attributeContinuedQuotes(Story story, List<Sentence> chosen, List<CitedSentence> cited,
                                                            Citer citer) {
    List<CitedSentence> out = new ArrayList<>(cited.size());
    for (int k = 0; k < chosen.size(); k++) {
      Sentence s = chosen.get(k);
      Quote owner = Voices.continuedQuotations(story, story.document(s.articleId())).get(s.index());
      CitedSentence c = cited.get(k);
      if (owner == null) {
        out.add(c);
        continue;
      }
      int end = s.text().length();
      while (end > 0 && !Character.isLetterOrDigit(s.text().charAt(end - 1))) end--;
      Sentence named = s;
      for (Sentence t : story.document(s.articleId()).sentences()) if (t.start() <= owner.end()) named = t;
      List<CitedSentence.Insertion> insertions = new ArrayList<>(c.insertions());
      insertions.add(new CitedSentence.Insertion(end, 0, ", " + owner.speaker() + " " + ReportingVerbs.shown(owner.verb()),
          citer == null ? null : citer.quoting(named)));
      out.add(c.withInsertions(insertions));
    }
    return out;
  }

  /**
   * The quantities the story's reports give different values for, each value with who gives it
   * when a report attributes it ("according to the Syrian Observatory").
   */
  public static List<DisputedFigure> disputedFigures(Story story) {
    return disputedFigures(story, Voices.quotes(story));
  }

  private static List<DisputedFigure> disputedFigures(Story story, List<Quote> found) {
    Map<String, List<Quote>> quotes = new HashMap<>();
    for (Quote q : found) quotes.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
    return DisputeFinder.find(story.origins(), story.dates(), story.sourceNumbers(), f -> {
      for (Quote q : quotes.getOrDefault(f.articleId(), List.of())) {
        if (q.attributed() && q.start() <= f.start() && f.end() <= q.end()) return q.speaker();
      }
      return null;
    });
  }

  /**
   * The timeline read top to bottom introduces its people as the summary does; an entry that names
   * someone by a name two people share, which no bracket can say, is left out as the summary leaves
   * such sentences out.
   */
  private static List<TimelineEntry> introduceNames(Story story, NameIntroductions names, Citer citer, List<TimelineEntry> all) {
    List<Sentence> sentences = new ArrayList<>();
    List<TimelineEntry> entries = new ArrayList<>();
    for (TimelineEntry e : all) {
      var q = e.sentence().quoted();
      Sentence s = story.document(q.articleId()).sentences().get(q.sentence());
      if (names.namesSomeoneAmbiguously(s)) continue;
      sentences.add(s);
      entries.add(e);
    }
    List<CitedSentence> cited = names.apply(sentences, entries.stream().map(TimelineEntry::sentence).toList(), citer::quoting);
    List<TimelineEntry> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) out.add(entries.get(i).withSentence(cited.get(i)));
    return out;
  }

  /** The summary sentences the briefing shows, in reading order. */
  public List<Sentence> summarize(Story story, int words) {
    return summarizer.summarize(story, words);
  }

  /** The summary exactly as the briefing shows it, bracketed names included: what evaluation must score. */
  public List<String> summaryAsShown(Story story, int words) {
    NameIntroductions names = NameIntroductions.of(story);
    return shown(story, names, summarizeAsShown(story, names, words, s -> true));
  }

  /** Summary sentences ({@code keep} accepts) whose shown text, bracketed names included, keeps to the word budget. */
  private List<Sentence> summarizeAsShown(Story story, NameIntroductions names, int words,
                                          java.util.function.Predicate<Sentence> keep) {
    int budget = words;
    // a name two people share, alone, is one no bracket can introduce
    java.util.function.Predicate<Sentence> standsAlone = s -> keep.test(s) && !names.namesSomeoneAmbiguously(s);
    List<Sentence> chosen = summarizer.summarize(story, budget, standsAlone);
    for (int attempt = 0; attempt < 3; attempt++) {
      int shownWords = 0;
      for (String s : shown(story, names, chosen)) shownWords += Summarizer.words(s);
      if (shownWords <= words || budget <= 10) break;
      budget = Math.max(10, budget - (shownWords - words));
      chosen = summarizer.summarize(story, budget, standsAlone);
    }
    return chosen;
  }

  private static List<String> shown(Story story, NameIntroductions names, List<Sentence> chosen) {
    List<CitedSentence> plain = chosen.stream().map(s -> new CitedSentence(s.text(), List.of())).toList();
    return attributeContinuedQuotes(story, chosen, names.apply(chosen, plain, s -> null), null).stream()
        .map(CitedSentence::shown).toList();
  }

  /** Everything up to the story: cleaning, text analysis, wire copies, report dates. */
  public Story analyse(List<Article> articles) {
    List<Cleaned> cleaned = Cleaner.clean(articles, analyses);
    List<Document> documents = cleaned.parallelStream()
        .map(c -> analyses == null ? Analyzer.analyze(c.article(), c.kept(), c.removed())
            : analyses.analyze(c.article(), c.kept(), c.removed()))
        .toList();
    Story story = Story.of(documents);
    List<DatedValue> dates = ReportDater.date(story.documents());
    Map<String, DatedValue> byId = new HashMap<>();
    for (int i = 0; i < dates.size(); i++) byId.put(story.documents().get(i).id(), dates.get(i));
    return story.withDates(byId);
  }

  private static List<Source> sources(Story story) {
    List<Source> out = new ArrayList<>();
    for (Document d : story.documents()) {
      Article a = d.article();
      int origin = story.isOrigin(d.id()) ? 0 : story.sourceNumber(story.origin(d.id()));
      out.add(new Source(story.sourceNumber(d.id()), a.id(), a.title(), a.outlet(), a.url(), story.date(d.id()),
          origin, d.wordCount(), d.removed().size()));
    }
    return out;
  }

  private static List<String> notes(Story story) {
    List<String> notes = new ArrayList<>();
    int inferred = 0, undated = 0, coarse = 0;
    for (Document d : story.documents()) {
      DatedValue date = story.date(d.id());
      if (date.source() == DatedValue.Source.INFERRED) inferred++;
      if (!date.isKnown()) undated++;
      else if (date.granularity().compareTo(Granularity.MONTH) > 0) coarse++;
    }
    if (inferred > 0) {
      notes.add(inferred + " report date(s) were inferred from the reports' own text (marked \"inferred\"; the JSON gives the evidence); "
          + "timeline dates that depend on them are inferred too.");
    }
    if (coarse > 0) {
      notes.add(coarse + " report(s) can be dated only to a season or year: what they say happened \"on Saturday\" or "
          + "\"last week\" cannot be put on a day, so the timeline gives it only that season or year.");
    }
    long tooLong = story.documents().stream()
        .filter(d -> d.removed().stream().anyMatch(r -> r.reason().equals(Reasons.TOO_LONG))).count();
    if (tooLong > 0) {
      notes.add(tooLong + " report(s) are longer than any news report: only their first "
          + String.format(java.util.Locale.ROOT, "%,d", Cleaner.MAX_CHARS) + " characters were read.");
    }
    if (undated > 0) notes.add(undated + " report(s) carry no date and give no evidence of one: their events stay off the timeline.");
    int copies = story.documents().size() - story.origins().size();
    if (copies > 0) {
      notes.add(copies + " report(s) are near-copies of another (wire copy) and count once as corroboration.");
    }
    return notes;
  }
}
