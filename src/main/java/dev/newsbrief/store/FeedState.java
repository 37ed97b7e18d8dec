package dev.newsbrief.store;

import java.time.Instant;

/**
 * A feed a story subscribes to, and how polling it went.
 *
 * @param etag         validator from the last 200 answer, sent back as If-None-Match
 * @param lastModified validator from the last 200 answer, sent back as If-Modified-Since
 * @param lastError    what went wrong on the last poll, or {@code null} when it went well
 * @param failures     polls that failed in a row (polling backs off with them)
 */
public record FeedState(String id, String storyId, String url, int intervalSeconds, String title, String etag,
                        String lastModified, Instant lastPolled, Instant nextPoll, String lastError, int failures,
                        int itemsAdded) {}
