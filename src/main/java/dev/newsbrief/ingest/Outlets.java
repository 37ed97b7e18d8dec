package dev.newsbrief.ingest;

import dev.newsbrief.text.Patterns;
import java.util.Map;

/** Outlets named by the prefix of a TREC/DUC document number (APW19981016.0240 -> Associated Press). */
final class Outlets {
  private static final Map<String, String> BY_PREFIX = Map.ofEntries(
      Map.entry("APW", "Associated Press"), Map.entry("AP", "Associated Press"),
      Map.entry("NYT", "New York Times"), Map.entry("XIE", "Xinhua"), Map.entry("XIN", "Xinhua"),
      Map.entry("AFP", "Agence France-Presse"), Map.entry("AFE", "Agence France-Presse"),
      Map.entry("LTW", "Los Angeles Times/Washington Post"), Map.entry("LAT", "Los Angeles Times"),
      Map.entry("LA", "Los Angeles Times"), Map.entry("WSJ", "Wall Street Journal"), Map.entry("FT", "Financial Times"),
      Map.entry("SJMN", "San Jose Mercury News"), Map.entry("FBIS", "Foreign Broadcast Information Service"),
      Map.entry("CNA", "Central News Agency"), Map.entry("WPB", "Washington Post"));

  private Outlets() {}

  /** The outlet of a document number, or {@code null} when the prefix is unknown. */
  static String ofDocno(String docno) {
    if (docno == null) return null;
    String letters = Patterns.replaceFirst(docno.strip(), "^([A-Za-z]+).*", "$1").toUpperCase(java.util.Locale.ROOT);
    if (letters.endsWith("_ENG")) letters = letters.substring(0, letters.length() - 4);
    return BY_PREFIX.get(letters);
  }
}
