/**
 * Extractive summarisation: picks verbatim report sentences that together cover the story's most
 * widely reported concepts within a word budget, then orders them for reading.
 */
package dev.newsbrief.summary;
