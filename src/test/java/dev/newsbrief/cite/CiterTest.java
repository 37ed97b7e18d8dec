package dev.newsbrief.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import org.junit.jupiter.api.Test;

class CiterTest {
  @Test
  void citesEveryReportThatStatesTheSameFactAndNoOther() {
    Story story = Fixtures.story(
        "Kerry and Lavrov met in Lausanne on Saturday to discuss a ceasefire in Aleppo. The weather was cold.",
        "Aid trucks reached the outskirts of Homs for the first time in months on Friday.",
        "On Saturday, Lavrov and Kerry met in the Swiss city of Lausanne to discuss an Aleppo ceasefire.",
        "The Lausanne meeting between Kerry and Lavrov on Saturday discussed a possible ceasefire for Aleppo.");
    Sentence first = story.documents().get(0).sentences().get(0);
    CitedSentence cited = new Citer(story).cite(first);
    assertThat(cited.text()).isEqualTo(first.text());
    assertThat(cited.citations()).extracting(Citation::source).containsExactly(1, 3, 4);
    assertThat(cited.quoted().source()).isEqualTo(1);
    Citation own = cited.citations().get(0);
    assertThat(own.similarity()).isEqualTo(1.0);
    Citation third = cited.citations().get(1);
    String text = story.documents().get(2).article().text();
    assertThat(text.substring(third.start(), third.end())).isEqualTo(third.text());
  }

  @Test
  void aWireCopyDoesNotCorroborateItsOrigin() {
    String wire = "Three people died in floods in Marrow Ford on Tuesday, the fire service said, as anger grew "
        + "over the late warning before the dam spillway was opened. About 2,000 people were evacuated from their "
        + "homes, according to the regional government. The company that runs the dam said the release was needed.";
    Story story = Fixtures.story(wire, wire.replace("Tuesday", "Tuesday evening") + " Agencies contributed.",
        "The fire service said three people died in the Marrow Ford floods on Tuesday.");
    assertThat(story.isOrigin("r2")).isFalse();
    CitedSentence cited = new Citer(story).cite(story.documents().get(0).sentences().get(0));
    assertThat(cited.citations()).extracting(Citation::source).containsExactly(1, 3);
  }

  @Test
  void differentFiguresAreNotCorroboration() {
    Story story = Fixtures.story(
        "The observatory said it had documented the deaths of 55 people in eastern Aleppo in two days.",
        "The observatory said it had documented 47 deaths in eastern Aleppo since Friday.",
        "Air strikes on eastern Aleppo killed 55 people over two days, according to the observatory.");
    CitedSentence cited = new Citer(story).cite(story.documents().get(0).sentences().get(0));
    assertThat(cited.citations()).extracting(Citation::source).containsExactly(1, 3);
  }

  @Test
  void numberWordsCountAsFigures() {
    Story story = Fixtures.story(
        "The observatory reported that four people were killed in government-held areas by insurgent shelling.",
        "State media reported that rebel shelling killed two people in government-held areas of the city.",
        "Insurgent shelling killed 4 people in government-held areas, the observatory reported.");
    CitedSentence cited = new Citer(story).cite(story.documents().get(0).sentences().get(0));
    assertThat(cited.citations()).extracting(Citation::source).containsExactly(1, 3);
  }

  @Test
  void aParaphraseSharingSeveralRareWordsCorroborates() {
    StringBuilder filler = new StringBuilder();
    String[] topics = {"markets", "weather", "football", "elections", "schools", "railways", "harvests", "museums"};
    for (int i = 0; i < 40; i++) filler.append("The report on ").append(topics[i % topics.length]).append(" number ").append(i)
        .append(" was published by the council today. ");
    Story story = Fixtures.story(
        "The war has killed more than 300,000 people, created the worst refugee crisis and allowed the rise of Islamic State, "
            + "analysts in Geneva and Vienna wrote in a long assessment prepared for donors and lenders. " + filler,
        "The conflict has killed more than a quarter-million people, created the biggest refugee crisis since the Second World War "
            + "and allowed the Islamic State to carve out territory across Syria and neighbouring Iraq over several summers. "
            + filler.toString().replaceAll("The report on (\\w+) number (\\d+) was published by the council today",
                "Minister $2 spoke about $1 in parliament yesterday evening"));
    Sentence first = story.documents().get(0).sentences().get(0);
    Citer citer = new Citer(story);
    assertThat(SentenceVectors.cosine(new SentenceVectors(story.documents()).vector(first),
        new SentenceVectors(story.documents()).vector(story.documents().get(1).sentences().get(0)))).isLessThan(Citer.SAME_FACT);
    assertThat(citer.cite(first).citations()).extracting(Citation::source).containsExactly(1, 2);
  }
}
