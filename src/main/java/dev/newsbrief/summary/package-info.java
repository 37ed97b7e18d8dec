/**
 * Extractive summarisation: picks verbatim report sentences that together cover the story's most
 * widely reported concepts within a word budget, then orders them for reading.
 * <ul>
 *   <li>{@link dev.newsbrief.summary.ConceptSummarizer}: candidates ({@link dev.newsbrief.summary.Eligibility};
 *       datelines are already outside sentences, see {@link dev.newsbrief.text.Dateline}) and the coverage
 *       problem they pose;</li>
 *   <li>{@link dev.newsbrief.summary.ConceptWeighting}: report-frequency weights (the product's) or learnt ones
 *       ({@link dev.newsbrief.summary.ConceptModel} over {@link dev.newsbrief.summary.ConceptFeatures},
 *       fitted by {@link dev.newsbrief.learn.LogisticRegression});</li>
 *   <li>{@link dev.newsbrief.summary.CoverageOptimiser}: {@link dev.newsbrief.summary.GreedySwap} (the
 *       product's) or the exact {@link dev.newsbrief.summary.BranchAndBound}.</li>
 * </ul>
 */
package dev.newsbrief.summary;
