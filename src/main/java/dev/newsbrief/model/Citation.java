package dev.newsbrief.model;

/**
 * One report's support for a sentence of the briefing.
 *
 * @param source     the number of the cited report in {@link Brief#sources()} (from 1)
 * @param articleId  the cited article
 * @param sentence   index of the matched sentence in that article's document
 * @param start      offset of the matched sentence in the article text
 * @param end        offset after it
 * @param text       the matched sentence, verbatim
 * @param similarity how closely it states the same thing, 0..1 (1 for the sentence itself)
 */
public record Citation(int source, String articleId, int sentence, int start, int end, String text,
                       double similarity) {}
