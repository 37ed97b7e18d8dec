package dev.newsbrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void keepsAbbreviationsAndNumbersWhole() {
    List<String> t = Tokenizer.tokenize("The U.S. said 250,000 people (3.5%) fled.").stream().map(Token::text).toList();
    assertThat(t).containsExactly("The", "U.S.", "said", "250,000", "people", "(", "3.5", "%", ")", "fled", ".");
  }

  @Test
  void normalisesStemsAndMarksStopwords() {
    List<Token> t = Tokenizer.tokenize("Russia’s talks were bombing");
    assertThat(t).extracting(Token::norm).containsExactly("russia", "'s", "talks", "were", "bombing");
    assertThat(t.get(2).stem()).isEqualTo("talk");
    assertThat(t.get(4).stem()).isEqualTo("bomb");
    assertThat(t).extracting(Token::stop).containsExactly(false, true, false, true, false);
  }

  @Test
  void offsetsAreIntoTheGivenText() {
    String text = "xx Hello, world yy";
    List<Token> t = Tokenizer.tokenize(text, 3, 15);
    assertThat(t).extracting(Token::text).containsExactly("Hello", ",", "world");
    for (Token tok : t) assertThat(text.substring(tok.start(), tok.end())).isEqualTo(tok.text());
  }

  @Test
  void hyphenatedCompoundsSplit() {
    assertThat(Tokenizer.tokenize("Russian-backed forces").stream().map(Token::text).toList())
        .containsExactly("Russian", "-", "backed", "forces");
  }
}
