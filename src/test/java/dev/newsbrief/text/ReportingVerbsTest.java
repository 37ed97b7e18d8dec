package dev.newsbrief.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportingVerbsTest {
  @Test
  void anIngFormIsShownInThePastTenseAndOtherFormsAsWritten() {
    assertThat(ReportingVerbs.shown("insisting")).isEqualTo("insisted");
    assertThat(ReportingVerbs.shown("saying")).isEqualTo("said");
    assertThat(ReportingVerbs.shown("noting")).isEqualTo("noted");
    assertThat(ReportingVerbs.shown("denying")).isEqualTo("denied");
    assertThat(ReportingVerbs.shown("says")).isEqualTo("says");
    assertThat(ReportingVerbs.shown("according to")).isEqualTo("according to");
    assertThat(ReportingVerbs.shown("morning")).isEqualTo("morning"); // not a reporting verb
    assertThat(ReportingVerbs.shown("quoted")).isEqualTo("said"); // shown under the person quoted
    assertThat(ReportingVerbs.shown("allegations")).isEqualTo("alleged");
  }
}
