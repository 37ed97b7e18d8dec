package dev.newsbrief.cite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.story.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameIntroductionsTest {
  private static List<String> shown(Story story, List<Sentence> chosen) {
    Citer citer = new Citer(story);
    return NameIntroductions.of(story).apply(chosen, chosen.stream().map(citer::cite).toList(), citer::quoting)
        .stream().map(CitedSentence::shown).toList();
  }

  @Test
  void aSurnameAloneGetsTheFullNameInBracketsOnce() {
    Story story = Fixtures.story(
        "Police in London arrested former dictator Augusto Pinochet on Friday. The arrest angered Chile.",
        "Pinochet was arrested in a private clinic after surgery on his back. Pinochet denied the charges through lawyers.");
    List<Sentence> chosen = story.documents().get(1).sentences();
    assertThat(shown(story, chosen)).containsExactly(
        "[Augusto Pinochet] was arrested in a private clinic after surgery on his back.",
        "Pinochet denied the charges through lawyers.");
    CitedSentence first = NameIntroductions.of(story).apply(chosen, chosen.stream().map(new Citer(story)::cite).toList(),
        new Citer(story)::quoting).get(0);
    assertThat(first.text()).startsWith("Pinochet was arrested"); // the text stays verbatim
    assertThat(first.insertions().get(0).source().text()).contains("Augusto Pinochet");
  }

  @Test
  void aFamilyNameFirstIsFoundToo() {
    Story story = Fixtures.story(
        "Police detained the dissident Xu Wenli at his home in Beijing on Monday. Xu said he had expected it.",
        "Xu spent 12 years in prison for his writings. Xu was released in 1993 on parole.");
    assertThat(shown(story, List.of(story.documents().get(1).sentences().get(0))))
        .containsExactly("[Xu Wenli] spent 12 years in prison for his writings.");
  }

  @Test
  void aNameTwoPeopleShareOrAnOrganisationIsLeftAlone() {
    Story story = Fixtures.story(
        "Bill Clinton met Hillary Clinton and officials of Netscape Communications in Washington on Monday.",
        "Clinton said Netscape had asked for the meeting weeks before the talks in Washington.");
    assertThat(shown(story, story.documents().get(1).sentences()))
        .containsExactly("Clinton said Netscape had asked for the meeting weeks before the talks in Washington.");
  }

  @Test
  void theEndOfAnInstitutionsNameIsNoPerson() {
    Story story = Fixtures.story(
        "Samples went to the Centers for Disease Control in Atlanta and to the Institute of Biological Standards and Control.",
        "Control of the outbreak was the aim, officials said on Monday in Atlanta.");
    assertThat(shown(story, story.documents().get(1).sentences()))
        .containsExactly("Control of the outbreak was the aim, officials said on Monday in Atlanta.");
  }

  @Test
  void aCountedOrPluralNameIsNoPerson() {
    Story story = Fixtures.story(
        "Air France Concordes were grounded after the crash near Paris on Tuesday, officials said.",
        "British Airways grounded its entire fleet of seven Concordes on Tuesday after the crash near Paris.",
        "Air France said its five remaining Concordes would stay on the ground until the inquiry into the crash near Paris ends.",
        "French investigators looking into the crash last month of an Air France Concorde said Thursday that a piece of metal"
            + " caused it. Air France grounded its fleet after the crash near Paris.");
    assertThat(shown(story, story.documents().get(1).sentences()))
        .containsExactly("British Airways grounded its entire fleet of seven Concordes on Tuesday after the crash near Paris.");
    assertThat(shown(story, story.documents().get(2).sentences())).containsExactly(
        "Air France said its five remaining Concordes would stay on the ground until the inquiry into the crash near Paris ends.");
    // "Air France": the country after a word that is no given name is still no person's surname
    assertThat(shown(story, List.of(story.documents().get(3).sentences().get(1)))).containsExactly(
        "Air France grounded its fleet after the crash near Paris.");
  }

  @Test
  void aPlacesLastWordIsNoSurname() {
    // one report's slip ("Yew York") makes "York" look like a person's name: "New York" must stay as written
    Story story = Fixtures.story(
        "The families will fly from Yew York to Rhode Island. York said the flight was delayed. York was tired.",
        "The plane was heading for Cairo from New York on October 31 when it plunged into the ocean.");
    assertThat(shown(story, story.documents().get(1).sentences()))
        .containsExactly("The plane was heading for Cairo from New York on October 31 when it plunged into the ocean.");
  }

  @Test
  void thePersonsRoleGoesIntoTheBracketsWhenTheSentenceGivesNone() {
    Story story = Fixtures.story(
        "The balloon crossed the Atlantic on Sunday, mission control director Brian Smith said. Smith was pleased.",
        "Despite concerns about fuel, Smith said the pilots were confident they would reach North Africa.",
        "Thane Scott, the chief defense attorney, said the ruling was wrong. Scott said an appeal would follow.",
        "Scott says the findings of fact bode ill for Microsoft in the next phase of the trial.",
        "Defense attorney Scott said the appeal would be filed on Monday in the federal court in Washington.");
    assertThat(shown(story, story.documents().get(1).sentences())).containsExactly(
        "Despite concerns about fuel, [mission control director Brian Smith] said the pilots were confident they would reach North Africa.");
    assertThat(shown(story, story.documents().get(3).sentences())).containsExactly(
        "[chief defense attorney Thane Scott] says the findings of fact bode ill for Microsoft in the next phase of the trial.");
    // the sentence gives a role itself: the name alone
    assertThat(shown(story, story.documents().get(4).sentences())).containsExactly(
        "Defense attorney [Thane Scott] said the appeal would be filed on Monday in the federal court in Washington.");
  }

  @Test
  void aProfessorsSurnameGetsTheFullName() {
    Story story = Fixtures.story(
        "Professor John Oxford, a virologist at Queen Mary's hospital, said the virus was mild. Oxford said so twice.",
        "Professor Oxford said health officials will watch what happens to the virus in Australia.");
    assertThat(shown(story, story.documents().get(1).sentences())).containsExactly(
        "Professor [John Oxford] said health officials will watch what happens to the virus in Australia.");
  }

  @Test
  void aCountrysInitialsAreNoGivenName() {
    Story story = Fixtures.story(
        "Shares of U.S. Citigroup fell on Monday. Citigroup said it would raise capital. Citigroup was hit hard.",
        "Citigroup said it would cut 50,000 jobs as losses mounted in the financial crisis.");
    assertThat(shown(story, story.documents().get(1).sentences()))
        .containsExactly("Citigroup said it would cut 50,000 jobs as losses mounted in the financial crisis.");
    // nor is the start of an institution's name that goes on with "and"
    Story drug = Fixtures.story(
        "The drug won approval from the U.S. Federal Food and Drug Administration on Thursday. Food prices rose.",
        "Celebrex became the first inhibitor to win Food and Drug Administration approval on Thursday.");
    assertThat(shown(drug, drug.documents().get(1).sentences()))
        .containsExactly("Celebrex became the first inhibitor to win Food and Drug Administration approval on Thursday.");
  }

  @Test
  void initialsAreNoNameUsedAlone() {
    Story story = Fixtures.story(
        "The trial opened in Washington D.C. on Monday. Judge Jackson presides in Washington D.C. without a jury.",
        "Microsoft's lawyers were busy with the federal action against Microsoft in Washington, D.C.");
    assertThat(shown(story, story.documents().get(1).sentences()))
        .containsExactly("Microsoft's lawyers were busy with the federal action against Microsoft in Washington, D.C.");
  }

  @Test
  void treebankBracketsAndAnOrganisationsNameAreLeftAlone() {
    Story story = Fixtures.story(
        "The quake struck at 1653 local time -LRB- 2153 GMT -RRB- near Largs Bay on Tuesday, officials said.",
        "Reuters said the toll rose. Reuters reported more deaths. The Reuters Insider video showed the damage."
            + " Thomson Reuters said it would send more reporters.",
        "The quake struck at 1653 local time -LRB- 2153 GMT -RRB- south-west of the capital, Reuters said.");
    assertThat(shown(story, story.documents().get(2).sentences())).containsExactly(
        "The quake struck at 1653 local time -LRB- 2153 GMT -RRB- south-west of the capital, Reuters said.");
  }

  @Test
  void aNameOfTheFamilyIsStillThePersonTheReportsMostlyName() {
    // "the Shepard family" puts the name after "the", as "the Caribbean"; the reports still name one Shepard most
    Story story = Fixtures.story(
        "Matthew Shepard was beaten and tied to a fence. Matthew Shepard died on Monday. Shepard was 21.",
        "Judy Shepard spoke for the Shepard family on Tuesday. Shepard was buried on Friday, Matthew Shepard's friends said.",
        "Matthew Shepard was a student. Shepard was gay. Matthew Shepard had moved to Laramie.",
        "Shepard, a political science major, was not found for hours.");
    assertThat(shown(story, story.documents().get(3).sentences()))
        .containsExactly("[Matthew Shepard], a political science major, was not found for hours.");
  }

  @Test
  void aGivenNameEndingLikeANationalityIsStillAGivenName() {
    Story story = Fixtures.story(
        "In an interview published Saturday, President Hosni Mubarak said the setback could be overcome.",
        "Mubarak said explosions are a worldwide occurrence.");
    assertThat(shown(story, story.documents().get(1).sentences()))
        .containsExactly("[President Hosni Mubarak] said explosions are a worldwide occurrence.");
  }

  @Test
  void anAcronymIsGivenTheNameItStandsFor() {
    Story story = Fixtures.story(
        "Philippine Airlines said on Monday it would cut its fleet. PAL has lost money for two years.",
        "PAL pilots went on strike in June, and the airline shut down briefly.");
    assertThat(shown(story, story.documents().get(1).sentences()))
        .containsExactly("[Philippine Airlines (PAL)] pilots went on strike in June, and the airline shut down briefly.");
    assertThat(NameIntroductions.spells("NATO", new String[] {"North", "Atlantic", "Treaty", "Organization"})).isTrue();
    assertThat(NameIntroductions.spells("PAL", new String[] {"Philippine", "Airlines"})).isTrue();
    assertThat(NameIntroductions.spells("PAL", new String[] {"Cathay", "Pacific", "Airways"})).isFalse();
    // a joiner gives no letter: "Reserve Bank of India", "Centers for Disease Control"
    assertThat(NameIntroductions.spells("RBI", new String[] {"Reserve", "Bank", "of", "India"})).isTrue();
    assertThat(NameIntroductions.spells("CDC", new String[] {"Centers", "for", "Disease", "Control"})).isTrue();
    Story banks = Fixtures.story(
        "The Reserve Bank of India allowed banks to deal in the euro. The RBI said rules would follow.",
        "The RBI has set up a working group to study the implications of the euro.");
    assertThat(shown(banks, banks.documents().get(1).sentences()))
        .containsExactly("The [Reserve Bank of India (RBI)] has set up a working group to study the implications of the euro.");
  }

  @Test
  void anInstitutionNamedByItsHeadIsNoPerson() {
    Story story = Fixtures.story(
        "The Palestinian Cabinet met in Gaza. The Consultative Assembly approved the budget.",
        "The Israeli Cabinet put off action on the accord, and the Assembly of Experts met in Tehran.");
    assertThat(shown(story, story.documents().get(1).sentences()))
        .containsExactly("The Israeli Cabinet put off action on the accord, and the Assembly of Experts met in Tehran.");
  }

  @Test
  void theAcronymTestAgreesWithTheRegexItReplaces() {
    java.util.regex.Pattern acronym = java.util.regex.Pattern.compile("\\p{Lu}{2,5}");
    String alphabet = "ABZaz\u00c9\u00e9\u0394\u03b4\u0416\u2160\u24b6-.1 ";
    java.util.Random random = new java.util.Random(17);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int len = random.nextInt(8); len > 0; len--) {
        if (random.nextInt(20) == 0) b.appendCodePoint(0x1D400 + random.nextInt(26)); // mathematical bold capitals (Lu, outside the BMP)
        else b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      org.assertj.core.api.Assertions.assertThat(NameIntroductions.isAcronym(s)).as(s).isEqualTo(acronym.matcher(s).matches());
    }
  }

  /** Two reports; the second one's sentence as the summary shows it. */
  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> secondReportShown() {
    return java.util.stream.Stream.of(
        // a surname with its particle gets the full name
        org.junit.jupiter.params.provider.Arguments.of(
            "The report implicates South Africa's last apartheid-era president, F.W. de Klerk, in illegal acts.",
            "Tutu said the commission would excise de Klerk's name from the report for now.",
            List.of("Tutu said the commission would excise [F.W. de Klerk]'s name from the report for now.")),
        // words of an institution's name after an acronym or a possessive are no surnames
        org.junit.jupiter.params.provider.Arguments.of(
            "Doctors at Buffalo Women's clinic met on Monday. The Gynecological Services unit stayed open all week.",
            "Susan Ward, a spokeswoman for Buffalo GYN Women's Services, said the clinic had been warned on Friday.",
            List.of("Susan Ward, a spokeswoman for Buffalo GYN Women's Services, said the clinic had been warned on Friday.")),
        // a word written twice is a slip, not a longer full name
        org.junit.jupiter.params.provider.Arguments.of(
            "Fernando Henrique Cardoso Cardoso led on Monday. President Fernando Henrique Cardoso thanked voters.",
            "Cardoso seems to have clinched a first-round win, and investors cheered on Monday.",
            List.of("[President Fernando Henrique Cardoso] seems to have clinched a first-round win, and investors cheered on Monday.")),
        // the end of an institution's name after "of" is no surname
        org.junit.jupiter.params.provider.Arguments.of(
            "The museum keeps its Natural Sciences collection in Philadelphia, curators said on Monday.",
            "The National Academy of Sciences published a book this year on the theory of evolution.",
            List.of("The National Academy of Sciences published a book this year on the theory of evolution.")),
        // a sentence's first word the reports also write in lower case is no surname
        org.junit.jupiter.params.provider.Arguments.of(
            "Biodynamic Farming is the name growers give the method. Organic farming came later to the valley.",
            "Farming by the movement of the planets and the moon may sound like weird science to growers.",
            List.of("Farming by the movement of the planets and the moon may sound like weird science to growers.")),
        // a name two people share, one of them named far more often: that one
        org.junit.jupiter.params.provider.Arguments.of(
            "Police detained Qin Yongmin on Monday. Qin Yongmin had founded the party. Qin Yongmin was calm. "
                + "His friend Qin Xiaoguang said nothing.",
            "Qin was taken from his home in Wuhan on Monday night by police. Qin said he had expected it.",
            List.of("[Qin Yongmin] was taken from his home in Wuhan on Monday night by police.", "Qin said he had expected it.")));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("secondReportShown")
  void namesAreIntroducedAsTheReportsWriteThem(String first, String second, List<String> shown) {
    Story story = Fixtures.story(first, second);
    assertThat(shown(story, story.documents().get(1).sentences())).containsExactlyElementsOf(shown);
  }

  @Test
  void aNameTwoPeopleShareAboutEquallyMakesASentenceThatCannotStandAlone() {
    Story story = Fixtures.story(
        "Police detained Liu Nianchun on Monday, and Liu Qing on Tuesday. Liu Nianchun had founded the party; Liu Qing joined it.",
        "Liu was never put on trial, officials said. Liu was released in 1993 on parole.");
    NameIntroductions names = NameIntroductions.of(story);
    List<Sentence> second = story.documents().get(1).sentences();
    assertThat(second).allMatch(names::namesSomeoneAmbiguously);
    assertThat(names.namesSomeoneAmbiguously(story.documents().get(0).sentences().get(0))).isFalse();
  }

  @Test
  void aNameTwoPeopleShareIsTheOnePersonItsOwnReportNamedBefore() {
    Story story = Fixtures.story(
        "China's deputy minister of justice, Zhang Geng, spoke at a United Nations session in Vienna on Wednesday. "
            + "Zhang said that China appreciates the efforts of the United Nations in crime prevention.",
        "Police chief Zhang Fusen said crime fell in Beijing last year. Zhang said arrests rose by a third.",
        "Zhang was praised by delegates in Vienna, officials said. Zhang was also criticised.");
    NameIntroductions names = NameIntroductions.of(story);
    Sentence zhangGengsReport = story.documents().get(0).sentences().get(1);
    assertThat(names.namesSomeoneAmbiguously(zhangGengsReport)).isFalse();
    assertThat(shown(story, List.of(zhangGengsReport, story.documents().get(1).sentences().get(1)))).containsExactly(
        "[Zhang Geng] said that China appreciates the efforts of the United Nations in crime prevention.",
        "[Police chief Zhang Fusen] said arrests rose by a third.");
    // a report that never wrote which Zhang it means: no bracket can say
    assertThat(names.namesSomeoneAmbiguously(story.documents().get(2).sentences().get(0))).isTrue();
  }
}
