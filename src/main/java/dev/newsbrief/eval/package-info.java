/**
 * Evaluation: the field's metrics (ROUGE, timeline metrics), benchmark runners and speed
 * measurements behind {@code newsbrief eval}. Outside the core: it drives the pipeline, never the
 * other way round.
 */
package dev.newsbrief.eval;
