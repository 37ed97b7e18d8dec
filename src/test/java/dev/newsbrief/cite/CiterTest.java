package dev.newsbrief.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class CiterTest {
  @Test
  void citesEveryReportThatStatesTheSameFactAndNoOther() {
    Story story = Fixtures.story(
        "Kerry and Lavrov met in Lausanne on Saturday to discuss a ceasefire in Aleppo. The weather was cold.",
        "Aid trucks reached the outskirts of Homs for the first time in months on Friday.",
        "On Saturday, Lavrov and Kerry met in the Swiss city of Lausanne to discuss an Aleppo ceasefire.",
        "Kerry and Lavrov met on Saturday in Lausanne to discuss a ceasefire in Aleppo, officials said.",
        "Kerry and Lavrov will meet again in Geneva next month to discuss aid convoys.");
    Sentence first = story.documents().get(0).sentences().get(0);
    CitedSentence cited = new Citer(story).cite(first);
    assertThat(cited.text()).isEqualTo(first.text());
    assertThat(cited.citations()).extracting(Citation::source).containsExactly(1, 3, 4);
    assertThat(cited.quoted().source()).isEqualTo(1);
    Citation own = cited.citations().get(0);
    assertThat(own.similarity()).isEqualTo(1.0);
    // 1.0 is the quoted sentence only; a corroborating one carries the matcher's confidence
    assertThat(cited.citations().subList(1, 3)).allSatisfy(c -> assertThat(c.similarity()).isBetween(0.5, 0.999));
    Citation third = cited.citations().get(1);
    String text = story.documents().get(2).article().text();
    assertThat(text.substring(third.start(), third.end())).isEqualTo(third.text());
  }

  @Test
  void aStoryOverTheSameReportsEmbedsNoSentenceAgain() {
    Story story = Fixtures.story(
        "Kerry and Lavrov met in Lausanne on Saturday to discuss a ceasefire in Aleppo. The weather was cold.",
        "On Saturday, Lavrov and Kerry met in the Swiss city of Lausanne to discuss an Aleppo ceasefire.",
        "Kerry and Lavrov met on Saturday in Lausanne to discuss a ceasefire in Aleppo, officials said.");
    Sentence first = story.documents().get(0).sentences().get(0), candidate = story.documents().get(1).sentences().get(0);
    CitedSentence cited = new Citer(story).cite(first);
    java.util.Map<Sentence, float[]> kept = story.sentenceMemos("cite.embeddings", candidate);
    assertThat(kept).containsKey(candidate);
    float[] embedded = kept.get(candidate);
    // the same reports in another story (as serve briefs a story again): the same citations, from the embeddings kept
    Story again = story.withDates(story.dates());
    assertThat(new Citer(again).cite(first)).isEqualTo(cited);
    assertThat(again.sentenceMemos("cite.embeddings", candidate)).containsEntry(candidate, embedded);
    assertThat(again.<float[]>sentenceMemos("cite.embeddings", candidate).get(candidate)).isSameAs(embedded);
  }

  @Test
  void inABigStoryTheReportsThatStateTheFactAreFoundAmongManyThatShareItsCommonWords() {
    // eighty reports about the same talks, in the same common words, none stating this fact
    java.util.List<String> bodies = new java.util.ArrayList<>();
    bodies.add("Kerry and Lavrov met in Lausanne on Saturday to discuss a ceasefire in Aleppo. The talks went on late.");
    for (int i = 0; i < 80; i++) {
      bodies.add("Kerry and Lavrov discussed Syria again on day " + i + " of the talks, officials said. "
          + "The talks about Aleppo and Syria were described as difficult by officials number " + i + ".");
    }
    bodies.add("On Saturday, Lavrov and Kerry met in the Swiss city of Lausanne to discuss an Aleppo ceasefire.");
    bodies.add("Kerry and Lavrov met on Saturday in Lausanne to discuss a ceasefire in Aleppo, officials said.");
    Story story = Fixtures.story(bodies.toArray(String[]::new));
    CitedSentence cited = new Citer(story).cite(story.documents().get(0).sentences().get(0));
    assertThat(cited.citations()).extracting(Citation::source).containsExactly(1, 82, 83);
  }

  @Test
  void aWireCopyDoesNotCorroborateItsOrigin() {
    String wire = "Three people died in floods in Marrow Ford on Tuesday, the fire service said, as anger grew "
        + "over the late warning before the dam spillway was opened. About 2,000 people were evacuated from their "
        + "homes, according to the regional government. The company that runs the dam said the release was needed.";
    Story story = Fixtures.story(wire, wire.replace("Tuesday", "Tuesday evening") + " Agencies contributed.",
        "Three people died in Tuesday's floods in Marrow Ford, the fire service said, amid anger over a late warning before the dam spillway was opened.");
    assertThat(story.isOrigin("r2")).isFalse();
    CitedSentence cited = new Citer(story).cite(story.documents().get(0).sentences().get(0));
    assertThat(cited.citations()).extracting(Citation::source).containsExactly(1, 3);
  }

  @Test
  void differentFiguresAreNotCorroboration() {
    Story story = Fixtures.story(
        "The observatory said it had documented the deaths of 55 people in eastern Aleppo in two days.",
        "The observatory said it had documented 47 deaths in eastern Aleppo since Friday.",
        "The observatory said it had documented deaths of 55 people in eastern Aleppo during the past two days.");
    CitedSentence cited = new Citer(story).cite(story.documents().get(0).sentences().get(0));
    assertThat(cited.citations()).extracting(Citation::source).containsExactly(1, 3);
  }

  @Test
  void differentYearsAreNotCorroboration() {
    Story story = Fixtures.story(
        "General Ortega was appointed commander of the 3rd Army of 12,000 troops in 2009, the defence ministry said on Monday.",
        "General Ortega was appointed commander of the 3rd Army of 12,000 troops in 2008, the defence ministry said on Monday.",
        "The defence ministry said General Ortega had been appointed commander of the 3rd Army of 12,000 troops in 2009.");
    CitedSentence cited = new Citer(story).cite(story.documents().get(0).sentences().get(0));
    assertThat(cited.citations()).extracting(Citation::source).containsExactly(1, 3);
  }

  @Test
  void differentYearsVetoAClaimMatchAsDifferentFiguresDo() {
    Story story = Fixtures.story(
        "General Ortega was appointed commander of the 3rd Army in 2009, the defence ministry said.",
        "General Ortega was appointed commander of the 3rd Army in 2008, the defence ministry said.",
        "General Ortega was appointed commander of the 3rd Army in 2008 and in 2009, the defence ministry said.");
    ClaimFeatures claims = new ClaimFeatures(new SentenceVectors(story.documents()));
    int conflict = java.util.Arrays.asList(ClaimFeatures.NAMES).indexOf("figureConflict");
    var s = story.documents().stream().map(d -> d.sentences().get(0)).toList();
    assertThat(claims.lexical(s.get(0), s.get(1))[conflict]).isEqualTo(1.0);
    assertThat(claims.lexical(s.get(0), s.get(2))[conflict]).isZero(); // a year in common
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
  void sameNamesOrAPlanAreNotTheFact() {
    Story story = Fixtures.story(
        "Four aid workers were freed on Monday by the gunmen who had held them near Kandahar since March.",
        "The four aid workers, whose names were released on Monday, had worked near Kandahar for a charity since March.",
        "Officials said the gunmen plan to free the four aid workers held near Kandahar on Monday.");
    CitedSentence cited = new Citer(story).cite(story.documents().get(0).sentences().get(0));
    assertThat(cited.citations()).extracting(Citation::source).containsExactly(1);
  }

  @Test
  void aParaphraseSharingSeveralRareWordsRepeatsIt() {
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
    // the summary must not show both, though the figures differ too much for a citation
    assertThat(citer.repeats(first, story.documents().get(1).sentences().get(0))).isTrue();
    assertThat(citer.cite(first).citations()).extracting(Citation::source).containsExactly(1);
  }

  @Test
  void aSentenceSayingAgainWhatAnotherSaidWithMoreDetailRestatesIt() {
    Story story = Fixtures.story(
        "Israel has threatened to close down the Palestinian-run Gaza airport over a security violation, an Israeli official said Tuesday.",
        "Earlier this week, Israel threatened to close down the Gaza airport when Palestinian airport workers refused to let Israeli officials check passengers.",
        "The first Palestinian commercial flight landed at Amman's Marka Airport on Saturday, inaugurating a route to Gaza.");
    Citer citer = new Citer(story);
    Sentence latest = story.documents().get(0).sentences().get(0);
    assertThat(citer.restatesAny(story.documents().get(1).sentences().get(0), List.of(latest))).isTrue();
    assertThat(citer.restatesAny(story.documents().get(2).sentences().get(0), List.of(latest))).isFalse();
    // alike but on another day (Kerry and Lavrov's talks in February and December): PipelineReferenceClusterTest
  }
}
