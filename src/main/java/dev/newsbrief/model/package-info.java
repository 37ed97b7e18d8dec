/**
 * The immutable data model shared by every stage: what was read ({@link dev.newsbrief.model.Article}),
 * what analysis found in it ({@link dev.newsbrief.model.Document}, {@link dev.newsbrief.model.Sentence},
 * {@link dev.newsbrief.model.Token}) and what the reader gets ({@link dev.newsbrief.model.Brief}).
 *
 * <p>Every piece of analysed text carries character offsets into {@link dev.newsbrief.model.Article#text()},
 * so any output can point back to the characters it came from. Depends on nothing but the JDK.
 */
package dev.newsbrief.model;
