/** {@code newsbrief eval figures}: the Disputed figures section against figure frames labelled by reading. */
package dev.newsbrief.eval.figures;
