package dev.newsbrief.store;

import java.time.Instant;

/**
 * A story: a named collection of reports.
 *
 * @param outlets    how many different outlets its reports name
 * @param lastReport when its last report was added, or null
 */
public record StoryInfo(String id, String name, Instant createdAt, int reports, int outlets, Instant lastReport) {}
