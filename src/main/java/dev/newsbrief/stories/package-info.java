/**
 * Stories from a stream: reports arrive one at a time, in time order, and sort themselves into
 * storylines (one thread of news over weeks or months) made of events (reports of one happening,
 * days apart). {@link dev.newsbrief.stories.ReportFeatures} reads what a report is about;
 * {@link dev.newsbrief.stories.StoryDetector} places it, finding candidate stories through an
 * inverted index so that a report's cost does not grow with the stream, and asking the
 * {@link dev.newsbrief.stories.JoinModel} (a linear join rule searched on a labelled stream, its score calibrated as a probability)
 * whether it belongs. What a detector learnt can be kept between runs
 * ({@link dev.newsbrief.stories.StoryDetector#state()}, {@link dev.newsbrief.stories.StateJson}).
 */
package dev.newsbrief.stories;
