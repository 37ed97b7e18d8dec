/** The article-extraction benchmark: its shingle measure and a runner for newsbrief's ingest and a baseline. */
package dev.newsbrief.eval.extract;
