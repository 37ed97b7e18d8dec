/**
 * Numbers and what they count: {@link dev.newsbrief.figures.FigureExtractor} normalises written
 * figures ("more than a quarter-million people") to value, qualifier and unit;
 * {@link dev.newsbrief.figures.QuantityFrame} reads what each measures (converted unit, predicate,
 * places, past years, modifiers); {@link dev.newsbrief.figures.FrameMatcher} decides which figures
 * of different reports measure one quantity, and says why not; {@link dev.newsbrief.figures.DisputeFinder}
 * groups them and tells a value that changed over time from sources that disagree.
 */
package dev.newsbrief.figures;
