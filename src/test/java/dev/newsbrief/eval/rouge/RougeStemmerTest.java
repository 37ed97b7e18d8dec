package dev.newsbrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RougeStemmerTest {

  @Test
  void stepFourTriesMentAndEntOnlyAfterTheMainSuffixList() {
    // The textbook Porter stemmer leaves "agreement" alone; ROUGE's 2004 variant strips "ent".
    assertThat(RougeStemmer.stem("agreement")).isEqualTo("agreem");
    assertThat(RougePorterStemmer.stem("agreement")).isEqualTo("agreem");
  }

  @Test
  void organizationAndOrganizesShareTheirStem() {
    assertThat(RougeStemmer.stem("organization")).isEqualTo("organ");
    assertThat(RougeStemmer.stem("organizes")).isEqualTo("organ");
  }

  @Test
  void wordNetExceptionsComeFirstAndAreNotPorterStemmedAfterwards() {
    assertThat(RougeStemmer.stem("children")).isEqualTo("child");
    assertThat(RougePorterStemmer.stem("children")).isEqualTo("children");
    // "geese" -> "goose" from the table; Porter alone would give "gees".
    assertThat(RougeStemmer.stem("geese")).isEqualTo("goose");
    assertThat(RougePorterStemmer.stem("geese")).isEqualTo("gees");
  }

  @Test
  void tokensOfThreeCharactersOrFewerAreNotStemmed() {
    assertThat(RougeStemmer.stem("was")).isEqualTo("was");
    assertThat(RougePorterStemmer.stem("was")).isEqualTo("wa");
    assertThat(RougeStemmer.stem("men")).isEqualTo("men"); // in the exception list, but short
    assertThat(RougeStemmer.stem("dies")).isEqualTo("di"); // 4 characters: stemmed, (i)es -> i
  }

  @ParameterizedTest
  @CsvSource({
    // Porter's own examples for each step
    "caresses,caress", "ponies,poni", "cats,cat", "feed,feed", "agreed,agre", "plastered,plaster",
    "motoring,motor", "conflated,conflat", "troubled,troubl", "sized,size", "hopping,hop",
    "falling,fall", "filing,file", "happy,happi", "relational,relat", "conditional,condit",
    "valenci,valenc", "digitizer,digit", "triplicate,triplic", "formative,form", "electriciti,electr",
    "revival,reviv", "allowance,allow", "adjustable,adjust", "adoption,adopt", "homologou,homolog",
    "effective,effect", "probate,probat", "rate,rate", "controll,control", "roll,roll",
    // initial y is a consonant
    "yelling,yell", "youth,youth",
    // ROUGE's step-4 change: -ement words keep "ment"/"ent" out of the first pass
    "replacement,replac", "adjustment,adjust", "dependent,depend", "government,govern",
  })
  void porterCases(String word, String stem) {
    assertThat(RougePorterStemmer.stem(word)).isEqualTo(stem);
  }
}
