/**
 * Who said what: {@link dev.newsbrief.voices.QuoteExtractor} finds direct quotes and reported
 * speech in one report, {@link dev.newsbrief.voices.ActorResolver} resolves their speakers to the
 * people, organisations and countries of the whole cluster and ranks them as
 * {@link dev.newsbrief.model.Voice}s. Rules over tokens, capitalisation and small word lists: no
 * trained named-entity model.
 */
package dev.newsbrief.voices;
