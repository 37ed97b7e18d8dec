package dev.newsbrief.model;

/**
 * Words attributed to a speaker, directly quoted or reported.
 *
 * @param speaker   the speaker as named at this place ("Mr Kerry", "the observatory"), or {@code null}
 *                  when no speaker can be named with confidence (shown as unattributed)
 * @param actorId   the resolved actor this speaker is, or {@code null} before resolution
 * @param verb      the reporting verb or phrase ("said", "according to", "denied")
 * @param text      the quoted or reported content
 * @param direct    true for words inside quote marks
 * @param articleId the article it comes from
 * @param start     offset of the content in the article text
 * @param end       offset after the content
 */
public record Quote(String speaker, String actorId, String verb, String text, boolean direct,
                    String articleId, int start, int end) {
  /** Whether a speaker is named; an unattributed quote is shown as such, never guessed. */
  public boolean attributed() {
    return speaker != null;
  }
}
