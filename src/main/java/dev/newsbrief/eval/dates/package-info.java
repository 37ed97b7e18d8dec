/** {@code newsbrief eval dates}: timeline dates against event dates labelled by reading. */
package dev.newsbrief.eval.dates;
