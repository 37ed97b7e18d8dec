package dev.newsbrief.model;

/**
 * One dated event of the story's timeline.
 *
 * @param date     when it happened, with its granularity and whether it was inferred
 * @param sentence the sentence that reports it, with its citations
 */
public record TimelineEntry(DatedValue date, CitedSentence sentence) {}
