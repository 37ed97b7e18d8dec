/**
 * A story: the analysed reports of one event, with wire copies recognised so that each origin
 * counts once, and the vocabulary statistics every later stage shares.
 */
package dev.newsbrief.story;
