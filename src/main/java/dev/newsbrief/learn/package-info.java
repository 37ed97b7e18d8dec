/**
 * Small learners the pipeline's stages fit on labelled data: {@link dev.newsbrief.learn.LogisticRegression}
 * (concept weights for summaries, the claim matcher behind citations, the speaker ranker).
 */
package dev.newsbrief.learn;
