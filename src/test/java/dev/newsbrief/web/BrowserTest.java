package dev.newsbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.DisputedFigure;
import dev.newsbrief.model.Figure;
import dev.newsbrief.model.Quote;
import dev.newsbrief.model.Source;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.model.Voice;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in headless Chromium (Debian's chromium and chromium-driver): the page as a person
 * uses it. Skipped, saying why, where no browser is installed.
 */
class BrowserTest {
  @TempDir static Path dir;
  static BrowserSite site;
  static WebServer server;
  static Http http;
  static WebDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    site = BrowserSite.start(dir);
    server = site.server;
    http = site.http;
    driver = site.browser.driver;
    wait = site.browser.wait;
  }

  @AfterAll
  static void stop() {
    if (site != null) site.close();
  }

  private static void open(String hash) {
    driver.get(server.uri().resolve("/" + hash).toString());
  }

  private static Object js(String script) {
    return site.browser.js(script);
  }

  private static WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** The story page shows its parts one per frame; waits until it shows them all with this many sources. */
  private static void untilStoryDrawnWithSources(int sources) {
    wait.until(d -> d.findElements(By.cssSelector("#story-page.complete ol.sources li")).size() == sources);
  }

  /** Hovers the first citation until its tooltip shows this text (a re-drawn briefing replaces the element under the mouse). */
  private static void hoverFirstCitationUntilTooltipShows(String text) {
    wait.until(d -> {
      new Actions(d).moveToElement(d.findElements(By.cssSelector("ul.summary .cite")).get(0)).perform();
      WebElement tip = d.findElement(By.id("tooltip"));
      return tip.isDisplayed() && tip.getText().contains(text);
    });
  }

  @Test
  void createPasteUploadReadHoverFollowAndSearch() throws Exception {
    open("#/");
    visible("#story-name").sendKeys("Marrow Ford dam");
    driver.findElement(By.cssSelector("#create-story button")).click();
    wait.until(d -> d.getCurrentUrl().matches(".*#/s/s\\d+$"));
    String story = driver.getCurrentUrl().replaceAll(".*#/s/", "");

    // paste one report, upload two
    visible("#paste-text").sendKeys(ApiTest.REPORTS[0]);
    driver.findElement(By.cssSelector("#paste-form button")).click();
    wait.until(d -> d.findElements(By.cssSelector("#report-table tr[data-report]")).size() == 1);
    File a = Files.writeString(dir.resolve("villages.txt"), ApiTest.REPORTS[1]).toFile();
    File b = Files.writeString(dir.resolve("repairs.txt"), ApiTest.REPORTS[2]).toFile();
    driver.findElement(By.id("upload-file")).sendKeys(a.getAbsolutePath() + "\n" + b.getAbsolutePath());
    driver.findElement(By.cssSelector("#upload-form button")).click();
    wait.until(d -> d.findElements(By.cssSelector("#report-table tr[data-report]")).size() == 3);

    // the briefing of all three appears, with citations
    JsonNode brief = http.settledBriefing(story, Duration.ofSeconds(60)).get("briefing");
    untilStoryDrawnWithSources(3);
    List<WebElement> cites = driver.findElements(By.cssSelector("ul.summary .cite"));
    assertThat(cites).isNotEmpty();
    JsonNode firstCitation = brief.get("summary").get(0).get("citations").get(0);
    assertThat(driver.findElement(By.cssSelector("ul.summary li")).getText()).contains(brief.get("summary").get(0).get("text").asText());

    // hover: the tooltip shows the cited sentence
    hoverFirstCitationUntilTooltipShows(firstCitation.get("text").asText());

    // click: the report opens with exactly the cited sentence highlighted, in view
    driver.findElements(By.cssSelector("ul.summary .cite")).get(0).click();
    WebElement mark = visible("#report-text mark#cited");
    assertThat(mark.getText()).isEqualTo(firstCitation.get("text").asText());
    assertThat(driver.getCurrentUrl()).contains("/r/" + firstCitation.get("id").asText() + "/");
    assertThat((Boolean) js("const r = document.getElementById('cited').getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;")).isTrue();

    // search finds the report and marks the word
    WebElement q = driver.findElement(By.id("search-q"));
    q.sendKeys("spillway\n");
    WebElement hit = visible("#hits li a");
    long total = http.get("/api/search?q=spillway").json().get("total").asLong();
    assertThat(total).isGreaterThanOrEqualTo(3);
    assertThat(driver.findElement(By.id("hit-count")).getText()).startsWith(total + " report(s) match");
    assertThat(driver.findElement(By.cssSelector("#hits li mark")).getText()).isEqualToIgnoringCase("spillway");
    hit.click();
    assertThat(visible("#report-text mark#cited").getText()).isEqualToIgnoringCase("spillway");
  }

  @Test
  void aReportAddedOnTheFrontPageFindsItsStoryAndCanBeMoved() throws Exception {
    open("#/");
    visible("#place-text").sendKeys("Solar farm approved\nThe council of Westmere approved a solar farm on the old airfield on"
        + " Monday. The farm will power four thousand homes, the council said, and building starts in spring.");
    driver.findElement(By.cssSelector("#place-form button")).click();
    wait.until(d -> d.getCurrentUrl().matches(".*#/s/s\\d+$"));
    String story = driver.getCurrentUrl().replaceAll(".*#/s/", "");
    assertThat(visible("#status").getText()).contains("Started a new story: Solar farm approved");

    open("#/");
    visible("#place-text").sendKeys("Westmere solar farm gets green light\nWestmere council approved the solar farm on the old"
        + " airfield on Monday. The solar farm will power four thousand homes and building starts in spring, the council said.");
    driver.findElement(By.cssSelector("#place-form button")).click();
    wait.until(d -> d.getCurrentUrl().endsWith("#/s/" + story));
    wait.until(d -> d.findElements(By.cssSelector("#report-table tr[data-report]")).size() == 2);
    assertThat(visible("#status").getText()).contains("Added to the story Solar farm approved");

    // a person splits the second report out into a story of its own
    wait.until(d -> !d.findElements(By.cssSelector("#story-page.complete")).isEmpty());
    WebElement row = driver.findElements(By.cssSelector("#report-table tr[data-report]")).get(1);
    new org.openqa.selenium.support.ui.Select(row.findElement(By.cssSelector("select"))).selectByValue("new");
    row.findElement(By.cssSelector(".move button")).click();
    wait.until(d -> d.findElements(By.cssSelector("#report-table tr[data-report]")).size() == 1);
    assertThat(visible("#status").getText()).contains("Report moved to story");

    // files uploaded on the front page go to their stories too
    open("#/");
    File f = Files.writeString(dir.resolve("solar.txt"), "Solar farm work starts\nBuilding work on the Westmere solar farm on the old"
        + " airfield will start in spring, the council said after approving the farm, which will power four thousand homes.").toFile();
    visible("#place-file").sendKeys(f.getAbsolutePath());
    driver.findElement(By.cssSelector("#place-upload-form button")).click();
    wait.until(d -> d.findElement(By.id("status")).getText().contains("placed in"));
    assertThat(visible("#status").getText()).contains("1 report(s) placed in Solar farm approved");
  }

  @Test
  void hostileReportTextIsShownAsTextAndNeverRuns() throws Exception {
    String evilName = "<svg onload=\"window.__pwned='name'\">Story";
    String story = http.post("/api/stories", Map.of("name", evilName)).json().get("id").asText();
    String evilTitle = "<img src=x onerror=\"window.__pwned='title';document.title='pwned'\">";
    String evilText = "<script>window.__pwned='script';document.title='pwned'</script>\n"
        + "Officials said the <b>dam</b> held on Friday after <img src=x onerror=\"window.__pwned='text'\"> repairs. "
        + "Engineers said the <a href=\"javascript:window.__pwned='link'\">spillway</a> was stable. "
        + "Residents of three villages returned home on Saturday morning.";
    assertThat(http.post("/api/stories/" + story + "/reports", Map.of("title", evilTitle, "text", evilText,
        "url", "https://example.org/a?q=%3Cscript%3E")).status()).isEqualTo(201);
    http.post("/api/stories/" + story + "/reports", Map.of("text", ApiTest.REPORTS[0]));
    http.settledBriefing(story, Duration.ofSeconds(60));

    open("#/s/" + story);
    untilStoryDrawnWithSources(2);
    assertThat(driver.findElement(By.id("story-name-h")).getText()).isEqualTo(evilName);
    WebElement row = visible("#report-table tr[data-report] td a");
    assertThat(row.getText()).isEqualTo(evilTitle);
    row.click();
    WebElement text = visible("#report-text");
    assertThat(text.getText()).contains("<script>window.__pwned='script'").contains("<b>dam</b>");
    new Actions(driver).moveToElement(driver.findElements(By.cssSelector(".cite")).get(0)).perform();

    // nothing ran, nothing was parsed as markup
    assertThat(js("return window.__pwned === undefined ? null : String(window.__pwned);")).isNull();
    assertThat(driver.getTitle()).isEqualTo(evilName + " · newsbrief"); // the script would have set "pwned"
    assertThat(driver.findElements(By.cssSelector("#main img, #main svg, #main b, #report-panel img, #report-panel script"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("script"))).hasSize(1); // app.js only
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();

    // the exported HTML briefing escapes it too
    driver.get(server.uri().resolve("/api/stories/" + story + "/export/html").toString());
    assertThat(driver.findElements(By.cssSelector("script, img, svg"))).isEmpty();
    assertThat(js("return window.__pwned === undefined ? null : String(window.__pwned);")).isNull();
  }

  @Test
  void marksWhatIsNewSinceTheLastVisit() throws Exception {
    String story = http.post("/api/stories", Map.of("name", "Visits")).json().get("id").asText();
    http.post("/api/stories/" + story + "/reports", Map.of("text", ApiTest.REPORTS[0]));
    http.post("/api/stories/" + story + "/reports", Map.of("text", ApiTest.REPORTS[1]));
    int v1 = http.settledBriefing(story, Duration.ofSeconds(60)).get("version").asInt();
    open("#/s/" + story);
    untilStoryDrawnWithSources(2);
    assertThat(driver.findElements(By.id("new-since"))).isEmpty(); // first visit: nothing to compare with

    // a report arrives while the page is open: the briefing updates itself and marks what is new
    String added = http.post("/api/stories/" + story + "/reports", Map.of("text", ApiTest.REPORTS[2])).json()
        .get("report").get("id").asText();
    WebElement banner = visible("#new-since");
    assertThat(banner.getText()).contains("version " + v1 + " →").contains("1 new report(s)");
    wait.until(d -> d.findElements(By.cssSelector("ol.sources li")).size() == 3);
    List<WebElement> newSources = driver.findElements(By.cssSelector("ol.sources li.is-new"));
    assertThat(newSources).hasSize(1);
    assertThat(newSources.get(0).findElement(By.cssSelector("a")).getAttribute("href")).contains("/r/" + added);
    // and what the new report adds to those read before, cited to it alone
    wait.until(d -> !d.findElements(By.cssSelector("#whats-new li .cite")).isEmpty());
    assertThat(driver.findElement(By.id("whats-new")).getText()).contains("What the new reports add");
    assertThat(driver.findElements(By.cssSelector("#whats-new li .cite"))).allMatch(c -> added.equals(c.getAttribute("data-report")));

    // the next visit has seen this version: nothing is marked
    driver.navigate().refresh();
    untilStoryDrawnWithSources(3);
    assertThat(driver.findElements(By.id("new-since"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector(".is-new"))).isEmpty();
  }

  @Test
  void drawsTheTimelineVoicesAndFiguresWhenTheBriefingHasThem() {
    // A briefing with every section, stored as the pipeline would store it (those sections are
    // filled by other parts of newsbrief; the page must show them when they come).
    Citation c = new Citation(1, "r1", 0, 0, 20, "The dam cracked badly.", 1.0);
    CitedSentence s1 = new CitedSentence("The dam cracked badly.", List.of(c));
    CitedSentence s2 = new CitedSentence("Villages were evacuated.", List.of(c));
    Brief brief = new Brief("Sections", List.of(s1),
        List.of(new TimelineEntry(DatedValue.given(LocalDate.of(2016, 10, 11)), s1),
            new TimelineEntry(new DatedValue(LocalDate.of(2016, 10, 1), dev.newsbrief.model.Granularity.MONTH,
                DatedValue.Source.INFERRED, 0.6, "from the text"), s2)),
        List.of(new Voice("a1", "Ana Ruiz", "chief engineer",
            List.of(new Voice.VoiceQuote(new Quote("Ruiz", "a1", "said", "the spillway will hold", true, "r1", 0, 20), List.of(c))))),
        List.of(new DisputedFigure("people evacuated", DisputedFigure.Kind.DISAGREEMENT, List.of(
            new DisputedFigure.SourcedFigure(new Figure(2000, "ABOUT", "people", "about 2,000 people", "r1", 0, 10), 1,
                DatedValue.given(LocalDate.of(2016, 10, 12)))))),
        List.of(new Source(1, "r1", "Report one", "Valley Times", null, DatedValue.given(LocalDate.of(2016, 10, 12)), 0, 100, 0)),
        List.of());
    open("#/s/" + site.storyWithBriefing("Sections", brief));
    WebElement strip = visible(".tl-strip");
    assertThat(strip.findElements(By.cssSelector(".tl-dot"))).hasSize(2);
    assertThat(strip.getAttribute("aria-label")).contains("from Oct 2016 to 11 Oct 2016");
    assertThat(driver.findElements(By.cssSelector("ol.timeline li"))).hasSize(2);
    // dates in the CLI's style, at the precision known
    assertThat(driver.findElement(By.cssSelector("ol.timeline")).getText()).contains("Oct 2016 (inferred)").contains("11 Oct 2016");
    assertThat(driver.findElement(By.id("voices-h")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.cssSelector(".actor")).getText()).contains("Ana Ruiz").contains("“the spillway will hold”");
    assertThat(driver.findElement(By.id("figures-h")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=figures-h] table")).getText())
        .contains("people evacuated").contains("about 2,000 people");
  }
}
