package dev.newsbrief.text;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Removal;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Turns an article and the paragraphs cleaning kept into a {@link Document}. */
public final class Analyzer {
  private Analyzer() {}

  /**
   * Names the analysis this code makes. Analyses kept beside reports ({@link AnalysisCodec}) are
   * used only by the version that made them: change it whenever sentences or tokens would come out
   * differently (a test holds a fingerprint of a sample's analysis and fails until both change).
   */
  public static final String VERSION = "4";

  public static Document analyze(Article article, List<Span> paragraphs, List<Removal> removed) {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int from = para.start() + Dateline.length(text, para.start(), para.end());
      for (Span s : SentenceSplitter.split(text, from, para.end())) {
        sentences.add(new Sentence(article.id(), sentences.size(), p, s.start(), s.end(), s.of(text),
            Tokenizer.tokenize(text, s.start(), s.end())));
      }
    }
    return new Document(article, paragraphs, removed, sentences);
  }

  /** Analyses the whole text, one paragraph per blank-line-separated block; nothing removed. */
  public static Document analyze(Article article) {
    return analyze(article, Paragraphs.of(article.text()), List.of());
  }
}
