/**
 * Citations: for a sentence of the briefing, every report that states the same thing, with the
 * matching sentence and its offsets, so corroboration is visible and checkable.
 */
package dev.newsbrief.cite;
