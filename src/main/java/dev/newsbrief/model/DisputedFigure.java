package dev.newsbrief.model;

import java.util.List;

/**
 * One quantity that reports give different values for.
 *
 * @param quantity what is counted, as a short description ("people killed in Aleppo")
 * @param kind     DISAGREEMENT (reports of about the same time differ) or CHANGED (the value moved
 *                 over time, e.g. a rising toll)
 * @param values   each report's value, in date order
 */
public record DisputedFigure(String quantity, Kind kind, List<SourcedFigure> values) {
  public enum Kind { DISAGREEMENT, CHANGED }

  public DisputedFigure {
    values = List.copyOf(values);
  }

  /**
   * A figure as one source gives it.
   *
   * @param claimant who the report says gives the figure ("according to the Syrian Observatory",
   *                 "Moscow said"), or null when the report gives it in its own voice
   */
  public record SourcedFigure(Figure figure, int source, DatedValue date, String claimant) {
    public SourcedFigure(Figure figure, int source, DatedValue date) {
      this(figure, source, date, null);
    }
  }
}
