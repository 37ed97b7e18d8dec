package dev.newsbrief.web;

import dev.newsbrief.store.Ids;
import dev.newsbrief.store.Store;
import dev.newsbrief.store.StoreException;
import dev.newsbrief.text.AnalysisCache;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Keeps each stored report's analysis in the store beside it, so that serve analyses a report once,
 * not once per start. A store that cannot keep one costs only the analysis again: never a briefing.
 */
final class StoredAnalyses implements AnalysisCache.Shelf {
  private final Store store;

  StoredAnalyses(Store store) {
    this.store = store;
  }

  @Override
  public Optional<byte[]> load(String articleId, String key) {
    OptionalLong report = Ids.parse(articleId, 'r');
    if (report.isEmpty()) return Optional.empty(); // not a stored report (a reader's pasted text)
    try {
      return store.analysis(report.getAsLong(), key);
    } catch (StoreException e) {
      System.err.println("newsbrief: cannot read the analysis of " + articleId + ", analysing it again: " + e);
      return Optional.empty();
    }
  }

  @Override
  public void save(String articleId, String key, byte[] analysis) {
    OptionalLong report = Ids.parse(articleId, 'r');
    if (report.isEmpty()) return;
    try {
      store.saveAnalysis(report.getAsLong(), key, analysis);
    } catch (StoreException e) {
      System.err.println("newsbrief: cannot keep the analysis of " + articleId + ", it will be made again when needed: " + e);
    }
  }
}
