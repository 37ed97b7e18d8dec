package dev.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RougeTokenizerTest {

  @Test
  void everyCharacterOutsideAsciiLettersAndDigitsSeparatesTokens() {
    assertThat(RougeTokenizer.tokens("U.S. troops", false, false)).containsExactly("u", "s", "troops");
    assertThat(RougeTokenizer.tokens("AT&T's deal", false, false)).containsExactly("at", "t", "s", "deal");
    assertThat(RougeTokenizer.tokens("senator-for-life", false, false))
        .containsExactly("senator", "for", "life");
    assertThat(RougeTokenizer.tokens("4,000 people -- in 1998", false, false))
        .containsExactly("4", "000", "people", "in", "1998");
    assertThat(RougeTokenizer.tokens("café naïve", false, false)).containsExactly("caf", "na", "ve");
  }

  @Test
  void stopwordsAreDroppedOnTheUnstemmedToken() {
    assertThat(RougeTokenizer.tokens("The U.S. said it would act", false, true))
        .containsExactly("act");
    // ROUGE's SMART list also holds news words such as "reuters"; "-LRB-" gives "lrb", kept.
    assertThat(RougeTokenizer.tokens("-LRB- Reuters -RRB- storm", false, true))
        .containsExactly("lrb", "rrb", "storm");
  }

  @Test
  void stemmingFollowsStopwordRemoval() {
    assertThat(RougeTokenizer.tokens("The organizations agreed on agreements", true, true))
        .containsExactly("organ", "agre", "agreem");
    // WordNet's verb exceptions map "were" to "be"; "the" and "fed" are too short to stem.
    assertThat(RougeTokenizer.tokens("The children were fed", true, false))
        .containsExactly("the", "child", "be", "fed");
  }
}
