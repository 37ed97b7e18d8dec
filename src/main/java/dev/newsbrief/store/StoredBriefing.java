package dev.newsbrief.store;

import java.time.Instant;

/**
 * A computed briefing, kept so reads are cheap and survive restarts.
 *
 * @param version   grows by one each time the story's briefing is recomputed
 * @param signature the story's report set it was computed from (see {@link Store#signature})
 * @param json      the briefing in the CLI's JSON schema
 * @param error     why the last recomputation failed, or {@code null}
 */
public record StoredBriefing(String storyId, int version, String signature, Instant computedAt, String json,
                            String markdown, String html, String error) {}
