/**
 * Ingest: reads reports from files, folders, globs and standard input, in plain text, HTML, JSONL
 * and NIST/DUC SGML, and turns each into an {@link dev.newsbrief.model.Article}.
 */
package dev.newsbrief.ingest;
