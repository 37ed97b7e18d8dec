/**
 * Voices evaluation: quote detection, speaker attribution and figure extraction against hand labels
 * ({@link dev.newsbrief.eval.voices.QuoteLabels}), scored by {@link dev.newsbrief.eval.voices.VoicesBenchmark}.
 */
package dev.newsbrief.eval.voices;
