/**
 * {@code newsbrief serve}: the web page and JSON API over the embedded store, feed polling and URL
 * fetching. An interface package: the core never sees it.
 */
package dev.newsbrief.web;
