package dev.newsbrief.store;

import java.time.Instant;
import java.time.LocalDate;

/** A stored report without its text (for lists). */
public record ReportInfo(String id, String storyId, String title, String outlet, String url, LocalDate published,
                         String origin, Instant addedAt, int chars, boolean hasOriginal) {}
