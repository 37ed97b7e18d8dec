/**
 * The embedded store behind {@code newsbrief serve}: stories, reports (original bytes and extracted
 * text), feed state and cached briefings in H2; full-text search in Lucene, which is derived from
 * the database and reconciled with it on every open. An interface package: the core never sees it.
 */
package dev.newsbrief.store;
