package dev.newsbrief.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.DatedValue.Source;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.text.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ReportDaterTest {
  private static final Path KERRY_LAVROV = Path.of("../shared/data/kerry-lavrov-2016");

  private static Document doc(String id, String text, LocalDate published) {
    return Analyzer.analyze(new Article(id, "", text, null, null, published, "test"));
  }

  @Test
  void aPublicationDateIsGiven() {
    DatedValue d = ReportDater.date(List.of(doc("a", "Talks resumed on Monday.", LocalDate.of(2016, 10, 12)))).get(0);
    assertThat(d).isEqualTo(DatedValue.given(LocalDate.of(2016, 10, 12)));
  }

  @Test
  void aReportWithoutEvidenceStaysUndated() {
    DatedValue d = ReportDater.date(List.of(doc("a", "Talks resumed. Both sides said progress was made.", null))).get(0);
    assertThat(d.isKnown()).isFalse();
    assertThat(d.source()).isEqualTo(Source.NONE);
    assertThat(d.granularity()).isEqualTo(Granularity.UNKNOWN);
  }

  @Test
  void yearsMentionedAloneDoNotDateAReport() {
    DatedValue d = ReportDater.date(List.of(doc("a", "The war broke out in 2011 and killed thousands.", null))).get(0);
    assertThat(d.isKnown()).isFalse();
    assertThat(d.evidence()).contains("2011");
  }

  @Test
  void aDatelineGivesTheDay() {
    DatedValue d = ReportDater.date(List.of(doc("a", "Tuesday, September 16, 2008. Lehman is heading into court today.", null))).get(0);
    assertThat(d.date()).isEqualTo(LocalDate.of(2008, 9, 16));
    assertThat(d.granularity()).isEqualTo(Granularity.DAY);
    assertThat(d.source()).isEqualTo(Source.INFERRED);
  }

  @Test
  void aWeekdayThatNamesAWrittenDateFixesTheDayInTheStorysYear() {
    Document dated = doc("dated", "Kerry flew to Rome on Friday.", LocalDate.of(2016, 12, 3));
    Document undated = doc("undated", "Kerry met Lavrov in Hamburg on Wednesday. Lavrov backed the proposal of December 2."
        + " The proposal, made in Rome last Friday, calls for a withdrawal. Russia blocked a resolution on Monday.", null);
    DatedValue d = ReportDater.date(List.of(dated, undated)).get(1);
    assertThat(d.date()).isEqualTo(LocalDate.of(2016, 12, 7));
    assertThat(d.granularity()).isEqualTo(Granularity.DAY);
    assertThat(d.source()).isEqualTo(Source.INFERRED);
    assertThat(d.confidence()).isBetween(0.1, 0.9);
    assertThat(d.evidence()).contains("last Friday").contains("December 2").contains("2016");
  }

  @Test
  void theStorysYearAloneGivesYearGranularity() {
    Document dated = doc("dated", "Kerry flew to Rome on Friday.", LocalDate.of(2016, 12, 3));
    Document undated = doc("undated", "Kerry met Lavrov on Wednesday. They talked for an hour.", null);
    DatedValue d = ReportDater.date(List.of(dated, undated)).get(1);
    assertThat(d.date()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(d.granularity()).isEqualTo(Granularity.YEAR);
  }

  @Test
  void theAgeOfTheConflictAndItsStartGiveTheYear() {
    Document a = doc("a", "The uprising began in March 2011. Diplomats met on Thursday.", null);
    Document b = doc("b", "Talks aim to end the five-year-old conflict.", null);
    List<DatedValue> d = ReportDater.date(List.of(a, b));
    assertThat(d).allSatisfy(v -> {
      assertThat(v.date()).isEqualTo(LocalDate.of(2016, 1, 1));
      assertThat(v.granularity()).isEqualTo(Granularity.YEAR);
      assertThat(v.evidence()).contains("2011").contains("5 years");
    });
  }

  @Test
  void placesTheKerryLavrovReportsIn2016() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(KERRY_LAVROV), KERRY_LAVROV + " absent: skipping the reference cluster");
    List<Document> story = new ArrayList<>();
    try (Stream<Path> files = Files.list(KERRY_LAVROV)) {
      for (Path p : files.sorted().toList()) story.add(doc(p.getFileName().toString(), Files.readString(p), null));
    }
    List<DatedValue> d = ReportDater.date(story);
    for (int i = 0; i < d.size(); i++) System.out.println("kerry-lavrov " + story.get(i).id() + " -> " + d.get(i));
    assertThat(d).allSatisfy(v -> {
      assertThat(v.source()).isEqualTo(Source.INFERRED);
      assertThat(v.date().getYear()).isEqualTo(2016);
      assertThat(v.evidence()).isNotBlank();
    });
    // the Munich talks (Thursday 11 February) and the Hamburg talks (Wednesday 7 December)
    assertThat(d.get(3).date()).isEqualTo(LocalDate.of(2016, 2, 11));
    assertThat(d.get(3).granularity()).isEqualTo(Granularity.DAY);
    assertThat(d.get(4).date()).isEqualTo(LocalDate.of(2016, 12, 7));
    assertThat(d.get(4).granularity()).isEqualTo(Granularity.DAY);
    // the September and October reports carry no written month or date: year only, never a made-up day
    for (int i = 0; i < 3; i++) assertThat(d.get(i).granularity()).isEqualTo(Granularity.YEAR);
  }
}
