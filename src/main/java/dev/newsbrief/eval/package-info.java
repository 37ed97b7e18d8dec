/**
 * Evaluation metrics, exact reimplementations of the reference scorers: ROUGE-1.5.5 in {@link
 * dev.newsbrief.eval.rouge} and the timeline-summarization metrics of tilse / news-tls in {@link
 * dev.newsbrief.eval.tls}. Pure functions; nothing here depends on the rest of the pipeline.
 */
package dev.newsbrief.eval;
