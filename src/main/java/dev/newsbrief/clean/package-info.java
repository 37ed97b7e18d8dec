/**
 * Cleaning: decides which paragraphs of each article are the report itself and which are page
 * furniture (captions, share lines, sidebars of other headlines), using structure and statistics
 * across the whole cluster plus a few rules. Removed text is kept, with the reason, for --explain.
 */
package dev.newsbrief.clean;
