package dev.newsbrief.ingest;

/**
 * An input that could not be read, or was read only in part.
 *
 * @param origin  the file, "stdin", or "file:line"
 * @param message what is wrong, for a person
 */
public record Problem(String origin, String message) {}
