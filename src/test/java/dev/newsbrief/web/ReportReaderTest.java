package dev.newsbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.store.NewReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ReportReaderTest {
  @Test
  void aGzippedUploadIsReadAsTheFileItHolds() throws Exception {
    String html = "<!doctype html><html><head><title>Bridge reopens</title></head><body><article><p>The old river bridge"
        + " reopened on Monday after two years of repairs, the county said, and the first cars crossed it at dawn.</p>"
        + "</article></body></html>";
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(packed)) {
      z.write(html.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(ReportReader.extension("Saved Page.HTML.gz", "application/gzip")).isEqualTo("html");
    List<NewReport> read = ReportReader.file("page.html.gz", "application/gzip", packed.toByteArray(), "upload", null);
    assertThat(read).singleElement().satisfies(r -> {
      assertThat(r.title()).isEqualTo("Bridge reopens");
      assertThat(r.text()).startsWith("The old river bridge reopened");
    });
  }
}
