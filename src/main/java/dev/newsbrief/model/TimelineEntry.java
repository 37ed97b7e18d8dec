package dev.newsbrief.model;

/**
 * One dated event of the story's timeline.
 *
 * @param date     when it happened, with its granularity and whether it was inferred
 * @param sentence the sentence that reports it, with its citations
 * @param evidence the written date the entry's date comes from (in this sentence, or in another
 *                 report's sentence stating the same event), or null when it comes from the report's date
 * @param reported no day is written for what the sentence tells: {@code date} is the day its report
 *                 was published, when it was reported (it happened then or shortly before), not a
 *                 day claimed for the event
 */
public record TimelineEntry(DatedValue date, CitedSentence sentence, Evidence evidence, boolean reported) {
  public TimelineEntry(DatedValue date, CitedSentence sentence, Evidence evidence) {
    this(date, sentence, evidence, false);
  }

  /** The same entry told by {@code shown} (the sentence as the briefing shows it, names introduced). */
  public TimelineEntry withSentence(CitedSentence shown) {
    return new TimelineEntry(date, shown, evidence, reported);
  }

  public TimelineEntry(DatedValue date, CitedSentence sentence) {
    this(date, sentence, null);
  }

  /**
   * A date expression as written ("on Wednesday") at {@code [start,end)} of article {@code articleId}'s text.
   */
  public record Evidence(String text, String articleId, int start, int end) {}
}
