package dev.newsbrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Granularity;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  @Test
  void writesTheDocumentedSchema() throws Exception {
    JsonNode root = new ObjectMapper().readTree(JsonRenderer.render(HtmlRendererTest.hostileBrief()));
    assertThat(root.get("schema").asText()).isEqualTo("newsbrief.brief/3");
    assertThat(root.fieldNames()).toIterable().containsExactly(
        "schema", "headline", "latest", "summary", "timeline", "voices", "disputedFigures", "sources", "notes");
    JsonNode cite = root.at("/summary/0/citations/0");
    assertThat(cite.fieldNames()).toIterable().containsExactly("source", "id", "sentence", "start", "end", "text", "similarity");
    JsonNode date = root.at("/sources/0/date");
    assertThat(date.get("value").asText()).isEqualTo("2016-10-12");
    assertThat(date.get("granularity").asText()).isEqualTo("day");
    assertThat(date.get("source").asText()).isEqualTo("given");
    assertThat(date.get("label").asText()).isEqualTo("12 Oct 2016");
    assertThat(root.at("/sources/0/copyOf").isNull()).isTrue();
  }

  @Test
  void eachDateCarriesTheLabelTheOtherFormatsWriteWithoutTheInferredMark() {
    java.time.LocalDate monday = java.time.LocalDate.of(2016, 10, 3);
    assertThat(label(new DatedValue(monday, Granularity.WEEK, DatedValue.Source.INFERRED, 0.5, "last week")))
        .isEqualTo("week of 3 Oct 2016");
    assertThat(label(new DatedValue(monday, Granularity.MONTH, DatedValue.Source.GIVEN, 1, ""))).isEqualTo("Oct 2016");
    assertThat(label(new DatedValue(java.time.LocalDate.of(2016, 12, 7), Granularity.DAY, DatedValue.Source.INFERRED, 0.6, "x")))
        .isEqualTo("7 Dec 2016");
    assertThat(label(new DatedValue(monday, Granularity.YEAR, DatedValue.Source.GIVEN, 1, ""))).isEqualTo("2016");
    assertThat(label(DatedValue.undated())).isEqualTo("undated");
    assertThat(JsonRenderer.date(DatedValue.undated()).get("value").isNull()).isTrue();
  }

  @Test
  void anEntryReportedOnItsReportsDaySaysSoInEveryFormat() throws Exception {
    DatedValue day = DatedValue.given(java.time.LocalDate.of(2016, 10, 12));
    var sentence = new dev.newsbrief.model.CitedSentence("Aid ran out.", List.of());
    var reported = new dev.newsbrief.model.TimelineEntry(day, sentence, null, true);
    var happened = new dev.newsbrief.model.TimelineEntry(day, sentence, null);
    assertThat(Dates.show(reported)).isEqualTo("reported 12 Oct 2016");
    assertThat(Dates.show(happened)).isEqualTo("12 Oct 2016");
    JsonNode root = new ObjectMapper().readTree(JsonRenderer.render(HtmlRendererTest.withTimeline(List.of(reported, happened))));
    assertThat(root.at("/timeline/0/reported").asBoolean()).isTrue();
    assertThat(root.at("/timeline/1").has("reported")).isFalse();
    assertThat(MarkdownRenderer.render(HtmlRendererTest.withTimeline(List.of(reported)))).contains("**reported 12 Oct 2016**");
    assertThat(HtmlRenderer.render(HtmlRendererTest.withTimeline(List.of(reported)))).contains(">reported 12 Oct 2016</time>");
  }

  private static String label(DatedValue d) {
    JsonNode n = JsonRenderer.date(d);
    assertThat(n.fieldNames()).toIterable().startsWith("value", "label", "granularity", "source", "confidence");
    return n.get("label").asText();
  }
}
