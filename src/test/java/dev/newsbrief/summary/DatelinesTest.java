package dev.newsbrief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.text.Analyzer;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  private static Sentence first(String text) {
    return Analyzer.analyze(new Article("a", "", text, null, null, null, "test")).sentences().get(0);
  }

  @Test
  void dropsPlaceRegionAndAgencyAndKeepsAVerbatimSpan() {
    String text = "OPORTO, Portugal (AP) — President Castro said Sunday he disagreed with the arrest.";
    Sentence s = Datelines.trim(first(text));
    assertThat(s.text()).isEqualTo("President Castro said Sunday he disagreed with the arrest.");
    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    assertThat(s.tokens().get(0).text()).isEqualTo("President");
  }

  @Test
  void handlesAPlaceAloneAndAMultiWordPlace() {
    assertThat(Datelines.trim(first("WASHINGTON — The arrest shows the growing reach of the law.")).text())
        .startsWith("The arrest");
    assertThat(Datelines.trim(first("DAR ES SALAAM, Tanzania — In a rare statement the police spoke.")).text())
        .startsWith("In a rare");
  }

  @Test
  void leavesOrdinarySentencesAndEditorsNotesAlone() {
    Sentence plain = first("A car bomb exploded Friday in a crowded market in the city.");
    assertThat(Datelines.trim(plain)).isSameAs(plain);
    Sentence acronym = first("NATO said on Friday that the talks would go on.");
    assertThat(Datelines.trim(acronym)).isSameAs(acronym);
    Sentence note = first("EDITOR'S NOTE — The writer is the bureau chief in the city.");
    assertThat(Datelines.trim(note)).isSameAs(note);
    assertThat(Eligibility.eligible(note)).isFalse();
  }
}
