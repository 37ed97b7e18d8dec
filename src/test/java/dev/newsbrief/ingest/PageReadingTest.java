package dev.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.clean.Cleaned;
import dev.newsbrief.clean.Cleaner;
import dev.newsbrief.clean.Reasons;
import dev.newsbrief.model.Article;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Web pages read as briefings use them: the article, all of it, nothing else. */
class PageReadingTest {
  private static final String P1 = "<p>The council voted on Tuesday to close the old library, and the mayor said the building"
      + " would be sold to pay for a new school that the town has needed for many years.</p>";
  private static final String P2 = "<p>Parents had asked for the school since 2015, when the old one flooded twice in one"
      + " winter and classes moved into the church hall for most of a year.</p>";
  private static final String P3 = "<p>Work on the new building is to start in the spring, the council said, and the"
      + " first pupils could move in before the end of next year if the weather holds.</p>";

  private static Article read(String html, List<String> leftOut) {
    return Ingest.parse(html.getBytes(StandardCharsets.UTF_8), "page.html", "page.html", new ArrayList<>(),
        (why, text) -> leftOut.add(why + ": " + text)).get(0);
  }

  private static Article read(String html) {
    return read(html, new ArrayList<>());
  }

  private static String page(String head, String body) {
    return "<!doctype html><html lang='en-GB'><head><title>Library to close</title>" + head + "</head><body>" + body + "</body></html>";
  }

  @Test
  void aPageWrappedInOneFormKeepsItsArticle() {
    Article a = read(page("", "<form id='aspnetForm' method='post'><div class='content'>" + P1 + P2 + P3 + "</div></form>"));
    assertThat(a.text()).contains("close the old library").contains("church hall").contains("in the spring");
  }

  @Test
  void furnitureNamedByClassHiddenPopupsAndLinkListsAreLeftOutAndSaidWhy() {
    List<String> leftOut = new ArrayList<>();
    Article a = read(page("", "<article>" + P1
        + "<div class='share-bar'>Share on Facebook Share on Twitter Email this story</div>"
        + "<p>Asked about it, <span class='hovercard'><a href='/p/1'>Ann Lee</a><span style='display:none'><a href='/a'>Ann Lee"
        + " wins award for her work on schools</a> <a href='/b'>Ann Lee opens the new town bridge to traffic</a></span></span>"
        + " the head teacher said the move was overdue and welcome news for every family in town.</p>"
        + P2 + "<ul><li><a href='/x'>Storm closes roads</a></li><li><a href='/y'>Team wins cup</a></li>"
        + "<li><a href='/z'>Bakery opens</a></li></ul>" + P3
        + "<p><a href='/other'>READ MORE: Town hall to get a new roof after decades of leaks</a></p></article>"), leftOut);
    assertThat(a.text()).contains("the head teacher said").contains("Ann Lee").contains("in the spring")
        .doesNotContain("Share on Facebook").doesNotContain("wins award").doesNotContain("Storm closes roads")
        .doesNotContain("READ MORE");
    assertThat(leftOut).anyMatch(s -> s.startsWith("named as page furniture (\"share\"") && s.contains("Email this story"))
        .anyMatch(s -> s.startsWith("hidden element") && s.contains("wins award"))
        .anyMatch(s -> s.startsWith("list of links") && s.contains("Bakery opens"))
        .anyMatch(s -> s.startsWith("a paragraph that is one link") && s.contains("READ MORE"));
  }

  @Test
  void anEmbeddedPostIsAQuotationTheArticleMakes() {
    Article a = read(page("", "<article>" + P1 + "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>"
        + "Yes this is real and the town spent half a million on it</p></blockquote></div>" + P2 + P3 + "</article>"));
    assertThat(a.text()).contains("Yes this is real");
  }

  @Test
  void aDataTableKeepsOneRowPerLineAsTheArticlesStructureNotItsProse() {
    Article a = read(page("", "<article>" + P1 + "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>"
        + "<tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr><tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table>"
        + P2 + P3 + "</article>"));
    assertThat(a.text()).contains("Pos. | Driver | Points\n\n1 | Kyle Busch | 5040\n\n2 | Martin Truex Jr. | 5035");
    Cleaned c = Cleaner.clean(a);
    assertThat(c.removed()).filteredOn(r -> r.reason().equals(Reasons.TABLE_ROW)).singleElement()
        .satisfies(r -> assertThat(r.text()).contains("Pos. | Driver").contains("5035"));
    assertThat(c.bodyText()).contains("1 | Kyle Busch | 5040").contains("close the old library");
    assertThat(c.kept()).noneMatch(s -> s.of(a.text()).contains("Kyle Busch"));
  }

  @Test
  void theHeadlineIsNotRepeatedInTheBody() {
    Article a = read(page("", "<article><p>Live</p><h1>Library to close</h1>" + P1 + P2 + "</article>"));
    assertThat(a.title()).isEqualTo("Library to close");
    assertThat(a.text()).doesNotContain("Library to close").contains("church hall");
  }

  @Test
  void pageFactsNameAuthorsWhereTheDateWasFoundAndTheLanguage() {
    Article a = read(page("<meta property='article:published_time' content='2019-11-19T10:00:00Z'>"
        + "<meta name='author' content='By Ann Lee and Bo Chan'>"
        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"Ann Lee\"},"
        + "{\"@type\":\"Person\",\"name\":\"Cy Diaz\",\"url\":\"https://x.example/cy\"}]}</script>", P1 + P2));
    assertThat(a.published()).hasToString("2019-11-19");
    assertThat(a.page().dateEvidence()).isEqualTo("meta article:published_time");
    assertThat(a.page().authors()).containsExactly("Ann Lee", "Bo Chan", "Cy Diaz");
    assertThat(a.page().language()).isEqualTo("en-gb");
  }

  @Test
  void aGzippedPageIsReadAndABombOrBrokenArchiveIsAProblem() throws Exception {
    byte[] html = page("", "<article>" + P1 + P2 + "</article>").getBytes(StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    List<Article> read = Ingest.parse(gzip(html), "saved.html.gz", problems);
    assertThat(read).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Library to close"));
    assertThat(read.get(0).id()).isEqualTo("saved");

    byte[] bomb = gzip(new byte[(int) IngestOptions.DEFAULT_MAX_BYTES + 1]);
    assertThat(bomb.length).isLessThan(100_000);
    problems.clear();
    assertThat(Ingest.parse(bomb, "bomb.txt.gz", problems)).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("over 20 MB unpacked"));

    byte[] cut = java.util.Arrays.copyOf(gzip(html), 40);
    problems.clear();
    assertThat(Ingest.parse(cut, "cut.html.gz", problems)).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("cannot be unpacked"));
  }

  private static byte[] gzip(byte[] b) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void aJsonLdArticleBodyThatAgreesWithThePageLeavesOutWhatItLacksAndATeaserChangesNothing() {
    String promo = "<p>Our reporters work hard to bring you this story every single day of the week, so please"
        + " consider a gift to the newsroom today and every month after.</p>";
    String body = text(P1) + " " + text(P2) + " " + text(P3);
    String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body + "\"}</script>";
    Article guided = read(page(ld, "<article>" + P1 + P2 + promo + P3 + "</article>"));
    assertThat(guided.text()).contains("church hall").contains("in the spring").doesNotContain("consider a gift");

    String teaser = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + text(P1) + " " + text(P1)
        + "\"}</script>";
    Article unguided = read(page(teaser, "<article>" + P1 + P2 + promo + P3 + "</article>"));
    assertThat(unguided.text()).contains("church hall").contains("consider a gift");
  }

  private static String text(String p) {
    return p.replaceAll("<[^>]+>", "");
  }
}
