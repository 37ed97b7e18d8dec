package dev.newsbrief.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbrief.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir Path dir;

  private static NewReport report(String title, String text) {
    return new NewReport(title, text, null, null, null, "test", null);
  }

  @Test
  void aReportsAnalysisIsKeptAcrossReopeningReplacedByANewerOneAndGoesWithTheReport() {
    long report;
    try (Store s = Store.open(dir)) {
      long story = Ids.parse(s.createStory("Dam").id(), 's').getAsLong();
      report = Ids.parse(s.addReport(story, report("Dam", "The dam held.")).report().id(), 'r').getAsLong();
      s.saveAnalysis(report, "k1", new byte[] {1, 2, 3});
      assertThat(s.analysis(report, "k1")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
      assertThat(s.analysis(report, "k2")).isEmpty();
    }
    try (Store s = Store.open(dir)) {
      assertThat(s.analysis(report, "k1")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
      // read another way (another cleaning, newer code): the new analysis takes the old one's place
      s.saveAnalysis(report, "k2", new byte[] {4});
      assertThat(s.analysis(report, "k1")).isEmpty();
      assertThat(s.analysis(report, "k2")).hasValueSatisfying(b -> assertThat(b).containsExactly(4));
      assertThat(s.deleteReport(report)).isTrue();
      assertThat(s.analysis(report, "k2")).isEmpty();
      // a report deleted while it was being analysed: nothing is kept, nothing fails
      s.saveAnalysis(report, "k3", new byte[] {5});
      assertThat(s.analysis(report, "k3")).isEmpty();
    }
  }

  @Test
  void storiesAndReportsRoundTripAndSurviveReopening() {
    String storyId;
    String reportId;
    try (Store s = Store.open(dir)) {
      StoryInfo story = s.createStory("Aleppo talks");
      storyId = story.id();
      long key = Ids.parse(storyId, 's').getAsLong();
      Added a = s.addReport(key, new NewReport("Talks open", "Ministers met in Lausanne on Saturday.\n\nThey spoke.",
          "Wire", "https://example.org/a", LocalDate.of(2016, 10, 15), "paste",
          new NewReport.Original("a.html", "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8))));
      assertThat(a.duplicate()).isFalse();
      reportId = a.report().id();
      assertThat(a.report().hasOriginal()).isTrue();
    }
    try (Store s = Store.open(dir)) {
      long key = Ids.parse(storyId, 's').getAsLong();
      assertThat(s.story(key)).get().extracting(StoryInfo::name, StoryInfo::reports).containsExactly("Aleppo talks", 1);
      List<Article> articles = s.articles(key);
      assertThat(articles).singleElement().satisfies(art -> {
        assertThat(art.id()).isEqualTo(reportId);
        assertThat(art.text()).isEqualTo("Ministers met in Lausanne on Saturday.\n\nThey spoke.");
        assertThat(art.published()).isEqualTo(LocalDate.of(2016, 10, 15));
        assertThat(art.url()).isEqualTo("https://example.org/a");
      });
      long rk = Ids.parse(reportId, 'r').getAsLong();
      assertThat(s.original(rk)).get().extracting(o -> new String(o.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>x</p>");
    }
  }

  @Test
  void aStorysTextIsCountedAsBriefingReadsIt() {
    try (Store s = Store.open(dir)) {
      long story = Ids.parse(s.createStory("x").id(), 's').getAsLong();
      assertThat(s.textChars(story, 100)).isZero();
      s.addReport(story, report("Short", "Twelve chars"));
      s.addReport(story, report("Long", "y".repeat(500)));
      // each report up to the cap: 12 + 100
      assertThat(s.textChars(story, 100)).isEqualTo(112);
    }
  }

  @Test
  void duplicatesByTextOrUrlAreFoundNotStored() {
    try (Store s = Store.open(dir)) {
      long story = Ids.parse(s.createStory("x").id(), 's').getAsLong();
      Added first = s.addReport(story, new NewReport("A", "Same words here.", null, "https://e.org/1", null, "t", null));
      Added sameText = s.addReport(story, report("B", "  Same   words\nhere. "));
      Added sameUrl = s.addReport(story, new NewReport("C", "Other words.", null, "https://e.org/1", null, "t", null));
      assertThat(sameText.duplicate()).isTrue();
      assertThat(sameText.report().id()).isEqualTo(first.report().id());
      assertThat(sameUrl.duplicate()).isTrue();
      assertThat(s.reports(story, 10, 0).total()).isEqualTo(1);
      // another story may hold the same report
      long other = Ids.parse(s.createStory("y").id(), 's').getAsLong();
      assertThat(s.addReport(other, report("B", "Same words here.")).duplicate()).isFalse();
    }
  }

  @Test
  void conflictsAndMissingStories() {
    try (Store s = Store.open(dir)) {
      s.createStory("dup");
      assertThatThrownBy(() -> s.createStory("dup")).isInstanceOf(Conflict.class);
      assertThatThrownBy(() -> s.addReport(999, report("t", "x"))).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void paginationCountsTheWholeList() {
    try (Store s = Store.open(dir)) {
      long story = Ids.parse(s.createStory("p").id(), 's').getAsLong();
      for (int i = 0; i < 7; i++) s.addReport(story, report("t" + i, "Report number " + i + " says a thing."));
      Page<ReportInfo> p = s.reports(story, 3, 5);
      assertThat(p.total()).isEqualTo(7);
      assertThat(p.items()).extracting(ReportInfo::title).containsExactly("t5", "t6");
    }
  }

  @Test
  void searchFindsStemmedWordsWithSnippetOffsets() {
    try (Store s = Store.open(dir)) {
      long story = Ids.parse(s.createStory("q").id(), 's').getAsLong();
      s.addReport(story, report("Ceasefire", "The rebels rejected the proposal. Diplomats were negotiating late into the night."));
      s.addReport(story, report("Weather", "It rained in Geneva."));
      Page<SearchHit> hits = s.search("negotiations", 10, 0);
      assertThat(hits.total()).isEqualTo(1);
      SearchHit h = hits.items().get(0);
      assertThat(h.title()).isEqualTo("Ceasefire");
      assertThat(h.matches()).hasSize(2);
      assertThat(h.snippet().substring(h.matches()[0], h.matches()[1])).isEqualTo("negotiating");
      assertThat(s.search("title:ceasefire OR geneva", 10, 0).total()).isEqualTo(2);
      assertThat(s.search("\"unbalanced quote", 10, 0).total()).isZero();
    }
  }

  @Test
  void deletingAReportRemovesItFromSearchAndTheSignatureChanges() {
    try (Store s = Store.open(dir)) {
      long story = Ids.parse(s.createStory("d").id(), 's').getAsLong();
      String before = s.signature(story);
      Added a = s.addReport(story, report("One", "Alpha bravo charlie."));
      String after = s.signature(story);
      assertThat(after).isNotEqualTo(before);
      assertThat(s.deleteReport(Ids.parse(a.report().id(), 'r').getAsLong())).isTrue();
      assertThat(s.search("bravo", 10, 0).total()).isZero();
      assertThat(s.signature(story)).isEqualTo(before);
    }
  }

  @Test
  void briefingVersionsGrowAndPersist() {
    try (Store s = Store.open(dir)) {
      long story = Ids.parse(s.createStory("b").id(), 's').getAsLong();
      assertThat(s.saveBriefing(story, "0:0:0", "{}", "md", "html", null).version()).isEqualTo(1);
      assertThat(s.saveBriefing(story, "1:1:1", "{\"a\":1}", "md", "html", null).version()).isEqualTo(2);
    }
    try (Store s = Store.open(dir)) {
      StoredBriefing b = s.briefing(1).orElseThrow();
      assertThat(b.version()).isEqualTo(2);
      assertThat(b.json()).isEqualTo("{\"a\":1}");
    }
  }

  @Test
  void upgradesAVersionOneDatabaseKeepingItsReports() throws Exception {
    try (Store s = Store.open(dir, 1, 1000)) {
      assertThat(s.schemaVersion()).isEqualTo(1);
    }
    // write rows the way version 1 did (no content hash column yet)
    String url = "jdbc:h2:file:" + dir.resolve("db").resolve("newsbrief").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url, "newsbrief", "")) {
      c.createStatement().execute("INSERT INTO stories(name, created_at) VALUES ('old', CURRENT_TIMESTAMP)");
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO reports(story_id, title, text, added_at) VALUES (1, 'Old report', ?, ?)")) {
        p.setString(1, "Written before hashes existed.");
        p.setObject(2, OffsetDateTime.now());
        p.executeUpdate();
      }
    }
    try (Store s = Store.open(dir)) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.LATEST);
      assertThat(s.articles(1)).extracting(Article::title).containsExactly("Old report");
      // the backfilled hash dedupes, the reconciled index finds the old report, new tables work
      assertThat(s.addReport(1, report("again", "Written  before hashes existed.")).duplicate()).isTrue();
      assertThat(s.search("hashes", 10, 0).total()).isEqualTo(1);
      assertThat(s.addFeed(1L, "https://e.org/feed", 300).id()).isEqualTo("f1");
      assertThat(s.saveBriefing(1, "x", "{}", "", "", null).version()).isEqualTo(1);
    }
  }

  @Test
  void aDatabaseFromANewerVersionIsRefused() throws Exception {
    try (Store s = Store.open(dir)) {
      s.createStory("x");
    }
    String url = "jdbc:h2:file:" + dir.resolve("db").resolve("newsbrief").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url, "newsbrief", "")) {
      c.createStatement().execute("INSERT INTO schema_version(version) VALUES (" + (Migrations.LATEST + 1) + ")");
    }
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("newer");
  }

  @Test
  void aLostOrDamagedIndexIsRebuiltFromTheDatabase() throws Exception {
    try (Store s = Store.open(dir)) {
      long story = Ids.parse(s.createStory("i").id(), 's').getAsLong();
      s.addReport(story, report("One", "The spillway cracked."));
      s.addReport(story, report("Two", "The villages were evacuated."));
    }
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir.resolve("index"))) {
      for (Path f : files.toList()) java.nio.file.Files.delete(f);
    }
    try (Store s = Store.open(dir)) {
      assertThat(s.search("spillway OR villages", 10, 0).total()).isEqualTo(2);
    }
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir.resolve("index"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        java.nio.file.Files.write(f, new byte[] {1, 2, 3});
      }
    }
    try (Store s = Store.open(dir)) {
      assertThat(s.search("spillway OR villages", 10, 0).total()).isEqualTo(2);
    }
  }

  @Test
  void idsAreParsedStrictly() {
    assertThat(Ids.parse("r12", 'r')).hasValue(12);
    assertThat(Ids.parse("s12", 'r')).isEmpty();
    assertThat(Ids.parse("r0", 'r')).isEmpty();
    assertThat(Ids.parse("r1/../x", 'r')).isEmpty();
    assertThat(Ids.parse("r99999999999999999999", 'r')).isEmpty();
  }
}
