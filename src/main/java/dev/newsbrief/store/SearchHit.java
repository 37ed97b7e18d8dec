package dev.newsbrief.store;

/**
 * A report that matches a search.
 *
 * @param snippet a short passage of the report around the first match
 * @param start   offset of {@code snippet} in the report text
 * @param matches offsets of matched words inside {@code snippet}, as [start, end) pairs
 */
public record SearchHit(String reportId, String storyId, String title, float score, String snippet, int start,
                        int[] matches) {}
