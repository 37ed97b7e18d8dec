/** Story detection scored on a labelled stream ({@code eval stories}), beside two baselines. */
package dev.newsbrief.eval.stories;
