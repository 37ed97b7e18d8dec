/**
 * ROUGE-1.5.5 reimplemented exactly: ROUGE-N, ROUGE-L, ROUGE-S/SU, with its tokenizer, its Porter
 * variant behind a WordNet 2.0 exception lookup, its stopword list, word and byte limits, model
 * averaging over references, and its printed averages. Start with {@link
 * dev.newsbrief.eval.rouge.Rouge} and {@link dev.newsbrief.eval.rouge.RougeOptions}.
 */
package dev.newsbrief.eval.rouge;
