/**
 * Timeline-summarization metrics as tilse computes them when news-tls calls it: concat,
 * agreement and align+ m:1 ROUGE (AR-1/AR-2), and Date-F1. Start with {@link
 * dev.newsbrief.eval.tls.TimelineMetrics#evaluate} and {@link dev.newsbrief.eval.tls.TimelineReader}.
 */
package dev.newsbrief.eval.tls;
