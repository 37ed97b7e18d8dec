package dev.newsbrief.model;

import java.util.List;

/**
 * What a web page says about itself beyond headline, outlet, URL and date.
 *
 * @param authors      the writers the page names (meta tags, JSON-LD), in order, without duplicates
 * @param dateEvidence where the publication date was found ("meta article:published_time",
 *                     "JSON-LD datePublished", "URL path", ...), or {@code null}
 * @param language     the language the page declares ({@code <html lang>}, content-language), or {@code null}
 */
public record PageFacts(List<String> authors, String dateEvidence, String language) {
  public static final PageFacts NONE = new PageFacts(List.of(), null, null);

  public PageFacts {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
