package dev.newsbrief.ingest;

import dev.newsbrief.text.Patterns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's JSON-LD {@code articleBody} as a guide to its article: where it agrees with the page
 * (its text is there) and with what was extracted (it is no teaser cut short), the page's
 * paragraphs that it holds are the article, in the page's order and paragraphs; those it lacks are
 * furniture the extraction let through. Where it disagrees, the extraction stands.
 */
final class ArticleBodyGuide {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int MIN_CHARS = 400;
  /** Share of the articleBody's word 4-grams the page must show, and of the extraction's the articleBody must hold. */
  private static final double AGREES = 0.9, COVERS = 0.6;

  private ArticleBodyGuide() {}

  static String apply(String extracted, String page, String articleBody, PageFurniture.Sink dropped) {
    if (articleBody == null || articleBody.length() < MIN_CHARS) return extracted;
    Set<Long> guide = shingles(articleBody);
    if (guide.isEmpty() || share(guide, shingles(page)) < AGREES || share(shingles(extracted), guide) < COVERS) return extracted;
    Set<String> extractedParas = new HashSet<>(List.of(Patterns.split(extracted, "\n\n")));
    List<String> out = new ArrayList<>();
    for (String p : Patterns.split(page, "\n\n")) {
      Set<Long> own = shingles(p);
      boolean keep = own.isEmpty() ? extractedParas.contains(p) : share(own, guide) >= 0.5;
      if (keep) out.add(p);
      else if (extractedParas.contains(p) && dropped != PageFurniture.Sink.NONE) dropped.dropped("not in the page's JSON-LD articleBody", p);
    }
    return out.isEmpty() ? extracted : String.join("\n\n", out);
  }

  /** Share of {@code part}'s elements found in {@code whole}. */
  private static double share(Set<Long> part, Set<Long> whole) {
    if (part.isEmpty()) return 1;
    int in = 0;
    for (long s : part) if (whole.contains(s)) in++;
    return (double) in / part.size();
  }

  /** Hashed lowercase word 4-grams (a text under four words: none). */
  private static Set<Long> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + 4 <= words.size(); i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + 4; k++) h = 31 * h + words.get(k).hashCode();
      out.add(h);
    }
    return out;
  }
}
