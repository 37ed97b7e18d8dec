/**
 * The briefing's timeline: the story's key events, each on the date it happened (not the date it
 * was reported), cited like the summary, no two entries saying the same thing.
 */
package dev.newsbrief.timeline;
