package dev.newsbrief.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.eval.tls.TimelineReader;
import dev.newsbrief.model.Document;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTaskTest {
  private static final String SEP = "-".repeat(32) + "\n";

  @Test
  void roundsHalvesToEvenAsPythonDoes() {
    assertThat(TimelineTask.roundHalfEven(0.5)).isZero();
    assertThat(TimelineTask.roundHalfEven(1.5)).isEqualTo(2);
    assertThat(TimelineTask.roundHalfEven(2.5)).isEqualTo(2);
    assertThat(TimelineTask.roundHalfEven(3.5)).isEqualTo(4);
    assertThat(TimelineTask.roundHalfEven(2.51)).isEqualTo(3);
    assertThat(TimelineTask.roundHalfEven(98.0 / 48)).isEqualTo(2);
  }

  @Test
  void takesLAndKFromTheReference() {
    // 4 dates, 10 sentences: mean 2.5, which Python rounds to 2
    String ref = "2010-04-22\na .\nb .\nc .\n" + SEP + "2010-04-20\nd .\ne .\n" + SEP
        + "2010-05-02\nf .\ng .\nh .\n" + SEP + "2010-04-30\ni .\nj .\n" + SEP;
    TimelineTask task = TimelineTask.of("spill", "bbc.txt", TimelineReader.parse(ref));
    assertThat(task.dates()).isEqualTo(4);
    assertThat(task.sentencesPerDate()).isEqualTo(2);
    assertThat(task.from()).isEqualTo(LocalDate.of(2010, 4, 20));
    assertThat(task.to()).isEqualTo(LocalDate.of(2010, 5, 2));
    assertThat(task.id()).isEqualTo("spill/bbc");

    // 2 dates, 7 sentences: mean 3.5, which rounds up to the even 4
    String odd = "2010-04-20\na .\nb .\nc .\n" + SEP + "2010-04-21\nd .\ne .\nf .\ng .\n" + SEP;
    assertThat(TimelineTask.of("t", "r.txt", TimelineReader.parse(odd)).sentencesPerDate()).isEqualTo(4);
  }

  @Test
  void showsOnlyReportsPublishedWithinTheReferenceSpan() {
    String ref = "2010-04-20\na .\n" + SEP + "2010-04-25\nb .\n" + SEP;
    TimelineTask task = TimelineTask.of("t", "r.txt", TimelineReader.parse(ref));
    List<Document> docs = List.of(doc("before", "2010-04-19"), doc("first", "2010-04-20"), doc("mid", "2010-04-22"),
        doc("last", "2010-04-25"), doc("after", "2010-04-26"));
    assertThat(task.window(docs)).extracting(Document::id).containsExactly("first", "mid", "last");
  }

  private static Document doc(String id, String date) {
    return TimelineBenchmark.document(id, LocalDate.parse(date), List.of("Something happened ."), "test");
  }
}
