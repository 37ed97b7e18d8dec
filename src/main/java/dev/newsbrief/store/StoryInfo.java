package dev.newsbrief.store;

import java.time.Instant;

/** A story: a named collection of reports. */
public record StoryInfo(String id, String name, Instant createdAt, int reports) {}
