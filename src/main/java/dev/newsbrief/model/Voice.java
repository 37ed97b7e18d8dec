package dev.newsbrief.model;

import java.util.List;

/**
 * One actor and what the reports say they said.
 *
 * @param actorId stable id of the actor within the briefing
 * @param name    the fullest name found ("John Kerry")
 * @param role    role or title when reports give one ("US secretary of state")
 * @param quotes  their quotes and attributed claims, with citations
 */
public record Voice(String actorId, String name, String role, List<VoiceQuote> quotes) {
  public Voice {
    quotes = List.copyOf(quotes);
  }

  /** A quote and the sources that carry it. */
  public record VoiceQuote(Quote quote, List<Citation> citations) {
    public VoiceQuote {
      citations = List.copyOf(citations);
    }
  }
}
