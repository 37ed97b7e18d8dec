package dev.newsbrief.voices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Quote;
import dev.newsbrief.text.Analyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerConfidenceTest {
  private static Document doc(String text) {
    return Analyzer.analyze(new Article("t", "", text, null, null, null, "t"));
  }

  private static double confidence(Document d, String startOfQuote) {
    for (QuoteExtractor.Found f : QuoteExtractor.find(d)) {
      if (f.quote().text().startsWith(startOfQuote)) return SpeakerConfidence.DEFAULT.probability(SpeakerConfidence.features(f, d));
    }
    throw new AssertionError("no quote starting " + startOfQuote);
  }

  @Test
  void aNamedSubjectIsSurerThanAPronounAfterTheVerb() {
    Document d = doc("Foreign Minister Sergei Lavrov said the talks would resume in Geneva on Monday.\n\n"
        + "The delegations met for six hours, and the mood was said to be tense.\n\n"
        + "The talks had been useful, he said.");
    assertThat(confidence(d, "the talks would resume")).isGreaterThan(confidence(d, "The talks had been useful"));
  }

  @Test
  void belowTheThresholdAQuoteIsShownUnattributedNotDropped() {
    Document d = doc("The talks had been useful, he said.");
    List<QuoteExtractor.Found> found = QuoteExtractor.find(d);
    SpeakerConfidence never = new SpeakerConfidence(new double[SpeakerConfidence.NAMES.length], 0.99, 0.99);
    List<Quote> shown = never.apply(found, d);
    assertThat(shown).hasSameSizeAs(found);
    assertThat(shown).allSatisfy(q -> assertThat(q.attributed()).isFalse());
  }
}
