package dev.newsbrief.voices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Quote;
import dev.newsbrief.text.Analyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteExtractorTest {
  /** The quotes the rules find, before the speaker confidence model weighs them (tested on its own). */
  private static List<Quote> quotes(String text) {
    return QuoteExtractor.find(Analyzer.analyze(new Article("t", "", text, null, null, null, "t"))).stream()
        .map(QuoteExtractor.Found::quote).toList();
  }

  private static List<String> speakers(String text) {
    return quotes(text).stream().map(Quote::speaker).toList();
  }

  private static List<String> texts(String text) {
    return quotes(text).stream().map(Quote::text).toList();
  }

  private static List<Quote> direct(String text) {
    return quotes(text).stream().filter(Quote::direct).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"We will not surrender,\" Kerry said.",
      "“We will not surrender,” Kerry said.",
      "``We will not surrender,'' Kerry said.",
      "‘We will not surrender,’ Kerry said.",
      "\"We will not surrender,\" said Kerry.",
      "Kerry said: \"We will not surrender.\"",
  })
  void everyQuoteMarkStyleAndAttributionOrder(String text) {
    List<Quote> found = direct(text);
    assertThat(found).hasSize(1);
    Quote q = found.get(0);
    assertThat(q.speaker()).isEqualTo("Kerry");
    assertThat(q.text()).startsWith("We will not surrender");
    assertThat(text.substring(q.start(), q.end())).startsWith("We will not surrender");
    assertThat(quotes(text).stream().filter(x -> !x.direct())).isEmpty();
  }

  @Test
  void pronounSpeakerIsTheLastNamedPerson() {
    List<Quote> found = direct("Kerry declined to speculate on the outcome.\n\n"
        + "\"We're going to have a serious conversation,\" he said.");
    assertThat(found).extracting(Quote::speaker).containsExactly("Kerry");
  }

  @Test
  void quoteRunningOverParagraphsIsOneQuote() {
    String text = "“The first paragraph of the statement goes on here.\n\n"
        + "“And the second paragraph ends it,” the minister said.\n\nLater news followed.";
    List<Quote> found = direct(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speaker()).isEqualTo("the minister");
    assertThat(found.get(0).text()).startsWith("The first paragraph").endsWith("ends it");
  }

  @Test
  void unattributedQuoteParagraphContinuesThePreviousSpeaker() {
    List<Quote> found = direct("``Things are bad,'' said Ms. Clywd, who chairs a committee.\n\n"
        + "``Clearly, the authorities have every right to investigate further.''");
    assertThat(found).extracting(Quote::speaker).containsExactly("Ms. Clywd", "Ms. Clywd");
  }

  @Test
  void nestedSingleQuotesStayInsideTheirQuote() {
    List<Quote> found = direct("“They called it ‘annihilation’ and left,” the commander said.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("They called it ‘annihilation’ and left");
  }

  @Test
  void indirectSpeechInItsCommonForms() {
    String text = "Lavrov said Friday that Russia agreed with the US on the main points.\n\n"
        + "Dozens of raids hit eastern Aleppo, according to the Syrian Observatory for Human Rights.\n\n"
        + "At least 12 civilians were killed, the monitor said.\n\n"
        + "Moscow denies any role in the attack.\n\n"
        + "US secretary of state John Kerry will meet Lavrov on Saturday, officials said.";
    List<Quote> found = quotes(text);
    assertThat(found).allMatch(q -> !q.direct());
    assertThat(found).extracting(Quote::speaker).containsExactly("Lavrov",
        "the Syrian Observatory for Human Rights", "the monitor", "Moscow", "officials");
    assertThat(found.get(0).text()).isEqualTo("Russia agreed with the US on the main points");
    assertThat(found.get(1).text()).isEqualTo("Dozens of raids hit eastern Aleppo");
    assertThat(found.get(3).text()).isEqualTo("any role in the attack");
    assertThat(found.get(3).verb()).isEqualTo("denies");
    // a wire's "said here today that": where and when it was said are no part of what was said
    assertThat(texts("Foreign Ministry spokesman Zhu Bangzao said here today that the government welcomes the euro."))
        .containsExactly("the government welcomes the euro");
  }

  @Test
  void framesWithAnObjectADayOrAClauseBetweenSpeakerAndWords() {
    // "warned Monday that": the day between the verb and its clause
    List<Quote> warned = quotes("Officials warned Monday that the programs being offered were inadequate.");
    assertThat(warned).extracting(Quote::speaker).containsExactly("Officials");
    assertThat(warned.get(0).text()).isEqualTo("the programs being offered were inadequate");
    // a speaker no list names: whoever is the subject of "told" speaks
    assertThat(speakers("The suspect told prosecutors that he had twice bought weapons in Texas.")).containsExactly("The suspect");
    assertThat(speakers("Commission officials themselves say they were frustrated by the lack of cooperation.")).containsExactly("Commission officials");
    // the subject before a relative clause speaks, and "cautioned that X" does not make X the speaker
    List<Quote> cautioned = quotes("John Smith, who tracks space objects, cautioned that spectators should not expect too much.");
    assertThat(cautioned).extracting(Quote::speaker).containsExactly("John Smith");
    assertThat(cautioned.get(0).text()).isEqualTo("spectators should not expect too much");
    // a finding is reported with its clause; what was found without one is no quote
    assertThat(speakers("Yet the report found that Inkatha was responsible for many killings.")).containsExactly("the report");
    assertThat(quotes("Police found the body in a river on Monday.")).isEmpty();
    assertThat(texts("Tutu suggested instead that there be a two-year time limit.")).containsExactly("there be a two-year time limit");
    // "warned they could ..." reports the clause at once; "warned workers that ..." names whom first
    assertThat(texts("And the generals have warned they could do it again.")).containsExactly("they could do it again");
    assertThat(texts("The minister warned workers that the plant would close.")).containsExactly("the plant would close");
    assertThat(speakers("Many Republicans have already signaled their deep belief that Clinton has committed perjury.")).containsExactly("Many Republicans");
    // what follows "said" after a quotation is a circumstance or another verb, not more words said
    assertThat(texts("``Welcome aboard the first flight,'' Abdel Salam said over the loudspeaker."))
        .containsExactly("Welcome aboard the first flight");
    assertThat(quotes("The hall had been hired out to eight arrangers, police said but declined to identify them."))
        .extracting(Quote::text).doesNotContain("but declined to identify them");
    assertThat(texts("He said when the talks resume, Russia will propose a ceasefire.")).hasSize(1);
    // an object or a place before "said" is no speaker
    assertThat(speakers("Stipe Dorotic, an electrician who attended the ceremony said he hoped that Croats would face the truth.")).doesNotContain("the ceremony");
  }

  @Test
  void scareQuotesInTheNarratorsVoiceAreNotQuotes() {
    assertThat(quotes("Syria agreed to brand the party a ``terrorist'' group.")).isEmpty();
  }

  @Test
  void quotedFragmentOfReportedSpeechHasItsSpeaker() {
    List<Quote> found = quotes("Kerry has admitted that Syria’s future is “hanging by a thread”.");
    assertThat(found).extracting(Quote::direct).containsExactly(false, true);
    assertThat(found).extracting(Quote::speaker).containsOnly("Kerry");
  }

  @Test
  void aNameBetweenCommasAfterItsRoleSpeaks() {
    assertThat(quotes("A spokesman for the party, Thabo Masebe, said the commission had erred."))
        .extracting(Quote::speaker).containsExactly("Thabo Masebe");
  }

  @Test
  void aSpeakerWithAModifierBeforeTheVerb() {
    assertThat(quotes("A diplomat who interviewed him on Tuesday said he understood the story."))
        .extracting(Quote::speaker).containsExactly("A diplomat");
    assertThat(quotes("Republicans in both houses said Monday that the talks had failed."))
        .extracting(Quote::speaker).containsExactly("Republicans");
    // a modifier never reaches across another clause's verb or an "and"
    assertThat(quotes("Putin accused France of luring Moscow into a veto and suggested it was doing the bidding of Washington."))
        .extracting(Quote::speaker).containsExactly("Putin");
  }

  @Test
  void aPlaceOrAStrayWordIsNoSpeaker() {
    List<Quote> found = quotes("Police fired on villagers in Kosovo on Saturday.\n\n"
        + "Kosovo said the village had been shelled for days.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).attributed()).isFalse();
    assertThat(quotes("Heads to the fence, the policemen shouted.\n\n\"We were afraid,\" he said."))
        .extracting(Quote::speaker).doesNotContain("Heads");
  }

  @Test
  void heIsThePersonJustIntroducedNotThePreviousSpeaker() {
    List<Quote> found = direct("\"The fire spread fast,\" Chief Anna Berg said.\n\n"
        + "Sten Persson, a father of two, lost his son in the fire.\n\n"
        + "\"It was all burned out,\" he said.");
    assertThat(found).extracting(Quote::speaker).containsExactly("Chief Anna Berg", "Sten Persson");
  }

  @Test
  void heIsTheSubjectOfTheSentenceBeforeNotThePersonNamedLast() {
    List<Quote> found = direct("Lawmaker Yuri Orlov proposed asylum for Ivan Petrov.\n\n"
        + "\"This man has done a lot for his people,\" he said.");
    assertThat(found).extracting(Quote::speaker).containsExactly("Lawmaker Yuri Orlov");
    // the speaker's own words in between do not move the person on
    assertThat(direct("Anna Berg spoke for the council. \"Nobody can stop the count. Ivan Petrov has lost.\"\n\n"
        + "\"It is too late,\" she said.")).extracting(Quote::speaker).last().isEqualTo("Anna Berg");
  }

  @Test
  void theyIsTheGroupTheSentenceBeforeIsAbout() {
    List<Quote> found = quotes("Intelligence officials declined to give details about the reports. "
        + "But they said the group had joined the campaign.");
    assertThat(found).extracting(Quote::speaker).containsExactly("Intelligence officials");
  }

  @Test
  void namesWrittenWithATitleOrAParticleStayNames() {
    assertThat(direct("\"We felt it coming,\" Ms. He said.")).extracting(Quote::speaker).containsExactly("Ms. He");
    assertThat(direct("\"Our situation will get better,\" da Silva said.")).extracting(Quote::speaker).containsExactly("da Silva");
    // a name ending like a nationality ("Serbian") is a name once the report gives it in full
    assertThat(direct("Dr. Barnett Slepian treated patients.\n\n\"It could have been me,\" Slepian told the newspaper."))
        .extracting(Quote::speaker).containsExactly("Slepian");
  }

  @Test
  void aDescriptionAfterTheVerbGivesWayToTheNameItIntroduces() {
    assertThat(quotes("The party is watching the race closely, said a spokesman for the committee, Mike Russell."))
        .extracting(Quote::speaker).containsExactly("Mike Russell");
  }

  @Test
  void whatFollowsSaidWithAPossessiveIsTheReportedClause() {
    List<Quote> found = direct("Foreign Minister Abel Matutes, attending a summit in Porto, said his government "
        + "\"respects the decisions taken by courts.\"");
    assertThat(found).extracting(Quote::speaker).containsExactly("Foreign Minister Abel Matutes");
  }

  @Test
  void aQuoteEndingItsSentenceIsNotTheNextSentencesSpeakers() {
    List<Quote> found = direct("Prosecutors have said that inmates were \"murdered and beaten.\" "
        + "A 49-page indictment alleges that guards burned them.");
    assertThat(found).extracting(Quote::speaker).containsExactly("Prosecutors");
  }

  @Test
  void anAppositionAfterTheQuoteDoesNotReachIntoIt() {
    assertThat(direct("\"We cannot ignore America,\" Salah Fathali, the director of the National Cancer Institute, said."))
        .extracting(Quote::speaker).containsExactly("Salah Fathali");
    assertThat(quotes("Anna Saar, a social worker at Oestra Hospital, where many victims were taken, said the work was hard."))
        .extracting(Quote::speaker).containsExactly("Anna Saar");
  }

  @Test
  void aParentheticalAttributionReportsTheWholeSentence() {
    assertThat(quotes("In practice, experts say, if airlines had to replace the wiring, costs would soar."))
        .extracting(Quote::text).containsExactly("In practice, experts say, if airlines had to replace the wiring, costs would soar");
    assertThat(quotes("The evidence, the officials said last week, shows that Idris had dealings with the group."))
        .extracting(Quote::speaker, Quote::text)
        .containsExactly(tuple("the officials", "The evidence, the officials said last week, shows that Idris had dealings with the group"));
    assertThat(quotes("They have also, said an Arab official, talked to members of his family."))
        .extracting(Quote::speaker).containsExactly("an Arab official");
    // the speaker's own deed after the parenthesis is not what was said
    assertThat(quotes("The plant burned down, police said, but declined to name the owners."))
        .extracting(Quote::text).containsExactly("The plant burned down");
    // a parenthesis whose clause another frame takes over ends before the parenthesis
    assertThat(quotes("If Netscape rejected the deal, Barksdale testified, the Microsoft team told Netscape that it could expect delays."))
        .extracting(Quote::speaker, Quote::text).containsExactly(tuple("Barksdale", "If Netscape rejected the deal"),
            tuple("the Microsoft team", "it could expect delays"));
    // any subject of a verb between commas speaks; so do two subjects joined by "and"
    assertThat(quotes("It is the future, its proponents insist, coming to your home soon."))
        .extracting(Quote::speaker).containsExactly("its proponents");
    assertThat(quotes("The reason many people do not have insurance, officials and insurers here say, is money."))
        .extracting(Quote::speaker).containsExactly("officials and insurers");
    assertThat(quotes("When Netscape refused, the government further charges, Microsoft decided to bundle its browser."))
        .extracting(Quote::speaker).containsExactly("the government");
    assertThat(quotes("In contrast, the Air Force, according to Brian Kelly, has decided not to change its procedures."))
        .extracting(Quote::speaker, Quote::text).containsExactly(
            tuple("Brian Kelly", "In contrast, the Air Force, according to Brian Kelly, has decided not to change its procedures"));
    assertThat(quotes("Kenneth Roth said in New York on Thursday that it was troubling."))
        .extracting(Quote::text).containsExactly("it was troubling");
  }

  @Test
  void aCircumstanceBeforeThatMayRunOverLinesAndCommas() {
    assertThat(quotes("Birgitta Bahl, speaker of Parliament, noted with\nparticular sadness that the tragedy had befallen refugees."))
        .extracting(Quote::speaker, Quote::text).containsExactly(tuple("Birgitta Bahl", "the tragedy had befallen refugees"));
    assertThat(quotes("A federal prosecutor, Patrick Fitzgerald, said in court last month, for example, that el Hage knew Nosair."))
        .extracting(Quote::text).containsExactly("el Hage knew Nosair");
    // a circumstance with no clause after it reports nothing, whatever the line breaks
    assertThat(quotes("Abdel Salam said over\nthe loudspeaker.")).isEmpty();
  }

  @Test
  void anEstimateWithItsFigureIsAClaim() {
    assertThat(quotes("Ivan Tort, president of the board, estimates damages at $60,000."))
        .extracting(Quote::speaker, Quote::text).containsExactly(tuple("Ivan Tort", "damages at $60,000"));
    assertThat(quotes("Michel Camdessus, IMF managing director, predicted world growth of around 2.5 percent in 1999."))
        .extracting(Quote::speaker).containsExactly("Michel Camdessus");
    assertThat(quotes("Georges destroyed nearly 30,000 houses, the local Housing Department estimates."))
        .extracting(Quote::speaker, Quote::text)
        .containsExactly(tuple("the local Housing Department", "Georges destroyed nearly 30,000 houses"));
    // an estimate without a figure, and estimates that are a noun, are no claim
    assertThat(quotes("Engineers estimated the cost of the repairs.")).isEmpty();
    assertThat(quotes("Official estimates put the toll at 300.")).isEmpty();
  }

  @Test
  void framesAfterAClauseOpenerOrAPossessiveTime() {
    assertThat(quotes("Berezovsky went home, although he said he provided humanitarian aid to Chechnya."))
        .extracting(Quote::text).containsExactly("he provided humanitarian aid to Chechnya");
    assertThat(quotes("He said last week's car bomb was in response to the killing of two leaders."))
        .extracting(Quote::text).containsExactly("last week's car bomb was in response to the killing of two leaders");
    assertThat(quotes("Since then, the FBI and other agencies say they are working with other nations."))
        .extracting(Quote::text).containsExactly("they are working with other nations");
    assertThat(quotes("After all, the odds say that the meteors will miss the satellites.")).isEmpty();
  }

  @Test
  void aClauseBetweenCommasIsNoApposition() {
    assertThat(quotes("Bin Laden, who lost his citizenship in 1994, would face swift action if he were brought back, said one Arab official."))
        .extracting(Quote::speaker).containsExactly("one Arab official");
    assertThat(quotes("Anna-Lisa Saar, a social worker at Oestra Hospital, where many of the victims were taken, said identifying them was hard."))
        .extracting(Quote::speaker).containsExactly("Anna-Lisa Saar");
    assertThat(quotes("Although an estimated 400 people were at the dance, the facility had approval for 150, said Carlsson."))
        .extracting(Quote::speaker, Quote::text)
        .containsExactly(tuple("Carlsson", "Although an estimated 400 people were at the dance, the facility had approval for 150"));
  }

  @Test
  void aMediumAfterQuotedAsSayingClosesTheSentence() {
    assertThat(quotes("The building had two exits, police technician Stephen Holmberg was quoted as saying by the news agency TT."))
        .extracting(Quote::speaker, Quote::text).containsExactly(tuple("police technician Stephen Holmberg", "The building had two exits"));
  }

  @Test
  void aVerbOpeningAQuotationReportsWhateverItsSubject() {
    assertThat(direct("The memo continued, ``They understand that we are going to use their technology.''"))
        .extracting(Quote::speaker).containsExactly("The memo");
  }

  @Test
  void aNameWithAParticleIsWhole() {
    assertThat(direct("\"Our situation will get better,\" said Gilberto da Silva, a farmer."))
        .extracting(Quote::speaker).containsExactly("Gilberto da Silva");
  }

  @Test
  void sheIsNotAManTheReportCallsMr() {
    List<Quote> found = direct("Mr. Cardoso won the vote on Sunday, and his party gained seats.\n\n"
        + "Maria Oliveira, a teacher, voted in the morning.\n\n"
        + "\"Now the house is almost done,\" Mr. Cardoso said.\n\n"
        + "\"It was my father's dream,\" she said.");
    assertThat(found).extracting(Quote::speaker).containsExactly("Mr. Cardoso", "Oliveira");
  }

  @Test
  void theClauseAfterThePersonToldOrAFigure() {
    assertThat(quotes("Estrada assured workers that he will defend their rights."))
        .extracting(Quote::text).containsExactly("he will defend their rights");
    assertThat(quotes("Fourie told delegates she had attended the hearing."))
        .extracting(Quote::text).containsExactly("she had attended the hearing");
    assertThat(quotes("Management said at least 2,000 workers will lose their jobs."))
        .extracting(Quote::text).containsExactly("at least 2,000 workers will lose their jobs");
    assertThat(quotes("The general warned the rebels to leave the town.")).isEmpty();
  }

  @Test
  void speechFramesBeyondASingleVerbReportWhatFollowsTheirThat() {
    assertThat(quotes("His aides expressed concern that the attack had helped the government."))
        .extracting(Quote::text).containsExactly("the attack had helped the government");
    assertThat(quotes("The government declared more concretely than previously that the man backed the groups."))
        .extracting(Quote::text).containsExactly("the man backed the groups");
    assertThat(quotes("Head coach Chen Liren was quoted as saying that the new weight classes would hurt the team."))
        .extracting(Quote::speaker, Quote::text).containsExactly(
            org.assertj.core.groups.Tuple.tuple("Head coach Chen Liren", "the new weight classes would hurt the team"));
    // "made it clear" is a frame; "made it" alone is not
    assertThat(quotes("Palestinian officials made it clear that they see the airport as a symbol.")).hasSize(1);
    assertThat(quotes("Palestinian officials made it to the airport that morning.")).isEmpty();
  }

  @Test
  void anAppositionMayEndOnAQuotedTitleOrAPartyAndState() {
    assertThat(quotes("Nilton Bonder, a rabbi and the writer of \"The Kabbalah of Money,\" said he felt betrayed by the plan."))
        .filteredOn(q -> !q.direct()).extracting(Quote::speaker).containsExactly("Nilton Bonder");
    assertThat(quotes("GOP Leader Dick Armey, R-Texas, said the call for more money was a mistake."))
        .extracting(Quote::speaker).containsExactly("GOP Leader Dick Armey");
    assertThat(quotes("Mohammed Gattus, Libya's undersecretary of tourism, said that the conference was a success."))
        .extracting(Quote::speaker).containsExactly("Mohammed Gattus");
  }

  @Test
  void twoPeopleAreNoHeAndATimeIsNoSubject() {
    List<Quote> found = direct("Analyst Brian Kelly spoke after the launch.\n\n"
        + "While Marcus of Panamsat and Gregory Clark of Loral said they expected no impact, Kelly is more cautious.\n\n"
        + "\"It is very unlikely that we will lose a spacecraft,\" he said.");
    assertThat(found).extracting(Quote::speaker).last().asString().doesNotContain("Clark");
    assertThat(quotes("Early Wednesday, Cathay had expressed dissatisfaction over the talks, saying it was not willing to go on."))
        .extracting(Quote::speaker).containsExactly("Cathay");
  }

  @Test
  void aNameAfterADescriptionOfTheFirstNameIsAnApposition() {
    assertThat(quotes("Raymond Louw, the publisher of a weekly newsletter, Southern Africa Report, says a new proposal could come up."))
        .extracting(Quote::speaker).containsExactly("Raymond Louw");
    assertThat(quotes("In Halifax, Nova Scotia, a spokesman for the safety board, Jim Harris, said that the blankets had been found."))
        .extracting(Quote::speaker).containsExactly("Jim Harris");
  }

  @Test
  void reportedSpeechInThePresentPluralAndAfterAdverbs() {
    assertThat(quotes("Administration officials stress they do not want the man brought back."))
        .extracting(Quote::speaker).containsExactly("Administration officials");
    assertThat(quotes("Arab and U.S. officials now say they have evidence linking him to the bombing."))
        .extracting(Quote::speaker).containsExactly("Arab and U.S. officials");
    assertThat(quotes("On Friday Turkey strongly warned Syria that its patience was running out."))
        .extracting(Quote::speaker).containsExactly("Turkey");
    // a verb that needs "that" also takes a clause with its own verb, but not an object
    assertThat(quotes("A senior official, Nevzat Yalcintas, insisted the party must lead the next government."))
        .extracting(Quote::speaker).containsExactly("Nevzat Yalcintas");
    assertThat(quotes("The local authorities acknowledge the central role of the party in the region.")).isEmpty();
  }

  @Test
  void aMediumQuotingSomeonePassesOnTheirWords() {
    List<Quote> found = direct("Defence Minister Ahmet Sezgin said Turkey was still trying diplomacy. "
        + "\"But there is a limit of patience,\" NTV quoted him as saying.");
    assertThat(found).singleElement().extracting(Quote::speaker).asString().contains("Sezgin");
  }

  @Test
  void twoAppositionsAfterANameKeepTheName() {
    assertThat(quotes("Rep. John Conyers, D-Mich., the senior Democrat on the committee, said Thursday that Starr would be called."))
        .extracting(Quote::speaker).containsExactly("Rep. John Conyers");
    assertThat(quotes("On the other hand, Severin said, Spitzer did well by responding so quickly."))
        .extracting(Quote::text).containsExactly("On the other hand, Severin said, Spitzer did well by responding so quickly");
  }

  @Test
  void anOpeningParticipleOrATitlesPeriodDoesNotCutTheSubject() {
    assertThat(quotes("Two Beijing police officers spent 30 minutes with him. Underscoring the warning, they said "
        + "his colleague would not be released soon.")).extracting(Quote::speaker).containsExactly("Two Beijing police officers");
    assertThat(quotes("Rep. Jennifer Dunn emerged from a closed-door meeting of her colleagues saying she was disappointed "
        + "with the president.")).extracting(Quote::speaker).containsExactly("Rep. Jennifer Dunn");
    assertThat(quotes("Spokesmen at the British and New Zealand embassies in Moscow said they were checking on reports."))
        .extracting(Quote::speaker).containsExactly("Spokesmen");
  }

  @Test
  void aComparisonIsNoPartOfTheSpeaker() {
    assertThat(quotes("Like Wang, Hu Jiangxia said the party would go on.")).extracting(Quote::speaker)
        .containsExactly("Hu Jiangxia");
  }

  @Test
  void aDateOrACapitalisedSaidInsideANameIsNoSpeakerFrame() {
    assertThat(quotes("The accused man, Mustafa Mahmoud Said Ahmed, was held in Dar es Salaam.")).isEmpty();
    assertThat(quotes("Ordinary Libyans said they resent the West. Two Libyans are wanted for the bombing."))
        .extracting(Quote::speaker).doesNotContain("Two Libyans");
  }

  @Test
  void wordsNotSaidAreNoQuote() {
    assertThat(quotes("Prosecutors have not said how the center relates to the campaign.")).isEmpty();
    assertThat(quotes("The ministry declined to say whether the talks would resume next week.")).isEmpty();
    assertThat(quotes("The ministry said the talks would not resume next week.")).hasSize(1);
  }

  @Test
  void anInstitutionByItsHeadWordOrAClaimingDocumentSpeaks() {
    assertThat(quotes("The airline said it would prune its fleet of aircraft to save money.")).extracting(Quote::speaker)
        .containsExactly("The airline");
    assertThat(quotes("The lawsuit claims the companies should have known about the wiring problems.")).extracting(Quote::speaker)
        .containsExactly("The lawsuit");
    assertThat(quotes("Senior executives insist they can go it alone without a partner.")).extracting(Quote::speaker)
        .containsExactly("Senior executives");
  }
}
