package dev.newsbrief.voices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.cite.Citer;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.Voice;
import dev.newsbrief.story.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoicesTest {
  @Test
  void wordsSeveralReportsCarryAreShownOnceCitedToEach() {
    Story story = Fixtures.story(
        "Yasser Arafat condemned the attack on Friday. \"We must work together to confront these terrorist acts,\" "
            + "Arafat said in Gaza.",
        "The Palestinian leader spoke after the bombing in the market. \"We must work together to confront these "
            + "terrorist acts,\" Arafat said, as the cabinet met in Jerusalem for a second day.",
        "Police said that blasted-apart suitcases were found in the car's wreckage on Friday.",
        "Police said that suitcases were found in the car's wreckage on Friday.");
    List<Voice> voices = Voices.of(story, new Citer(story)::cite, 5, 5);
    Voice arafat = voices.stream().filter(v -> v.name().contains("Arafat")).findFirst().orElseThrow();
    assertThat(arafat.quotes()).hasSize(1);
    assertThat(arafat.quotes().get(0).citations()).extracting(Citation::source).containsExactly(1, 2);
    Voice police = voices.stream().filter(v -> v.name().equalsIgnoreCase("police")).findFirst().orElseThrow();
    // the shorter words are inside the longer: one entry, in its longer form, cited to both
    assertThat(police.quotes()).singleElement().satisfies(q -> {
      assertThat(q.quote().text()).startsWith("blasted-apart suitcases");
      assertThat(q.citations()).extracting(Citation::source).containsExactly(3, 4);
    });
  }

  @Test
  void aQuoteOneReportGivesWithAFewWordsLeftOutIsShownOnce() {
    Story story = Fixtures.story(
        "Governor George W. Bush defended his campaign on Wednesday. \"I am someone who is a uniter, not a divider. I don't believe"
            + " in group thought, pitting one group of people against another. And all that does is create kind of a huge political,"
            + " you know, nightmare for people,\" Bush said in Austin.",
        "Bush met reporters in Austin. \"I am someone who is a uniter, not a divider. I don't believe in group thought, pitting one"
            + " group against another,\" Bush said after the meeting.",
        "\"I am someone who wants to win Iowa and New Hampshire before anything else,\" Bush said in Austin.");
    Voice bush = Voices.of(story, new Citer(story)::cite, 5, 5).stream().filter(v -> v.name().contains("Bush")).findFirst().orElseThrow();
    assertThat(bush.quotes()).filteredOn(q -> q.quote().text().contains("uniter")).singleElement()
        .satisfies(q -> assertThat(q.citations()).extracting(Citation::source).contains(1, 2));
    // other words of his that open alike are another quote
    assertThat(bush.quotes()).anySatisfy(q -> assertThat(q.quote().text()).contains("win Iowa"));
    // the rule itself: most runs of four words in one kept quote
    java.util.Map<String, Integer> kept = new java.util.HashMap<>();
    for (String run : Voices.runsOfWords("i am someone who is a uniter not a divider i don t believe in group thought pitting one group of people against another".split(" "))) {
      kept.putIfAbsent(run, 0);
    }
    assertThat(Voices.mostlyIn(Voices.runsOfWords(
        "i am someone who is a uniter not a divider i don t believe in group thought pitting one group against another".split(" ")), kept)).isEqualTo(0);
    assertThat(Voices.mostlyIn(Voices.runsOfWords(
        "i am someone who wants to win iowa and new hampshire before anything else".split(" ")), kept)).isNull();
  }

  @Test
  void aCommonWordOrAPhraseWithOneIsNoNameToShowWordsUnder() {
    java.util.Set<String> lowerCase = java.util.Set.of("researchers", "drugs", "media", "administration", "government");
    java.util.function.BiFunction<String, ActorResolver.Kind, Boolean> noName =
        (name, kind) -> Voices.noName(new ActorResolver.Actor("a1", name, null, kind, List.of()), lowerCase);
    // "Researchers said ...", "Anti-malaria drugs were sent ...": a sentence's capitalised first words
    assertThat(noName.apply("Researchers", ActorResolver.Kind.ORGANISATION)).isTrue();
    assertThat(noName.apply("Skeptics", ActorResolver.Kind.ORGANISATION)).isFalse(); // not written in lower case here
    assertThat(noName.apply("Anti-malaria drugs", ActorResolver.Kind.ORGANISATION)).isTrue();
    assertThat(noName.apply("China's future energy", ActorResolver.Kind.ORGANISATION)).isTrue();
    // names, a body after a name, people named by their body, and groups (their own rule) are shown
    assertThat(noName.apply("Galgalo", ActorResolver.Kind.PERSON)).isFalse();
    assertThat(noName.apply("The Clinton administration", ActorResolver.Kind.ORGANISATION)).isFalse();
    assertThat(noName.apply("officials of the Crackdown Campaign Office", ActorResolver.Kind.ORGANISATION)).isFalse();
    assertThat(noName.apply("Osama bin Laden", ActorResolver.Kind.PERSON)).isFalse();
    assertThat(noName.apply("French investigators", ActorResolver.Kind.GROUP)).isFalse();
    assertThat(noName.apply("government", ActorResolver.Kind.ORGANISATION)).isFalse();
    assertThat(noName.apply("Israeli leader", ActorResolver.Kind.PERSON)).isFalse();
    assertThat(noName.apply("Interfax news agency", ActorResolver.Kind.ORGANISATION)).isFalse();
  }

  @Test
  void onePersonNamedWithAndWithoutAMiddleInitialIsOneVoice() {
    Story story = Fixtures.story(
        "“The treaty will end the abuses by so-called facilitators in some countries,” said Rep. William Delahunt, D-Mass., on Tuesday.",
        "The bill went to Representative William D. Delahunt, a liberal Massachusetts Democrat. “I think once the United States"
            + " passes this, it will make a real difference,” said Delahunt.",
        "Delahunt said that the country takes in about 80 percent of the world's adoptees.");
    List<Voice> delahunt = Voices.of(story, new Citer(story)::cite, 5, 5).stream().filter(v -> v.name().contains("Delahunt")).toList();
    assertThat(delahunt).singleElement().satisfies(v -> {
      assertThat(v.name()).isEqualTo("William D. Delahunt");
      assertThat(v.quotes()).hasSize(3);
    });
  }

  @Test
  void aStudentsYearBeforeHerNameIsNoPartOfIt() {
    Story story = Fixtures.story(
        "Senior Janet Tannreuther said she attended the game in protest on Friday. “They are taking away our right to pray at"
            + " the football games,” Tannreuther said.",
        "“We will keep praying before every game this season,” Tannreuther said after the game on Friday.");
    assertThat(Voices.of(story, new Citer(story)::cite, 5, 5)).anySatisfy(v -> assertThat(v.name()).isEqualTo("Janet Tannreuther"))
        .noneSatisfy(v -> assertThat(v.name()).startsWith("Senior"));
  }

  @Test
  void anActorOfManyQuotesShowsTheWordsMostReportsCarry() {
    java.util.List<String> bodies = new java.util.ArrayList<>();
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < 30; i++) {
      StringBuilder words = new StringBuilder("Our crews will clear");
      for (int w = 0; w < 8; w++) words.append(" ").append("q").append(Integer.toString(random.nextInt(5000), 36)).append("z");
      bodies.add("The storm damaged district " + (i + 1) + " overnight. \"" + words + " first,\" Governor Ana Ruiz said on Tuesday.");
    }
    String rebuild = " \"We will rebuild every home this storm took from us,\" Governor Ana Ruiz said";
    bodies.add("Residents of the coast counted the cost on Tuesday as the water went down." + rebuild + " in the ruins of Portmere.");
    bodies.add("Fishing boats lay on the main street of Calder Bay, where the surge reached the church." + rebuild + ".");
    bodies.add("Insurers put the first estimate of the losses at several hundred million dollars." + rebuild + " on Tuesday.");
    bodies.add("The army sent two thousand soldiers and forty trucks of food and water to the worst hit towns." + rebuild + " at a briefing.");
    Story story = Fixtures.story(bodies.toArray(String[]::new));
    List<Voice> voices = Voices.of(story, new Citer(story)::cite, 3, 3);
    Voice ruiz = voices.stream().filter(v -> v.name().contains("Ruiz")).findFirst().orElseThrow();
    // more quotes than are cited one by one: the words four reports carry are still found and shown
    assertThat(ruiz.quotes()).anySatisfy(q -> {
      assertThat(q.quote().text()).contains("We will rebuild every home");
      assertThat(q.citations()).hasSizeGreaterThanOrEqualTo(4);
    });
  }

  @Test
  void aWritingOrBodyLeftUnnamedIsNoVoiceAndACommonWordSurnameKeepsItsTitle() {
    Story story = Fixtures.story(
        "The newspaper said the team would win at least one gold medal at the games in Bangkok.",
        "Xu's wife, He Xintong, spoke at home. \"We felt something was going to happen,\" Ms. He said on Wednesday.");
    List<Voice> voices = Voices.of(story, new Citer(story)::cite, 5, 5);
    assertThat(voices).extracting(Voice::name).doesNotContain("newspaper").allSatisfy(n -> assertThat(n).isNotEqualTo("He"));
  }

  @Test
  void aGroupNoReaderCanPlaceIsNoVoiceButACountrysIs() {
    Story story = Fixtures.story(
        "Local officials said the storm had destroyed 200 houses in the province of Quezon on Sunday.",
        "U.S. officials said the navy would send two ships with food and medicine to the islands.",
        "Earlier police said three people had drowned when their boat capsized near the coast.");
    List<Voice> voices = Voices.of(story, new Citer(story)::cite, 10, 5);
    assertThat(voices).extracting(Voice::name).contains("U.S. officials", "police").doesNotContain("Local officials", "Earlier police");
  }
}
