package dev.newsbrief.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.TimeExpression;
import dev.newsbrief.model.TimeExpression.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2016, 10, 12);

  private static List<String> values(String text, LocalDate anchor) {
    return TemporalTagger.tag(text, anchor).stream().map(TimeExpression::value).toList();
  }

  private static TimeExpression only(String text, LocalDate anchor) {
    List<TimeExpression> found = TemporalTagger.tag(text, anchor);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void weekdaysLeanWithTheTense() {
    assertThat(values("Russia on Saturday vetoed a resolution.", WEDNESDAY)).containsExactly("2016-10-08");
    assertThat(values("Kerry will meet Lavrov on Saturday.", WEDNESDAY)).containsExactly("2016-10-15");
    assertThat(values("Officials said on Wednesday that talks would resume.", WEDNESDAY)).containsExactly("2016-10-12");
    assertThat(values("He said he hoped Saturday's talks would be fruitful.", WEDNESDAY)).containsExactly("2016-10-15");
    assertThat(values("The proposal made in Rome last Friday stands.", LocalDate.of(2016, 12, 7))).containsExactly("2016-12-02");
    assertThat(values("Schools stay closed through Monday.", WEDNESDAY)).containsExactly("2016-10-17");
  }

  @Test
  void weekdayCarriesTextAndOffsets() {
    String text = "Russia on Saturday vetoed a resolution.";
    TimeExpression t = only(text, WEDNESDAY);
    assertThat(text.substring(t.start(), t.end())).isEqualTo("on Saturday").isEqualTo(t.text());
    assertThat(t.granularity()).isEqualTo(Granularity.DAY);
    assertThat(t.date()).isEqualTo(LocalDate.of(2016, 10, 8));
    assertThat(t.kind()).isEqualTo(Kind.DATE);
  }

  @Test
  void relativeDaysWeeksMonthsYears() {
    assertThat(values("It fell yesterday and rose today.", WEDNESDAY)).containsExactly("2016-10-11", "2016-10-12");
    assertThat(values("Talks broke off last week.", WEDNESDAY)).containsExactly("2016-W40");
    assertThat(values("An attack earlier this week killed 20.", WEDNESDAY)).containsExactly("2016-W41");
    assertThat(values("The assault began last month.", WEDNESDAY)).containsExactly("2016-09");
    assertThat(values("A vote is due next month.", WEDNESDAY)).containsExactly("2016-11");
    assertThat(values("It happened two days ago.", WEDNESDAY)).containsExactly("2016-10-10");
    assertThat(values("Moscow intervened just over a year ago.", WEDNESDAY)).containsExactly("2015");
    assertThat(values("Moscow launched an air war last year.", WEDNESDAY)).containsExactly("2015");
  }

  @Test
  void explicitDatesWithAndWithoutYear() {
    assertThat(values("He backed the proposal of December 2.", LocalDate.of(2016, 12, 7))).containsExactly("2016-12-02");
    assertThat(values("Since Feb. 4, jets flew 510 missions.", LocalDate.of(2016, 2, 11))).containsExactly("2016-02-04");
    assertThat(values("Russia has proposed a March 1 ceasefire.", LocalDate.of(2016, 2, 11))).containsExactly("2016-03-01");
    assertThat(values("It was signed on 2 December 2016.", null)).containsExactly("2016-12-02");
    assertThat(values("Filed 12/02/2016 in court.", null)).containsExactly("2016-12-02");
    assertThat(values("The uprising began in March 2011.", null)).containsExactly("2011-03");
    assertThat(values("Talks open Saturday, October 15, 2016.", null)).containsExactly("2016-10-15");
  }

  @Test
  void withoutAnchorRelativeValuesKeepPlaceholders() {
    TimeExpression t = only("He backed the proposal of December 2.", null);
    assertThat(t.value()).isEqualTo("XXXX-12-02");
    assertThat(t.date()).isNull();
    assertThat(t.granularity()).isEqualTo(Granularity.DAY);
    assertThat(values("Russia on Saturday vetoed it.", null)).containsExactly("XXXX-WXX-6");
  }

  @Test
  void monthsSeasonsYearsDecades() {
    LocalDate september = LocalDate.of(2016, 9, 23);
    assertThat(values("Aleppo has been surrounded since July.", september)).containsExactly("2016-07");
    assertThat(values("Rebels have held it since mid-2012.", september)).containsExactly("2012");
    assertThat(values("Prices rose this summer.", september)).containsExactly("2016-SU");
    assertThat(values("A vaccine may be ready by the autumn.", LocalDate.of(2009, 5, 3))).containsExactly("2009-FA");
    assertThat(values("It may reach Mexico in the fall of 2010.", null)).containsExactly("2010-FA");
    assertThat(values("He worked there during the 1990s.", null)).containsExactly("199");
    assertThat(values("Profit fell in the third quarter of 2008.", null)).containsExactly("2008-Q3");
  }

  @Test
  void rangesAndDurations() {
    assertThat(values("It killed 55 people in the last 48 hours.", WEDNESDAY)).containsExactly("PT48H");
    assertThat(values("They flew 500 missions over the past week.", WEDNESDAY)).containsExactly("P1W");
    assertThat(values("a resolution to the five-year-old conflict", WEDNESDAY)).containsExactly("P5Y");
    assertThat(values("a call for a seven-day ceasefire", WEDNESDAY)).containsExactly("P7D");
    assertThat(values("The city has been divided for years.", WEDNESDAY)).containsExactly("PXY");
    assertThat(values("The season runs from June 1 to the end of November.", LocalDate.of(2010, 5, 14)))
        .containsExactly("2010-06-01", "2010-11");
    assertThat(only("They met for three hours.", WEDNESDAY).kind()).isEqualTo(Kind.DURATION);
  }

  @Test
  void narrativeExpressionsCountFromTheStorysDay() {
    assertThat(values("On Monday the army declared the truce over. A day later the bombing resumed.", WEDNESDAY))
        .containsExactly("2016-10-10", "2016-10-11");
  }

  @Test
  void vagueReferences() {
    assertThat(values("Supplies are now running low.", WEDNESDAY)).containsExactly("PRESENT_REF");
    assertThat(values("Growth has slowed recently.", WEDNESDAY)).containsExactly("PAST_REF");
    assertThat(values("Prices could soon hit record levels.", WEDNESDAY)).containsExactly("FUTURE_REF");
    assertThat(only("Supplies are now running low.", WEDNESDAY).kind()).isEqualTo(Kind.REFERENCE);
  }

  @Test
  void numbersNamesAndGreetingsAreNotDates() {
    assertThat(values("About 2000 people fled; resolution 2254 passed.", WEDNESDAY)).isEmpty();
    assertThat(values("He told The Sunday Times about it.", WEDNESDAY)).isEmpty();
    assertThat(values("The siege on Aleppo; as soon as possible; Merry Christmas!", WEDNESDAY)).isEmpty();
    assertThat(values("Officials may meet Theresa May.", WEDNESDAY)).isEmpty();
  }

  @Test
  void aHolidayNamingAKindOfThingIsNoDate() {
    assertThat(values("A fire turned a dance hall jammed with Halloween revelers into a deathtrap.", WEDNESDAY)).isEmpty();
    assertThat(values("Christmas shoppers crowded the mall.", WEDNESDAY)).isEmpty();
    assertThat(only("The fire broke out on Halloween night.", WEDNESDAY).value()).isEqualTo("2016-10-31");
  }

  @Test
  void onlyTheGivenRegionIsSearched() {
    String text = "Yesterday it rained. On Saturday it snowed.";
    List<TimeExpression> found = TemporalTagger.tag(text, 21, text.length(), WEDNESDAY);
    assertThat(found).extracting(TimeExpression::text).containsExactly("On Saturday");
    assertThat(found.get(0).start()).isEqualTo(21);
  }

  @Test
  void namesAreNoDatesAndOlderYearsKeepTheirYear() {
    assertThat(values("As the cortege entered, the Dead March was played by the organist.", WEDNESDAY)).isEmpty();
    assertThat(values("In March, talks resumed.", WEDNESDAY)).containsExactly("2016-03");
    assertThat(values("She was born on 12 November 1854 in Llanidloes.", WEDNESDAY)).containsExactly("1854-11-12");
    assertThat(values("He died on 12 November 2009 in London.", WEDNESDAY)).containsExactly("2009-11-12");
  }
}
