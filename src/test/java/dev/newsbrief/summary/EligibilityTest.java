package dev.newsbrief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.text.Analyzer;
import org.junit.jupiter.api.Test;

class EligibilityTest {
  private static boolean eligible(String sentence) {
    Sentence s = Analyzer.analyze(new Article("a", "", sentence, null, null, null, "test")).sentences().get(0);
    return Eligibility.eligible(s);
  }

  @Test
  void aDescriptionOfWhatTheReportNamedBeforePointsBackAtIt() {
    dev.newsbrief.model.Document d = Analyzer.analyze(new Article("a", "", "Regulators approved a new flu drug made by Roche on Monday.\n\n"
        + "The drug will reach pharmacies across Europe within weeks, officials said.\n\n"
        + "The economy grew faster than expected in the third quarter, the ministry said.", null, null, null, "test"));
    // "the drug": named one sentence before, which the reader of a summary does not see
    assertThat(Eligibility.secondMentionSubject(d, d.sentences().get(1))).isTrue();
    // "the economy": first mentioned here, it stands alone
    assertThat(Eligibility.secondMentionSubject(d, d.sentences().get(2))).isFalse();
    // the report's first sentence never points back
    assertThat(Eligibility.secondMentionSubject(d, d.sentences().get(0))).isFalse();
  }

  @Test
  void aDescriptionAnywhereOfWhatTheReportNamedBeforeKeepsTheSentenceOffTheTimeline() {
    dev.newsbrief.story.Story story = dev.newsbrief.Fixtures.story(
        "Lawmakers in Tianjin passed a rule against smoking in council buildings last December after a long debate.\n\n"
            + "More than 30 signs have been placed inside council buildings since lawmakers passed the rule last December.\n\n"
            + "Officials of the province said on Monday that the region needed more solar power stations.\n\n"
            + "At present, solar panels light thousands of homes in many parts of the region.\n\n"
            + "Smoking among teenagers rose by a third over the past decade, a survey of schools found.\n\n"
            + "Work on solar power stations will start in the spring, officials said on Monday.\n\n"
            + "Solar panels were fitted on 300 roofs in Yinchuan, the biggest town of the region, last year.");
    var sentences = story.documents().get(0).sentences();
    // "the rule" was named one sentence before: a summary read as a paragraph keeps it, a timeline entry not
    assertThat(Eligibility.eligible(story, sentences.get(1))).isTrue();
    assertThat(Eligibility.eligibleOnTimeline(story, sentences.get(1))).isFalse();
    // "the region" needs placing wherever it stands, last word or not: neither keeps it
    assertThat(Eligibility.eligible(story, sentences.get(3))).isFalse();
    // "the past decade" is placed without being introduced; the report's first sentence points back at nothing
    assertThat(Eligibility.eligibleOnTimeline(story, sentences.get(4))).isTrue();
    assertThat(Eligibility.eligibleOnTimeline(story, sentences.get(0))).isTrue();
    // "the spring, officials said": a comma ends the description; "officials" named before is no part of it
    assertThat(Eligibility.eligibleOnTimeline(story, sentences.get(5))).isTrue();
    // "in Yinchuan, the biggest town of the region": the sentence names the place it describes
    assertThat(Eligibility.eligibleOnTimeline(story, sentences.get(6))).isTrue();
  }

  @Test
  void whatMostReportsTellOfIsPlacedByTheBriefingAroundIt() {
    dev.newsbrief.story.Story story = dev.newsbrief.Fixtures.story(
        "Engineers tried again on Sunday to stop the oil slick spreading across the gulf.\n\n"
            + "Officials said on Monday that a robot sub sprayed chemicals on the slick.\n\n"
            + "Fishermen sued the operator over a survey of the fishing grounds.\n\n"
            + "Officials said on Tuesday that the survey had been done in a hurry.",
        "The slick reached the coast of Louisiana on Monday as engineers prepared a new cap.",
        "The operator said the slick could be broken up by August with more chemicals.");
    var sentences = story.documents().get(0).sentences();
    // "the slick": every report tells of it
    assertThat(Eligibility.eligibleOnTimeline(story, sentences.get(1))).isTrue();
    // "the survey": one report's, named a sentence before
    assertThat(Eligibility.eligibleOnTimeline(story, sentences.get(3))).isFalse();
  }

  @Test
  void aPhraseThatLeansOnASentenceBeforeDoesNotStandAlone() {
    assertThat(eligible("In that same period, New York City cut its violent crime rate by 47 percent.")).isFalse();
    assertThat(eligible("Many of those have committed any number of crimes before, the police said on Monday.")).isFalse();
    assertThat(eligible("On May 4, for example, there was a single crime article in the Daily News on page 24.")).isFalse();
    assertThat(eligible("In the same way, the governor signed the order without waiting for the court.")).isFalse();
    // "the same ... as" names what it compares with; "same-sex" compares with nothing
    assertThat(eligible("Rescuers reached the village on the same day as the storm reached the coast of Florida.")).isTrue();
    assertThat(eligible("The House voted to ban same-sex marriages in federal buildings on Tuesday.")).isTrue();
  }

  @Test
  void aSourceOrAQuotedPersonTheSentenceDoesNotNameDoesNotStandAlone() {
    // "him": whom, only the sentence before said; a name first anchors it
    assertThat(eligible("“I would think it doesn't help him with conservative voters in New York,” said Michael Long, a party chairman."))
        .isFalse();
    assertThat(eligible("“Clinton knows it doesn't help him with conservative voters in New York,” said Michael Long, a party chairman."))
        .isTrue();
    // a source given as a description alone
    assertThat(eligible("According to the official, medical supplies have been sent to the malaria-prone districts of Kenya.")).isFalse();
    assertThat(eligible("Chemists found traces of explosives on a piece of wreckage from the cabin, the newspaper said.")).isFalse();
    // ... not when the description names it
    assertThat(eligible("According to the official Xinhua news agency, medical supplies have been sent to the districts of Kenya."))
        .isTrue();
    assertThat(eligible("Chemists found traces of explosives on a piece of wreckage, the New York Times newspaper said.")).isTrue();
    assertThat(eligible("Among those was Karla Faye Tucker, the first woman executed in Texas since the Civil War.")).isFalse();
    assertThat(eligible("“Rapid rates of warming are likely to increase rates of habitat loss,” the report says.")).isFalse();
    assertThat(eligible("“Rapid rates of warming are likely to increase rates of habitat loss,” the WWF report says.")).isTrue();
  }

  @Test
  void aCountedSetTheReportToldOfBeforeDoesNotStandAlone() {
    assertThat(eligible("The five criminals were sentenced to death for crimes such as theft and hooliganism.")).isFalse();
    assertThat(eligible("The 12 jurors deliberated for three days before reaching a verdict in the trial.")).isFalse();
    assertThat(eligible("Five criminals were sentenced to death for crimes such as theft and hooliganism.")).isTrue();
    // which regulation: the sentence before said, and the reader of one sentence cannot tell Tianjin's from Beijing's
    assertThat(eligible("The regulation, approved by the local People's Congress, will go into effect on October 15.")).isFalse();
  }

  @Test
  void acceptsAnOrdinaryReportedSentence() {
    assertThat(eligible("Kerry met Lavrov in Geneva on Friday to discuss a ceasefire in the north of the country.")).isTrue();
    assertThat(eligible("\"We will keep talking,\" Kerry told reporters after the meeting in Geneva on Friday.")).isTrue();
  }

  @Test
  void rejectsAQuoteWithoutItsSpeaker() {
    assertThat(eligible("\"We are going to keep talking until the guns fall silent across the whole country.\"")).isFalse();
  }

  @Test
  void rejectsAQuoteThatRunsIntoAnotherSentence() {
    assertThat(eligible("\"We are going to keep talking until the guns fall silent across the country, he said.")).isFalse();
  }

  @Test
  void rejectsCaptionsCreditsAndShortLines() {
    assertThat(eligible("Photograph: Volunteers fill sandbags outside the town hall in Marrow Ford on Monday.")).isFalse();
    assertThat(eligible("Reuters contributed to this report from Geneva and from Moscow today.")).isFalse();
    assertThat(eligible("Read more about the talks.")).isFalse();
  }

  @Test
  void rejectsFragmentsAndDanglingOpeners() {
    assertThat(eligible("the talks which had been planned for weeks in Geneva and in New York")).isFalse();
    assertThat(eligible("He said the talks would resume in Geneva on Friday after a long pause.")).isFalse();
    assertThat(eligible("But the talks did not resume in Geneva on Friday after a long pause.")).isFalse();
    assertThat(eligible("Will the talks resume in Geneva on Friday after such a long pause?")).isFalse();
  }

  @Test
  void rejectsAPronounOrDescriptionTheReaderCannotPlace() {
    assertThat(eligible("Asked about the vote in parliament, he said the coalition would hold together.")).isFalse();
    assertThat(eligible("In their statement on Monday, officials said the dam had been inspected.")).isFalse();
    assertThat(eligible("The deal was signed in Geneva on Friday after weeks of bargaining.")).isFalse();
    assertThat(eligible("The two men were arrested at the border crossing near Kilis on Sunday.")).isFalse();
    assertThat(eligible("If convicted, they face maximum life sentences in a federal prison.")).isFalse();
    assertThat(eligible("\u201cBomb, Mahane Yehuda,\u201d they told passersby in the market.")).isFalse();
    assertThat(eligible("Tens of thousands of others were stranded as ports were shut.")).isFalse();
    assertThat(eligible("Many of the disqualified candidates were supporters of President Khatami.")).isFalse();
    assertThat(eligible("The foreign ministry on Friday protested the invitation by Greek deputies.")).isFalse();
    assertThat(eligible("(Astronomers designate objects moving earthward as meteoroids.")).isFalse();
    assertThat(eligible("The country was forced to nationalise its three biggest banks within a week.")).isFalse();
    assertThat(eligible("Swine flu cases close UK school Nine new cases of swine flu have been confirmed in the UK.")).isFalse();
    assertThat(eligible("The Taliban, the Islamic movement that controls most of Afghanistan, refused.")).isFalse();
    assertThat(eligible("The Palestinians, in turn, accuse Israel of reneging on an agreement.")).isFalse();
    assertThat(eligible("Slepian, who lived in this suburb of Buffalo, was shot on Friday night.")).isFalse();
  }

  @Test
  void acceptsPronounsAndDescriptionsIntroducedInTheSentence() {
    assertThat(eligible("Kerry said his talks with Lavrov in Geneva on Friday had been constructive.")).isTrue();
    assertThat(eligible("The Swedish carmaker Volvo said its profits fell sharply in the third quarter of the year.")).isTrue();
    assertThat(eligible("The deal between Russia and the United States was signed in Geneva on Friday.")).isTrue();
    assertThat(eligible("The two men who fled the prison were arrested at the border on Sunday.")).isTrue();
    assertThat(eligible("The Turkish foreign ministry protested the invitation by Greek deputies on Friday.")).isTrue();
    assertThat(eligible("Turkey protested this week against an invitation to the rebel leader by Greek deputies.")).isTrue();
    assertThat(eligible("The tribunal in The Hague will hear the case of the two suspects in May.")).isTrue();
  }

  @Test
  void existentialThereAndSoFarDoNotDangle() {
    assertThat(eligible("There were no immediate reports of damage to the satellites in orbit.")).isTrue();
    assertThat(eligible("So far the economies of the region have weathered the crisis well.")).isTrue();
    assertThat(eligible("There the ministers met again to discuss the ceasefire on Friday.")).isFalse();
    assertThat(eligible("So the government will depend on tax increases to raise the money.")).isFalse();
  }

  @Test
  void aQuoteIntroducedByAnotherSpeechVerbIsAttributed() {
    assertThat(eligible("A statement from the army demanded \"that steps be taken to allow an early end of this situation.\"")).isTrue();
  }

  @Test
  void rejectsEditorsNotes() {
    assertThat(eligible("EDITOR'S NOTE — The writer is the bureau chief in the city and reports on the region.")).isFalse();
  }

  @Test
  void rejectsSentencesThatAddToAnUnseenOne() {
    assertThat(eligible("The observatory also reported heavy air strikes near Damascus on Sunday.")).isFalse();
    assertThat(eligible("Kerry met Lavrov again in Geneva on Friday to discuss the truce.")).isFalse();
    assertThat(eligible("Kerry met Lavrov in Geneva on Friday and also spoke to the French foreign minister.")).isTrue();
  }

  @Test
  void commentHeadersAndPhotoCaptionsAreFurniture() {
    assertThat(eligible("At 9:37 pm on 30 Oct 2009, trainbleu wrote: Swine flu can start as a bad bout of sickness.")).isFalse();
    assertThat(eligible("July 17, 2010: The containment stack is shown at the site of the oil spill in the Gulf.")).isFalse();
    assertThat(eligible("The containment stack held overnight at the site of the oil spill in the Gulf.")).isTrue();
  }

  @Test
  void aListAnnouncedOrADescriptionAfterAnOpeningClauseDoesNotStandAlone() {
    assertThat(eligible("Two questions now hang over Philippine Airlines and its owner.")).isFalse();
    assertThat(eligible("Even without harsh budget cuts, the situation still looks grim for the governors.")).isFalse();
    assertThat(eligible("The warning forecast the Aug. 7 bombing in several particulars, the officials said.")).isFalse();
    // a description introduced in its own sentence is fine
    assertThat(eligible("Even without harsh budget cuts, the situation in Brazil's four largest states looks grim.")).isTrue();
  }

  @Test
  void aTimeCountedFromAnEventNotNamedDoesNotStandAlone() {
    assertThat(eligible("Seconds later, an explosion shook the whole market area.")).isFalse();
    assertThat(eligible("Two days later, the cabinet suspended its talks on the accord.")).isFalse();
    assertThat(eligible("Later, police said the attackers had planned a larger blast.")).isFalse();
    assertThat(eligible("Shortly after the bombing, police sealed off the Mahane Yehuda market.")).isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "1:57 CO-PILOT I rely on God and the crew.", // a line of a transcript
      "Defense attorneys countered that McKinney didn't intend to kill anyone that night.", // answers the unsaid
      "Ken Wasch replied that the software association was thriving.",
      "We welcome comments that advance the story through relevant opinion, anecdotes, links and data.", // page furniture
      "Views expressed in the comments do not represent those of Reuters.",
      "For a clear understanding of the issues involved, visit: We welcome comments that advance the story.",
      "1028 Countries around the world are scrambling to send assistance to Haiti.", // a live page's time stamp
      "WASHINGTON | Wed Jan 26 , 2011 5:13 pm EST WASHINGTON -LRB- Reuters -RRB- - Democrats pressed for new laws .",
      "NAZER AND FRANGINA , CHILDREN IN DELMAS The moment six-year-old Nazer Erne emerged in the arms of a rescuer.",
      "The spill was caused by British oil major BP Plc -LRB- BP . L -RRB- -LRB- BP .", // a treebank bracket left open
      "Lawyers interpreted that to mean that Microsoft did not intend to make changes.", // interpreted what?
      "Walid Murad further demanded that Egypt receive the wreck of the plane.", // adds to what was not shown
      "Walid Murad demanded that Egypt receive the black boxes, the pro-government newspaper said.", // which newspaper?
      "Many countries plan to hold the euro, the magazine quoted bank chief Wim Duisenberg as saying.",
      "Second : the financial crisis and what it means for the election .", // a list's item
      "L -RRB- struggles to stop the gushing deep-sea oil well off Louisiana .", // cut after a bracket
      "Following is a transcript of the final two minutes of the cockpit conversation.", // announces what follows
      "Here are the milestones in Microsoft's antitrust dealings with the government:",
      "Joel Klein, antitrust chief at the Justice Department, would not rule out this Draconian penalty.",
      "Neither state has a law that covers crimes against gays and lesbians.",
      "Another alternative would be for Microsoft to divest its popular Office software.",
      "The trio drifted further north last Monday over the Pacific Ocean.",
      "The council ordered the ministry to study the possibility as the currency goes into circulation.",
      "His lawyer asked that she be forced to transfer the money to a joint account within 14 days."})
  void rejectsTranscriptsAnnouncementsAndWhatTheSentenceDoesNotSay(String sentence) {
    assertThat(eligible(sentence)).isFalse();
  }

  @Test
  void firstPersonTestimonyIsNoTimelineEvent() {
    dev.newsbrief.story.Story story = dev.newsbrief.Fixtures.story(
        "The earthquake struck Port-au-Prince on Tuesday. My family live in Port-au-Prince near the cathedral.",
        "The earthquake struck Port-au-Prince on Tuesday, killing thousands, officials said on Wednesday.");
    Sentence testimony = story.documents().get(0).sentences().get(1);
    assertThat(Eligibility.firstPerson(testimony)).isTrue();
    assertThat(Eligibility.eligibleOnTimeline(story, testimony)).isFalse();
    assertThat(Eligibility.eligibleOnTimeline(story, story.documents().get(1).sentences().get(0))).isTrue();
  }

  @Test
  void acceptsTheSameWordsWhereTheSentenceSaysWhatTheyAre() {
    assertThat(eligible("The council ordered the ministry to study the possibility of holding euro reserves.")).isTrue();
    assertThat(eligible("Prosecutors said the money from the sale was hidden in Swiss bank accounts.")).isTrue();
    assertThat(eligible("Egyptian officials ordered further tests on the wreck of EgyptAir Flight 990 on Monday.")).isTrue();
    assertThat(eligible("NATO and EU leaders met in Brussels on Monday to discuss the crisis in Ukraine.")).isTrue();
    assertThat(eligible("Three people died in floods in the town, the fire service said on Tuesday.")).isTrue();
    assertThat(eligible("Ken Wasch replied to the charge that his association was failing by citing its revenue.")).isTrue();
    assertThat(eligible("The Justice Department sued this Tuesday to block the merger of the two firms.")).isTrue();
    assertThat(eligible("At 1:57 a.m. the pilot of EgyptAir Flight 990 switched off the autopilot, investigators said.")).isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "The panel refused, to avoid appearing embarrassed in front of the commission.", // refused what?
      "Lesser-known officials could face charges too.", // as well as whom?
      "If you don't come forward, you will be prosecuted by the state.", // someone's words, unquoted
      "Fayez Zeidan was not immediately available for comment on Tuesday.", // no fact of the story
      "A spokesman for the ministry declined to comment on Friday."})
  void rejectsSentencesThatLeanOnOneBefore(String sentence) {
    assertThat(eligible(sentence)).isFalse();
    // quoted, "you" is the speaker's
    assertThat(eligible("\"If you don't come forward, you will be prosecuted,\" Tutu told reporters on Monday.")).isTrue();
  }
}
