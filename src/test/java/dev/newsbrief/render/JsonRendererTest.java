package dev.newsbrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    assertThat(root.at("/sources/0/copyOf").isNull()).isTrue();
  }
}
