package dev.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbrief.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final String ENGLISH = "The council voted on Tuesday to close the old library, and the mayor said the"
      + " building would be sold to pay for a new school that the town has needed for many years.";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  private static Ingested read(Path... paths) throws IngestException {
    return Ingest.read(java.util.Arrays.stream(paths).map(Path::toString).toList(), null);
  }

  @Test
  void aReportFiledUnderADayTakesItWhenItCarriesNone() throws Exception {
    assertThat(Dates.filedUnder("crawl/2010-05-03/436.htm.txt")).isEqualTo(LocalDate.of(2010, 5, 3));
    assertThat(Dates.filedUnder("https://news.example/2016/10/12/talks")).isEqualTo(LocalDate.of(2016, 10, 12));
    assertThat(Dates.filedUnder("C:\\crawl\\2009\\4\\27\\a.txt")).isEqualTo(LocalDate.of(2009, 4, 27));
    assertThat(Dates.filedUnder("reports/2010-05-03.txt")).isNull(); // a file's name is no folder
    assertThat(Dates.filedUnder("reports/2010-13-40/a.txt")).isNull();
    Path day = Files.createDirectories(dir.resolve("2010-05-03"));
    Files.writeString(day.resolve("a.txt"), "Oil reaches coast\n\nOil reached the Louisiana coast on Monday.\n");
    assertThat(Ingest.read(List.of(day.resolve("a.txt").toString()), null).articles().get(0).published())
        .isEqualTo(LocalDate.of(2010, 5, 3));
  }

  @Test
  void plainTextHeadlineIsTheFirstLineAndNeverPartOfTheBody() throws Exception {
    Path f = write("story.txt", "\nShare\n\nLibrary to close\n\n" + ENGLISH + "\n\nSecond paragraph here.\n");
    Article a = read(f).articles().get(0);
    assertThat(a.id()).isEqualTo("story");
    assertThat(a.title()).isEqualTo("Library to close");
    assertThat(a.text()).doesNotContain("Library to close").startsWith("Share\n\nThe council");
    assertThat(a.text()).endsWith("\n\nSecond paragraph here.");
  }

  @Test
  void oneParagraphPerLineWhenTheTextHasNoBlankLines() throws Exception {
    Path f = write("lines.txt", "Library to close\r\n" + ENGLISH + "\r\nA second paragraph follows on its own line.\r\n");
    Article a = read(f).articles().get(0);
    assertThat(a.title()).isEqualTo("Library to close");
    assertThat(a.text().split("\n\n")).hasSize(2);
    assertThat(a.text()).doesNotContain("\r");
  }

  @Test
  void htmlPageGivesMetadataAndParagraphsWithoutMarkupFurniture() throws Exception {
    Ingested in = read(FIXTURES.resolve("cluster/page.html"));
    Article a = in.articles().get(0);
    assertThat(a.title()).isEqualTo("Riverton bridge closed after flood damage");
    assertThat(a.outlet()).isEqualTo("The Valley Courier");
    assertThat(a.url()).isEqualTo("https://valleycourier.example/news/2021/03/04/riverton-bridge");
    assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 4)); // the page's own offset, not UTC
    assertThat(a.text()).startsWith("County engineers closed the Elm Street bridge")
        .contains("\n\nThe bridge carries about 14,000 vehicles")
        .doesNotContain("dataLayer", "cookies", "Sport", "Most read", "pie contest", "Photograph:", "All rights reserved");
    assertThat(a.text()).doesNotContain("\n\n\n");
  }

  @Test
  void htmlDateFromTimeElementAndOutletFromHost() {
    String html = "<html><head><title>Road reopens</title><link rel=canonical href='https://www.citypaper.example/a/1'>"
        + "</head><body><h1>Road reopens</h1><time datetime='2020-05-06T10:00'>May 6</time><p>" + ENGLISH + "</p><p>" + ENGLISH
        + "</p><p>" + ENGLISH + "</p></body></html>";
    Article a = Ingest.parse(html.getBytes(StandardCharsets.UTF_8), "x.html", new java.util.ArrayList<>()).get(0);
    assertThat(a.outlet()).isEqualTo("citypaper.example");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 5, 6));
    assertThat(a.title()).isEqualTo("Road reopens");
    assertThat(a.text()).doesNotStartWith("Road reopens");
  }

  @Test
  void jsonlReadsGoodLinesAndReportsBadOnesWithLineNumbers() throws Exception {
    Ingested in = read(FIXTURES.resolve("formats/reports.jsonl"));
    assertThat(in.articles()).extracting(Article::id).containsExactly("r1", "r3");
    Article r1 = in.articles().get(0);
    assertThat(r1.outlet()).isEqualTo("Harbour News");
    assertThat(r1.published()).isEqualTo(LocalDate.of(2022, 11, 7));
    assertThat(r1.text()).isEqualTo("The island ferry stopped running on Monday after a storm damaged the pier.\n\n"
        + "The operator said repairs would take a week.");
    Article r3 = in.articles().get(1);
    assertThat(r3.title()).isEqualTo("Pier repairs begin");
    assertThat(r3.outlet()).isEqualTo("Coast Daily");
    assertThat(r3.published()).isEqualTo(LocalDate.of(2022, 11, 9));
    assertThat(r3.text()).contains("\n\nThe operator said passengers");
    assertThat(in.skipped()).extracting(Problem::origin).anyMatch(o -> o.endsWith("reports.jsonl:2"))
        .anyMatch(o -> o.endsWith("reports.jsonl:4"));
    assertThat(in.skipped()).anyMatch(p -> p.message().contains("line 2 is not valid JSON"));
  }

  @Test
  void sgmlWithTwoDocsGivesTwoDatedArticlesWithOutletsAndPlainParagraphs() throws Exception {
    Ingested in = read(FIXTURES.resolve("formats/two-docs.sgml"));
    assertThat(in.articles()).hasSize(2);
    Article ap = in.articles().get(0), nyt = in.articles().get(1);
    assertThat(ap.id()).isEqualTo("APW20220301.0042");
    assertThat(ap.title()).isEqualTo("Dam inspection ordered after cracks found");
    assertThat(ap.outlet()).isEqualTo("Associated Press");
    assertThat(ap.published()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(ap.text()).startsWith("SPRINGDALE (AP) — State officials on Tuesday ordered an inspection of the")
        .contains("\n\n“We are not taking any chances,” said").doesNotContain("(xy)", "``", "''");
    assertThat(nyt.outlet()).isEqualTo("New York Times");
    assertThat(nyt.published()).isEqualTo(LocalDate.of(2022, 3, 2)); // from the DOCNO
    assertThat(nyt.text()).isEqualTo("Engineers found the cracks in the Springdale dam spillway to be shallow, the state"
        + " said Wednesday.\n\nRepairs will begin next month & should take six weeks.");
  }

  @Test
  void anIndentedLineInsideAnSgmlParagraphGoesOnWithItsUnfinishedSentence() throws Exception {
    // Xinhua copy in NIST SGML indents some wrapped lines; only a finished sentence ends a paragraph
    String doc = "<DOC>\n<DOCNO> XIE19991111.0211 </DOCNO>\n<HEADLINE> AIDS patients fill Kenya's hospitals </HEADLINE>\n<TEXT>\n"
        + "<P>\nResearch by the National AIDS and Sexually Transmitted Diseases\n Control indicates that more than 1.9 million adults"
        + " and 100,000\nchildren in Kenya are infected with HIV.\n</P>\n<P>\nHospitals are full.\n Doctors say so.\n</P>\n</TEXT>\n</DOC>\n";
    Ingested in = read(write("xie.sgml", doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(in.articles().get(0).text()).isEqualTo("Research by the National AIDS and Sexually Transmitted Diseases Control"
        + " indicates that more than 1.9 million adults and 100,000 children in Kenya are infected with HIV.\n\n"
        + "Hospitals are full.\n\nDoctors say so.");
  }

  @Test
  void latin1AndUtf16FilesAreDecoded() throws Exception {
    String text = "Café owners protest\n\nThe owners of the café in the square said the rent had doubled, and that"
        + " they would close on Friday unless the council stepped in — or so they warned the naïve officials.";
    Path latin = write("latin.txt", text.replace("—", "-").getBytes(Charset.forName("ISO-8859-1")));
    Path cp1252 = write("cp1252.txt", text.replace("Friday", "Monday").getBytes(Charset.forName("windows-1252")));
    // distinct bodies, or they would be dropped as duplicates
    byte[] utf16 = text.replace("Café owners", "Tea owners").replace("Friday", "Sunday").getBytes(StandardCharsets.UTF_16);
    Path u16 = write("u16.txt", utf16); // Java's UTF-16 encoder writes a big-endian BOM
    Path u8bom = write("bom.txt", ("\uFEFF" + text.replace("Café owners", "Bar owners").replace("Friday", "Saturday"))
        .getBytes(StandardCharsets.UTF_8));
    Ingested in = read(latin, cp1252, u16, u8bom);
    assertThat(in.articles()).extracting(Article::title)
        .containsExactly("Café owners protest", "Café owners protest", "Tea owners protest", "Bar owners protest");
    assertThat(in.articles().get(0).text()).contains("naïve");
    assertThat(in.articles().get(1).text()).contains("— or so");
    assertThat(in.articles().get(3).title()).doesNotStartWith("\uFEFF");
    assertThat(in.warnings()).filteredOn(p -> p.message().startsWith("not UTF-8")).hasSize(2);
  }

  @Test
  void htmlMetaCharsetIsHonoured() {
    String html = "<html><head><meta charset=\"iso-8859-1\"><title>Zürich</title></head><body><p>" + ENGLISH + " Zürich.</p></body></html>";
    Article a = Ingest.parse(html.getBytes(Charset.forName("ISO-8859-1")), "z.html", new java.util.ArrayList<>()).get(0);
    assertThat(a.title()).isEqualTo("Zürich");
    assertThat(a.text()).endsWith("Zürich.");
  }

  @Test
  void badFilesAreSkippedWithProblemsNotCrashes() throws Exception {
    Path good = write("good.txt", "Library to close\n\n" + ENGLISH);
    Path empty = write("empty.txt", new byte[0]);
    Path blank = write("blank.txt", "  \n\n ");
    byte[] bin = new byte[2000];
    for (int i = 0; i < bin.length; i++) bin[i] = (byte) (i * 7);
    Path binary = write("image.dat", bin);
    Path pdf = write("doc.pdf", "%PDF-1.4 something".getBytes(StandardCharsets.US_ASCII));
    Path big = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: cheap to create, never read
    }
    Ingested in = read(good, empty, blank, binary, pdf, big);
    assertThat(in.articles()).extracting(Article::id).containsExactly("good");
    assertThat(in.skipped()).extracting(Problem::toString).anyMatch(s -> s.contains("empty.txt: empty file"))
        .anyMatch(s -> s.contains("blank.txt: empty file"))
        .anyMatch(s -> s.contains("image.dat: binary file"))
        .anyMatch(s -> s.contains("doc.pdf: binary file (PDF)"))
        .anyMatch(s -> s.contains("huge.txt: file is 50.0 MB, over the 20.0 MB limit"));
  }

  @Test
  void missingPathsEmptyFoldersAndNothingReadableStopTheRun() throws Exception {
    assertThatThrownBy(() -> read(dir.resolve("nope.txt"))).isInstanceOf(IngestException.class)
        .hasMessageContaining("no such file or folder").hasMessageContaining("nope.txt");
    Path emptyDir = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> read(emptyDir)).isInstanceOf(IngestException.class)
        .hasMessageContaining("nothing readable").hasMessageContaining("folder has no (visible) files");
    Path onlyEmpty = write("e/x.txt", new byte[0]);
    assertThatThrownBy(() -> read(onlyEmpty.getParent())).isInstanceOf(IngestException.class)
        .hasMessageContaining("empty file");
    assertThatThrownBy(() -> Ingest.read(List.of(dir + "/*.nothing"), null)).isInstanceOf(IngestException.class)
        .hasMessageContaining("no file matches");
  }

  @Test
  void foldersAreReadRecursivelySortedWithoutHiddenFilesAndGlobsExpand() throws Exception {
    write("reports/b.txt", "Bee story\n\n" + ENGLISH + " Bees.");
    write("reports/a.txt", "Ant story\n\n" + ENGLISH + " Ants.");
    write("reports/sub/c.html", "<html><head><title>Cat story</title></head><body><p>" + ENGLISH + " Cats.</p></body></html>");
    write("reports/.hidden.txt", "Hidden\n\n" + ENGLISH + " Hidden.");
    write("reports/.git/config.txt", "Config\n\n" + ENGLISH + " Config.");
    assertThat(read(dir.resolve("reports")).articles()).extracting(Article::title)
        .containsExactly("Ant story", "Bee story", "Cat story");
    Ingested globbed = Ingest.read(List.of(dir + "/reports/*.txt"), null);
    assertThat(globbed.articles()).extracting(Article::title).containsExactly("Ant story", "Bee story");
  }

  @Test
  void duplicatesAreDroppedAndIdsMadeUnique() throws Exception {
    Path a = write("one/report.txt", "Library to close\n\n" + ENGLISH);
    Path b = write("two/report.txt", "Library closing\n\n" + ENGLISH.replace(" ", "  "));
    Path c = write("three/report.txt", "Library to close\n\n" + ENGLISH + " Different.");
    Ingested in = read(a, b, c);
    assertThat(in.articles()).extracting(Article::id).containsExactly("report", "report-2");
    assertThat(in.skipped()).singleElement().satisfies(p -> {
      assertThat(p.origin()).contains("two");
      assertThat(p.message()).startsWith("duplicate of report");
    });
  }

  @Test
  void nonEnglishIsReadButFlagged() throws Exception {
    Path de = write("de.txt", "Bibliothek schließt\n\nDer Stadtrat hat am Dienstag beschlossen, die alte Bibliothek zu"
        + " schließen. Der Bürgermeister sagte, das Gebäude werde verkauft, um eine neue Schule zu bezahlen, die"
        + " die Stadt seit vielen Jahren braucht. Die Bürger protestierten vor dem Rathaus gegen die Entscheidung.");
    Path en = write("en.txt", "Library to close\n\n" + ENGLISH);
    Ingested in = read(de, en);
    assertThat(in.articles()).hasSize(2);
    assertThat(in.warnings()).singleElement().satisfies(p -> {
      assertThat(p.origin()).endsWith("de.txt");
      assertThat(p.message()).startsWith("does not look like English");
    });
  }

  @Test
  void textInAScriptWithoutSpacesIsFlaggedToo() throws Exception {
    Path zh = write("zh.txt", "日内瓦会谈\n\n美国和俄罗斯外长周五在日内瓦会面，讨论叙利亚停火问题。会谈持续了几个小时，双方同意周六继续。\n");
    Ingested in = read(zh);
    assertThat(in.articles()).hasSize(1);
    assertThat(in.warnings()).singleElement().satisfies(p -> assertThat(p.message()).contains("non-Latin script"));
  }

  @Test
  void stdinIsSniffedAsJsonlHtmlOrText() throws Exception {
    String jsonl = "{\"id\":\"s1\",\"title\":\"T\",\"text\":\"" + ENGLISH + "\"}\n";
    assertThat(stdin(jsonl).articles()).extracting(Article::id).containsExactly("s1");
    String html = "<!doctype html><html><head><title>Web story</title></head><body><p>" + ENGLISH + "</p></body></html>";
    assertThat(stdin(html).articles().get(0).title()).isEqualTo("Web story");
    Article plain = stdin("Plain story\n\n" + ENGLISH).articles().get(0);
    assertThat(plain.title()).isEqualTo("Plain story");
    assertThat(plain.origin()).isEqualTo("stdin");
    assertThatThrownBy(() -> stdin("")).isInstanceOf(IngestException.class).hasMessageContaining("stdin: empty");
  }

  @Test
  void bomlessUtf16IsRecognisedByItsNulPattern() throws Exception {
    Path f = write("le.txt", ("Library to close\n\n" + ENGLISH).getBytes(StandardCharsets.UTF_16LE));
    Ingested in = read(f);
    assertThat(in.articles().get(0).title()).isEqualTo("Library to close");
    assertThat(in.problems()).isEmpty();
  }

  @Test
  void readsARealDucClusterFolder() throws Exception {
    Path duc = Path.of("../shared/data/duc2003-task2/docs/d30003t");
    Assumptions.assumeTrue(Files.isDirectory(duc), "../shared/data/duc2003-task2 absent: skipping the real DUC folder test");
    Ingested in = read(duc);
    assertThat(in.articles()).hasSizeGreaterThanOrEqualTo(9);
    for (Article a : in.articles()) {
      assertThat(a.id()).matches("(APW|NYT)1998\\d{4}\\.\\d{4}");
      assertThat(a.outlet()).isIn("Associated Press", "New York Times");
      assertThat(a.published()).isNotNull();
      assertThat(a.published().getYear()).isEqualTo(1998);
      assertThat(a.text()).doesNotContain("<", "``", "&QL;", "\n\n\n").contains("\n\n");
    }
  }

  private static Ingested stdin(String s) throws IngestException {
    return Ingest.read(List.of("-"), new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }
}
