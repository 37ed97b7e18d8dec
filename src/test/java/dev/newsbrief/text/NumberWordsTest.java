package dev.newsbrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {
  @Test
  void readsWrittenCardinals() {
    assertThat(NumberWords.written("four")).isEqualTo(4);
    assertThat(NumberWords.written("Twenty-Five")).isEqualTo(25);
    assertThat(NumberWords.written("ninety")).isEqualTo(90);
  }

  @Test
  void aCountIsDigitsOrAWrittenCardinal() {
    for (String w : new String[] {"12", "1,500", "seven", "twenty-five"}) assertThat(NumberWords.isCount(w)).as(w).isTrue();
    for (String w : new String[] {"", "remaining", "Concordes", "-"}) assertThat(NumberWords.isCount(w)).as(w).isFalse();
  }

  @Test
  void anyOtherTokenIsNotANumber() {
    for (String w : new String[] {"-", "", "talks", "twenty-talks", "--"}) assertThat(NumberWords.written(w)).as(w).isEqualTo(-1);
  }
}
