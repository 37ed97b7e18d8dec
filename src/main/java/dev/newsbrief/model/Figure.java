package dev.newsbrief.model;

/**
 * A number with what it counts.
 *
 * @param value     the normalised value (a "quarter-million" is 250000)
 * @param qualifier EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO, LESS_THAN
 * @param unit      what it counts, as a normalised head noun ("people", "killed", "dollars")
 * @param text      as written ("more than 250,000 people")
 * @param articleId the article it comes from
 * @param start     offset into the article text
 * @param end       offset after it
 */
public record Figure(double value, String qualifier, String unit, String text, String articleId,
                     int start, int end) {}
