package dev.newsbrief.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatedValueTest {
  private static DatedValue of(LocalDate d, Granularity g) {
    return new DatedValue(d, g, DatedValue.Source.INFERRED, 0.5, "");
  }

  @Test
  void theLastDayEndsThePeriodAndCoarseValuesSortAtTheirEnd() {
    assertThat(of(LocalDate.of(2016, 10, 12), Granularity.DAY).lastDay()).isEqualTo(LocalDate.of(2016, 10, 12));
    // a weekend is dated by its Saturday: its week ends on the Sunday after
    assertThat(of(LocalDate.of(2016, 10, 8), Granularity.WEEK).lastDay()).isEqualTo(LocalDate.of(2016, 10, 9));
    assertThat(of(LocalDate.of(2016, 2, 1), Granularity.MONTH).lastDay()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(of(LocalDate.of(2016, 6, 1), Granularity.SEASON).lastDay()).isEqualTo(LocalDate.of(2016, 8, 31));
    assertThat(of(LocalDate.of(2016, 1, 1), Granularity.YEAR).sortKey()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(of(LocalDate.of(2016, 2, 1), Granularity.MONTH).sortKey()).isEqualTo(LocalDate.of(2016, 2, 1));
    assertThat(DatedValue.undated().lastDay()).isNull();
  }
}
