/**
 * Numbers and what they count: {@link dev.newsbrief.figures.FigureExtractor} normalises written
 * figures ("more than a quarter-million people") to value, qualifier and unit;
 * {@link dev.newsbrief.figures.DisputeFinder} finds quantities the reports of a cluster disagree on
 * or that changed over time.
 */
package dev.newsbrief.figures;
