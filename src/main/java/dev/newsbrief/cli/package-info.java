/** The command line: {@code newsbrief brief|eval|serve}. Outside the core; the core never sees it. */
package dev.newsbrief.cli;
