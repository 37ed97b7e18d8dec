package dev.newsbrief.model;

/**
 * A report as listed in the briefing.
 *
 * @param number    citation number, from 1
 * @param articleId the article's id
 * @param title     headline
 * @param outlet    publisher when known
 * @param url       where it came from when known
 * @param date      its date, given, inferred or unknown
 * @param origin    number of the source this one copies (a wire copy), or 0 when it is an origin
 * @param words     words kept for analysis
 * @param removed   how many passages cleaning removed
 */
public record Source(int number, String articleId, String title, String outlet, String url,
                     DatedValue date, int origin, int words, int removed) {}
