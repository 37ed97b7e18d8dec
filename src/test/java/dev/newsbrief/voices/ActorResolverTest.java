package dev.newsbrief.voices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Quote;
import dev.newsbrief.model.Voice;
import dev.newsbrief.text.Analyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
  private static Document doc(String id, String text) {
    return Analyzer.analyze(new Article(id, "", text, null, null, null, id));
  }

  private static ActorResolver.Resolution resolve(Document... docs) {
    List<Quote> quotes = new ArrayList<>();
    for (Document d : docs) quotes.addAll(QuoteExtractor.extract(d));
    return ActorResolver.resolve(List.of(docs), quotes);
  }

  @Test
  void surnameFullNameAndBareRoleAreOnePerson() {
    Document a = doc("a", "US secretary of state John Kerry said the talks would resume on Saturday.\n\n"
        + "\"We will see what people are willing to do,\" Mr Kerry said.");
    Document b = doc("b", "Kerry said that he would meet Lavrov again.\n\n"
        + "The US secretary of state said progress had been made in brief talks.");
    ActorResolver.Resolution r = resolve(a, b);
    ActorResolver.Actor kerry = r.actors().get(0);
    assertThat(kerry.name()).isEqualTo("John Kerry");
    assertThat(kerry.role()).isEqualTo("US secretary of state");
    assertThat(kerry.kind()).isEqualTo(ActorResolver.Kind.PERSON);
    assertThat(kerry.quotes()).hasSize(4);
    assertThat(r.actors()).hasSize(1);
    assertThat(r.quotes()).allSatisfy(q -> assertThat(q.actorId()).isEqualTo(kerry.id()));
  }

  @Test
  void roleInAppositionLinksTheBareRoleElsewhere() {
    Document a = doc("a", "The meeting brought together John Kerry, the US secretary of state, and Sergey Lavrov.\n\n"
        + "Russia's foreign minister Sergei Lavrov said the truce must be saved.");
    Document b = doc("b", "Russia's foreign minister said that there was no military solution.\n\n"
        + "Mr Lavrov said Friday that Russia agreed with the US.\n\n"
        + "The US secretary of state said they had made a little progress.");
    ActorResolver.Resolution r = resolve(a, b);
    // two spellings, each seen once: either is the fullest name
    assertThat(r.actors()).extracting(ActorResolver.Actor::name).hasSize(2).endsWith("John Kerry");
    assertThat(r.actors().get(0).name()).isIn("Sergei Lavrov", "Sergey Lavrov");
    assertThat(r.actors().get(0).quotes()).hasSize(3);
    assertThat(r.actors().get(0).role()).isEqualTo("Russia's foreign minister");
  }

  @Test
  void organisationsCountriesAndTheirShortNamesResolve() {
    Document a = doc("a", "The Syrian Observatory for Human Rights, a British-based organisation, said 47 people had died.\n\n"
        + "The observatory also reported that four people were killed by shelling.\n\n"
        + "Russia denies any role in the attack on the convoy.");
    Document b = doc("b", "At least 12 civilians were killed, the monitor said, according to the Syrian Observatory for Human Rights.\n\n"
        + "The convoy was hit by an air strike that Washington blamed on Moscow, which denies involvement.");
    ActorResolver.Resolution r = resolve(a, b);
    assertThat(r.actors()).extracting(ActorResolver.Actor::name)
        .contains("Syrian Observatory for Human Rights", "Russia")
        .doesNotContain("observatory", "Moscow");
    ActorResolver.Actor observatory = r.actors().stream()
        .filter(x -> x.name().equals("Syrian Observatory for Human Rights")).findFirst().orElseThrow();
    assertThat(observatory.reports()).isEqualTo(2);
  }

  @Test
  void voicesAreRankedByHowManyReportsQuoteThem() {
    Document a = doc("a", "Kerry said the talks were useful.\n\nValls said the stance was unjustifiable.");
    Document b = doc("b", "Kerry said the talks would go on.");
    List<Voice> voices = ActorResolver.voices(List.of(a, b),
        new ArrayList<>(List.of(QuoteExtractor.extract(a), QuoteExtractor.extract(b)).stream().flatMap(List::stream).toList()));
    assertThat(voices).extracting(Voice::name).containsExactly("Kerry", "Valls");
    assertThat(voices.get(0).quotes()).hasSize(2).allSatisfy(q -> assertThat(q.citations()).isEmpty());
  }

  @Test
  void anOrganisationIsOneActorHoweverItsNameIsOrdered() {
    assertThat(ActorResolver.orgKey("Russian Ministry of Defence")).isEqualTo(ActorResolver.orgKey("Russian Defence Ministry"));
    assertThat(ActorResolver.orgKey("the State Department")).isEqualTo(ActorResolver.orgKey("State Department"));
    assertThat(ActorResolver.orgKey("Russian Defence Ministry")).isNotEqualTo(ActorResolver.orgKey("civil defence"));
  }

  @Test
  void aDescriptionBeforeANameIsNoPartOfIt() {
    assertThat(ActorResolver.namedAfterDescription("German central bank Bundesbank")).isEqualTo("Bundesbank");
    assertThat(ActorResolver.namedAfterDescription("Russian news agency Interfax")).isEqualTo("Interfax");
    assertThat(ActorResolver.namedAfterDescription("Bank of England")).isEqualTo("Bank of England");
    assertThat(ActorResolver.namedAfterDescription("Interfax news agency")).isEqualTo("Interfax news agency");
    Document a = doc("a", "Investors will benefit from the euro, the German central bank Bundesbank said on Monday.\n\n"
        + "The Bundesbank said costs would fall as competition grows.");
    assertThat(resolve(a).actors()).extracting(ActorResolver.Actor::name).singleElement().asString().endsWith("Bundesbank")
        .doesNotContain("central bank");
  }

  @Test
  void anOpeningParticipleIsNoPartOfAName() {
    Document a = doc("a", "Citing Maria Ortega, the paper said the mine would close.\n\n"
        + "Ortega said the mine had lost money for three years.");
    assertThat(resolve(a).actors()).extracting(ActorResolver.Actor::name).contains("Maria Ortega")
        .noneMatch(n -> n.startsWith("Citing"));
  }

  @Test
  void aCountrysRoleIsThePersonTheReportNamedWithThatBareTitle() {
    Document a = doc("a", "President Joseph Estrada on Saturday defended the suspension of the labor agreement.\n\n"
        + "The Philippine president said the suspension was only a temporary measure.");
    assertThat(resolve(a).actors()).extracting(ActorResolver.Actor::name).containsExactly("Joseph Estrada");
    // a lead names the role; the next paragraph names the person
    Document b = doc("b", "CAIRO _ Egypt's president says there is virtually nobody who wants a war.\n\n"
        + "In an interview published Saturday, President Hosni Mubarak said the talks would go on.");
    assertThat(resolve(b).actors()).extracting(ActorResolver.Actor::name).containsExactly("Hosni Mubarak");
    // of another country it is someone else
    Document c = doc("c", "Egyptian President Hosni Mubarak said the talks would go on.\n\n"
        + "Syria's president said the talks had failed.");
    assertThat(resolve(c).actors()).extracting(ActorResolver.Actor::name).hasSize(2).contains("Hosni Mubarak");
  }

  @Test
  void aCountrysRoleIsNotTheOnePersonTheReportCallsByThatRoleElsewhere() {
    // "president" of an association is not "the Philippine president"
    Document a = doc("a", "Union president Christian Monzad said the workers would vote on Monday.\n\n"
        + "The Philippine president said he would defend their rights.");
    assertThat(resolve(a).actors()).extracting(ActorResolver.Actor::name).contains("Christian Monzad")
        .anySatisfy(n -> assertThat(n).containsIgnoringCase("Philippine president"));
  }

  @Test
  void theGroupIsNotTheLastOrganisationThatSpokeUnlessThatIsAGroup() {
    Document a = doc("a", "In Geneva, the United Nations said Friday it was considering a different route for aid.\n\n"
        + "\"We will not surrender,\" the group said in a statement.");
    assertThat(resolve(a).actors()).extracting(ActorResolver.Actor::name).containsExactly("United Nations");
    assertThat(resolve(a).actors().get(0).quotes()).hasSize(1);
  }

  @Test
  void aRoleNamingTheSameBodyIsThePersonHoldingIt() {
    Document a = doc("a", "Michel Camdessus, IMF managing director, predicted slower growth next year.\n\n"
        + "The IMF chief told reporters that Europe and the United States must act.");
    assertThat(resolve(a).actors()).extracting(ActorResolver.Actor::name).containsExactly("Michel Camdessus");
  }

  @Test
  void aFamilyNameWrittenFirstIsThePersonWhenUsedAlone() {
    Document a = doc("a", "Coach Zhang Xiong said the team was ready for the games.\n\n"
        + "\"We will go all out to win,\" Zhang said.");
    assertThat(resolve(a).actors()).extracting(ActorResolver.Actor::name).containsExactly("Zhang Xiong");
  }

  @Test
  void aSurnameInsideALongerNameOrAManyHeldRoleIsNoOnesName() {
    Document a = doc("a", "U.S. Attorney Mary Jo White announced the charges on Wednesday.\n\n"
        + "A White House spokesman said the president had been briefed on the case.\n\n"
        + "Israeli Foreign Minister Ariel Sharon said the talks would go on. An Israeli official said the talks had stalled.");
    assertThat(resolve(a).actors()).extracting(ActorResolver.Actor::name)
        .contains("White House spokesman").doesNotContain("Mary Jo White");
    assertThat(resolve(a).actors()).filteredOn(x -> x.name().contains("Sharon")).singleElement()
        .satisfies(x -> assertThat(x.quotes()).hasSize(1));
  }

  @Test
  void aPhraseEndingOnAFullNameIsThatPersonAndAFamilyIsSeveralPeople() {
    Document a = doc("a", "Prime Minister Benjamin Netanyahu met his Cabinet on Friday.\n\n"
        + "Netanyahu adviser David Bar-Illan said he had expected a vote later Friday.\n\n"
        + "Hostage Darren Hickey was seized in October. His sister, Deborah Hickey, said his family was devastated. "
        + "His father, Eamon Hickey, said he had hoped for news.");
    assertThat(resolve(a).actors()).extracting(ActorResolver.Actor::name)
        .contains("David Bar-Illan", "Deborah Hickey", "Eamon Hickey").doesNotContain("Benjamin Netanyahu");
  }

  @Test
  void aMediumIsOneActorWithOrWithoutWhatKindOfMediumItIs() {
    // a medium's kind adds nothing to its name; a name alone is the agency the cluster names with it
    assertThat(List.of("Interfax news agency", "the Xinhua News Agency")).extracting(ActorResolver::orgKey)
        .containsExactly(ActorResolver.orgKey("Interfax"), ActorResolver.orgKey("Xinhua"));
    assertThat(ActorResolver.orgKey("state news agency")).isNotEqualTo(ActorResolver.orgKey("state"));
    Document a = doc("a", "The Interfax news agency said the four men had been killed.\n\n"
        + "Interfax said the bodies were found on a road near the village.");
    assertThat(resolve(a).actors()).singleElement().satisfies(x -> assertThat(x.quotes()).hasSize(2));
  }

  @Test
  void aRoleIsShownInFullWhenAReportGivesIt() {
    Document a = doc("a", "Spokesman Jim Harris said the blankets had been found.\n\n"
        + "Jim Harris, spokesman for the Transportation Safety Board, said divers had recovered the engine.\n\n"
        + "Spokesman Jim Harris said the search would go on.");
    assertThat(resolve(a).actors()).singleElement().satisfies(x -> assertThat(x.role()).isEqualTo("spokesman for the Transportation Safety Board"));
  }
}
