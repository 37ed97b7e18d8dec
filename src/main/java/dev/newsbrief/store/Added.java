package dev.newsbrief.store;

/**
 * What adding a report did: stored it, or found the same report already in the story.
 *
 * @param report    the stored report (the existing one when {@code duplicate})
 * @param duplicate true when the story already held a report with the same URL or the same text
 */
public record Added(ReportInfo report, boolean duplicate) {}
