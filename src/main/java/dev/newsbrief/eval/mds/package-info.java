/**
 * Multi-document summarisation benchmark: reads clusters and human reference summaries (DUC
 * layout or JSONL), runs newsbrief's summarizer and baselines on the same clusters in one run,
 * writes each summary for external scorers and scores them with the project's ROUGE.
 */
package dev.newsbrief.eval.mds;
