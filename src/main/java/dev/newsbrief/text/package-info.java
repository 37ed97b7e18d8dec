/**
 * Text analysis: sentences, tokens, stems and stopwords, all with offsets into the article text.
 * Small stages ({@link dev.newsbrief.text.SentenceSplitter}, {@link dev.newsbrief.text.Tokenizer},
 * {@link dev.newsbrief.text.Stemmer}) composed by {@link dev.newsbrief.text.Analyzer}.
 */
package dev.newsbrief.text;
