/**
 * Hand labels made by reading (citation pairs, quotes, event dates, figure frames) and the stories
 * they point into. Labels are offsets into the evaluation data, never copies of its text.
 */
package dev.newsbrief.eval.labels;
