package dev.newsbrief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.Fixtures;
import dev.newsbrief.Pipeline;
import dev.newsbrief.model.Article;
import dev.newsbrief.model.Brief;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.render.MarkdownRenderer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestEventTest {
  private static final String SPILL = "The dam at Marrow Ford spilled over on Monday and about 1,200 residents left their homes,"
      + " county officials said. Engineers said the spillway had held through the night despite the heavy rain. ";
  private static final String REPAIR = "The county approved repairs to the Marrow Ford spillway costing 4 million dollars on"
      + " Tuesday, and work will start in the spring, officials said. ";

  private static Article report(String id, LocalDate day, String text) {
    return new Article(id, "Marrow Ford dam", text, "Outlet " + id, null, day, "test");
  }

  @Test
  void aStorylineOpensWithWhatItsLatestEventAddsAndNothingTheEarlierReportsSaid() {
    LocalDate march = LocalDate.of(2024, 3, 4);
    List<Article> reports = List.of(report("a", march, SPILL), report("b", march.plusDays(1), SPILL),
        report("c", march.plusDays(30), SPILL + REPAIR), report("d", march.plusDays(31), REPAIR + SPILL));
    Brief brief = new Pipeline().brief(reports, Pipeline.Options.DEFAULT);
    assertThat(brief.latest().date()).isEqualTo(march.plusDays(31));
    assertThat(brief.latest().summary()).isNotEmpty().extracting(CitedSentence::text)
        .allMatch(t -> t.contains("repairs"));
    assertThat(MarkdownRenderer.render(brief)).contains("## Latest (4 Apr 2024)\n\n- The county approved repairs");
    // the summary, read next, tells what came before and does not say the repairs again
    assertThat(brief.summary()).isNotEmpty().extracting(CitedSentence::text).noneMatch(t -> t.contains("repairs"));
  }

  @Test
  void aStoryOfOneWeekHasNoLatestSection() {
    LocalDate march = LocalDate.of(2024, 3, 4);
    List<Article> reports = List.of(report("a", march, SPILL), report("b", march.plusDays(6), SPILL + REPAIR));
    Brief brief = new Pipeline().brief(reports, Pipeline.Options.DEFAULT);
    assertThat(brief.latest().isEmpty()).isTrue();
    assertThat(MarkdownRenderer.render(brief)).doesNotContain("## Latest");
  }

  @Test
  void theReferenceClustersBriefingOpensWithTheDecemberTalks() throws Exception {
    var dir = Fixtures.shared("kerry-lavrov-2016");
    var articles = dev.newsbrief.ingest.Ingest.read(List.of(dir.toString()), null).articles();
    Brief brief = new Pipeline().brief(articles, Pipeline.Options.DEFAULT);
    assertThat(brief.latest().date()).isEqualTo(LocalDate.of(2016, 12, 7));
    assertThat(brief.latest().summary()).isNotEmpty()
        .allSatisfy(s -> assertThat(s.citations()).allMatch(c -> c.source() == 5));
    assertThat(brief.latest().summary().get(0).text()).contains("no breakthrough");
  }
}
