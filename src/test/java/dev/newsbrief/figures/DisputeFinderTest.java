package dev.newsbrief.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.DisputedFigure;
import dev.newsbrief.model.Document;
import dev.newsbrief.text.Analyzer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisputeFinderTest {
  private static Document doc(String id, String text) {
    return Analyzer.analyze(new Article(id, "", text, null, null, null, id));
  }

  private static final Map<String, Integer> SOURCES = Map.of("a", 1, "b", 2, "c", 3);

  /** Two reports of one day, the first as source 1 and the second as source 2, that show no dispute. */
  private static void assertNoDispute(String first, String second) {
    assertThat(DisputeFinder.find(List.of(doc("a", first), doc("b", second)), SAME_DAY, SOURCES)).isEmpty();
  }

  @Test
  void sameDayReportsThatDifferDisagree() {
    Document a = doc("a", "More than 250,000 people are trapped under siege in eastern Aleppo.");
    Document b = doc("b", "Some 275,000 people remain trapped in eastern Aleppo, the UN said.");
    Map<String, DatedValue> dates = Map.of("a", DatedValue.given(LocalDate.of(2016, 10, 12)),
        "b", DatedValue.given(LocalDate.of(2016, 10, 13)));
    List<DisputedFigure> found = DisputeFinder.find(List.of(a, b), dates, SOURCES);
    assertThat(found).hasSize(1);
    DisputedFigure d = found.get(0);
    assertThat(d.kind()).isEqualTo(DisputedFigure.Kind.DISAGREEMENT);
    assertThat(d.quantity()).startsWith("people").contains("trapped");
    assertThat(d.values()).extracting(v -> v.figure().value()).containsExactly(250_000.0, 275_000.0);
    assertThat(d.values()).extracting(DisputedFigure.SourcedFigure::source).containsExactly(1, 2);
  }

  @Test
  void aTollThatRisesOverWeeksChanged() {
    Document a = doc("a", "The conflict has killed more than a quarter-million people since 2011.");
    Document b = doc("b", "The war has killed more than 300,000 people, monitors say.");
    Map<String, DatedValue> dates = Map.of("a", DatedValue.given(LocalDate.of(2016, 2, 11)),
        "b", DatedValue.given(LocalDate.of(2016, 10, 12)));
    List<DisputedFigure> found = DisputeFinder.find(List.of(b, a), dates, SOURCES);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(DisputedFigure.Kind.CHANGED);
    assertThat(found.get(0).values()).extracting(v -> v.figure().value()).containsExactly(250_000.0, 300_000.0);
  }

  @Test
  void aSharedUnitWithoutSharedContextIsNoDispute() {
    Document a = doc("a", "More than 250,000 people are trapped under siege in eastern Aleppo.");
    Document b = doc("b", "The station supplies water to some 200,000 people in the west of the city.");
    Document c = doc("c", "About 250,000 people are trapped in eastern Aleppo without food.");
    Map<String, DatedValue> dates = Map.of();
    assertThat(DisputeFinder.find(List.of(a, b), dates, SOURCES)).isEmpty();
    // equal values are agreement, not dispute
    assertThat(DisputeFinder.find(List.of(a, c), dates, SOURCES)).isEmpty();
  }

  private static final Map<String, DatedValue> SAME_DAY = Map.of("a", DatedValue.given(LocalDate.of(1998, 10, 30)),
      "b", DatedValue.given(LocalDate.of(1998, 10, 30)), "c", DatedValue.given(LocalDate.of(1998, 10, 30)));

  @Test
  void aTollAndAnInjuredCountAreTwoQuantities() {
    Document a = doc("a", "The fire killed 60 people and injured 162 others in Goteborg.");
    Document b = doc("b", "The fire killed 63 people and injured 155 others in Goteborg.");
    List<DisputedFigure> found = DisputeFinder.find(List.of(a, b), SAME_DAY, SOURCES);
    assertThat(found).hasSize(2);
    // a toll that differs within a day has most often moved: wires update a story during the day
    assertThat(found).extracting(d -> d.values().get(0).figure().value()).containsExactlyInAnyOrder(60.0, 162.0);
    assertThat(found).filteredOn(d -> d.values().get(0).figure().value() == 60.0)
        .allSatisfy(d -> assertThat(d.kind()).isEqualTo(DisputedFigure.Kind.CHANGED));
  }

  @Test
  void aRateAndATotalAreTwoQuantities() {
    // the same words around them, but barrels a day against barrels spilled so far
    assertNoDispute("The well is leaking about 5,000 barrels of oil a day into the Gulf, officials estimate.",
        "The well has leaked about 12,000 barrels of oil into the Gulf, officials estimate.");
    List<DisputedFigure> rates = DisputeFinder.find(List.of(
        doc("a", "The well is leaking about 5,000 barrels of oil a day into the Gulf, officials estimate."),
        doc("b", "The well is leaking about 6,000 barrels of oil per day into the Gulf, officials estimate.")), SAME_DAY, SOURCES);
    assertThat(rates).hasSize(1);
  }

  @Test
  void aCountryAndTheWorldAreTwoScopes() {
    assertNoDispute("Swine flu has killed 26 people in Mexico, health officials said.",
        "Swine flu has killed 31 people worldwide, health officials said.");
    assertNoDispute("Swine flu has killed 26 people in the United States, health officials said.",
        "Swine flu has killed 31 people in Mexico, health officials said.");
  }

  @Test
  void namedSourcesAtOddsDisagreeAndAreShown() {
    Document a = doc("a", "The army said 30 people were killed in the attack on Goteborg.");
    Document b = doc("b", "The rebels said 40 people were killed in the attack on Goteborg.");
    List<DisputedFigure> found = DisputeFinder.find(List.of(a, b), SAME_DAY, SOURCES,
        f -> f.articleId().equals("a") ? "The army" : "The rebels");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(DisputedFigure.Kind.DISAGREEMENT);
    assertThat(found.get(0).values()).extracting(DisputedFigure.SourcedFigure::claimant).containsExactly("The army", "The rebels");
  }

  @Test
  void deadAndKilledAreOneCountAndCountsOfPeopleAreExact() {
    Document a = doc("a", "A total of 248 people were killed in the Nairobi bombing.");
    Document b = doc("b", "The Nairobi bombing left 250 dead, officials said.");
    List<DisputedFigure> found = DisputeFinder.find(List.of(a, b), SAME_DAY, SOURCES);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).values()).extracting(v -> v.figure().value()).containsExactlyInAnyOrder(248.0, 250.0);
  }

  @Test
  void milesAndKilometresAreConvertedAndRoundingIsNoDispute() {
    assertNoDispute("The oil slick was 42 miles long off the Louisiana coast.",
        "The oil slick was about 68 kilometres long off the Louisiana coast."); // 42 miles is 67.6 km
    assertNoDispute("BP reported a loss of $17bn for the quarter on its oil spill.",
        "BP reported a loss of $17.2 billion for the quarter on its oil spill.");
  }

  @Test
  void sharesOfAWholeFarApartAreDifferentQuantities() {
    assertNoDispute("Cardoso won 56 percent of the vote in the Brazilian election.",
        "Lula won 34 percent of the vote in the Brazilian election.");
  }

  @Test
  void anEarlierEventAndVagueWordsAreNoDispute() {
    assertNoDispute("The dance hall fire killed 60 people in Goteborg on Thursday.",
        "A hotel fire in 1978 killed 20 people in Boras, near Goteborg.");
    assertNoDispute("The dance hall fire killed 60 people in Goteborg on Thursday.",
        "The dance hall fire killed dozens of people in Goteborg on Thursday.");
  }

  @Test
  void anAdditionIsNotATotalAndAPartIsNotTheWhole() {
    assertNoDispute("The cold wave has killed 56 people across Europe, officials said.",
        "The cold wave killed 20 more people across Europe, officials said.");
    assertNoDispute("The cold wave has killed 32 people in Poland, police said.",
        "The cold wave has killed at least 62 people, police said.");
  }
}
