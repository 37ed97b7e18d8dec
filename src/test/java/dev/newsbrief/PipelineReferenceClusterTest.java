package dev.newsbrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.ingest.Ingest;
import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Removal;
import dev.newsbrief.model.Source;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.model.Voice;
import dev.newsbrief.story.Story;
import dev.newsbrief.summary.Summarizer;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's first proof: the briefing of the reference cluster (read from ../shared). */
class PipelineReferenceClusterTest {
  private static Story story;
  private static Brief brief;

  @BeforeAll
  static void brief() throws Exception {
    var dir = Fixtures.shared("kerry-lavrov-2016");
    var articles = Ingest.read(List.of(dir.toString()), InputStream.nullInputStream()).articles();
    Pipeline pipeline = new Pipeline();
    story = pipeline.analyse(articles);
    brief = pipeline.brief(story, Pipeline.Options.DEFAULT);
  }

  @Test
  void summaryIsWithinBudgetDrawnFromSeveralReportsAndVerbatim() {
    int words = brief.summary().stream().mapToInt(s -> Summarizer.words(s.text())).sum();
    assertThat(words).isBetween(60, Pipeline.Options.DEFAULT_WORDS);
    Set<Integer> reports = new HashSet<>();
    for (CitedSentence s : brief.summary()) {
      Citation q = s.quoted();
      reports.add(q.source());
      Document d = story.documents().get(q.source() - 1);
      assertThat(d.article().text().substring(q.start(), q.end())).isEqualTo(s.text());
    }
    assertThat(reports).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void everyCitationPointsAtTheSentenceItQuotes() {
    for (CitedSentence s : brief.summary()) {
      assertThat(s.citations()).isNotEmpty();
      for (Citation c : s.citations()) {
        String text = story.documents().get(c.source() - 1).article().text();
        assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
      }
    }
  }

  @Test
  void noRemovedFurnitureReachesTheBriefing() {
    for (Document d : story.documents()) {
      for (Removal r : d.removed()) {
        for (CitedSentence s : brief.summary()) assertThat(r.text()).doesNotContain(s.text());
        for (TimelineEntry t : brief.timeline()) assertThat(r.text()).doesNotContain(t.sentence().text());
      }
    }
    String all = String.join(" ", brief.summary().stream().map(CitedSentence::text).toList());
    assertThat(all).doesNotContain("READ MORE").doesNotContain("See Full Article").doesNotContain("Theresa May");
  }

  @Test
  void theMainDiplomaticThreadIsCovered() {
    String all = String.join(" ", brief.summary().stream().map(CitedSentence::text).toList()).toLowerCase();
    assertThat(all).contains("talks").contains("ceasefire").contains("aleppo");
  }

  @Test
  void reportsAreDatedFromTheirTextWithoutInventingDays() {
    for (Source s : brief.sources()) {
      DatedValue d = s.date();
      assertThat(d.source()).isNotEqualTo(DatedValue.Source.GIVEN);
      if (d.isKnown()) assertThat(d.date().getYear()).isEqualTo(2016);
    }
    assertThat(brief.sources().get(3).date().date()).isEqualTo(LocalDate.of(2016, 2, 11)); // Munich
    assertThat(brief.sources().get(4).date().date()).isEqualTo(LocalDate.of(2016, 12, 7)); // Hamburg
  }

  @Test
  void timelineIsInDateOrderWithoutRepeats() {
    assertThat(brief.timeline()).isNotEmpty();
    for (int i = 1; i < brief.timeline().size(); i++) {
      assertThat(brief.timeline().get(i).date().sortKey()).isAfterOrEqualTo(brief.timeline().get(i - 1).date().sortKey());
    }
    assertThat(brief.timeline().stream().map(t -> t.sentence().text()).distinct().count()).isEqualTo(brief.timeline().size());
  }

  @Test
  void talksOfReportsDatedOnlyToTheYearAppearWithThatDate() {
    var coarse = brief.timeline().stream().filter(t -> t.date().granularity() == dev.newsbrief.model.Granularity.YEAR).toList();
    assertThat(coarse).isNotEmpty().allSatisfy(t -> assertThat(t.date().date().getYear()).isEqualTo(2016));
    String all = String.join(" ", brief.timeline().stream().map(t -> t.sentence().text()).toList());
    assertThat(all).contains("Switzerland").contains("ISSG").contains("Germany"); // Lausanne, New York, Hamburg
    assertThat(brief.timeline()).anySatisfy(t -> assertThat(t.date().date()).isEqualTo(LocalDate.of(2016, 2, 11))); // Munich
  }

  @Test
  void voicesNameTheMainSpeakers() {
    List<String> names = brief.voices().stream().map(Voice::name).toList();
    assertThat(names).anyMatch(n -> n.contains("Kerry")).anyMatch(n -> n.contains("Lavrov")).anyMatch(n -> n.contains("Putin"));
    assertThat(brief.voices().stream().filter(v -> v.name().contains("Kerry")).count()).isEqualTo(1);
  }
}
