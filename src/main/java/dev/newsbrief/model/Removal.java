package dev.newsbrief.model;

/**
 * A stretch of an article's text that cleaning kept out of the analysis, and why.
 *
 * @param start  offset into the article text
 * @param end    offset after the removed text
 * @param text   the removed text
 * @param reason a short human explanation ("photo caption", "list of unrelated headlines", ...)
 */
public record Removal(int start, int end, String text, String reason) {}
