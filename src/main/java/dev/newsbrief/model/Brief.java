package dev.newsbrief.model;

import java.util.List;

/**
 * The briefing of one story: what the reader gets, in every output format.
 *
 * @param headline  a title for the story
 * @param latest    for a storyline, what its most recent event adds ({@link Latest#NONE} otherwise)
 * @param summary   the summary sentences, in reading order, each cited
 * @param timeline  dated key events, oldest first
 * @param voices    who said what, most cited actor first
 * @param figures   quantities the sources disagree on
 * @param sources   every report, numbered as cited
 * @param notes     things the reader should know about the briefing itself (inferred dates,
 *                  collapsed wire copies, skipped inputs)
 */
public record Brief(String headline, Latest latest, List<CitedSentence> summary, List<TimelineEntry> timeline,
                    List<Voice> voices, List<DisputedFigure> figures, List<Source> sources,
                    List<String> notes) {
  /** A briefing without a Latest section. */
  public Brief(String headline, List<CitedSentence> summary, List<TimelineEntry> timeline, List<Voice> voices,
               List<DisputedFigure> figures, List<Source> sources, List<String> notes) {
    this(headline, Latest.NONE, summary, timeline, voices, figures, sources, notes);
  }

  public Brief {
    latest = latest == null ? Latest.NONE : latest;
    summary = List.copyOf(summary);
    timeline = List.copyOf(timeline);
    voices = List.copyOf(voices);
    figures = List.copyOf(figures);
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
  }

  /** The same briefing under another headline (a reader's own title). */
  public Brief withHeadline(String newHeadline) {
    return new Brief(newHeadline, latest, summary, timeline, voices, figures, sources, notes);
  }

  /** The same briefing with more notes after its own (inputs skipped or read with a caveat). */
  public Brief withNotes(List<String> more) {
    List<String> all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    return new Brief(headline, latest, summary, timeline, voices, figures, sources, all);
  }
}
