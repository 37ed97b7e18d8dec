package dev.newsbrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Granularity;
import dev.newsbrief.model.Source;
import dev.newsbrief.model.TimelineEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The story page as readers meet it, on a phone (375 px) and a desktop (1280 px), in light and dark:
 * no accessibility violation (axe-core, every rule including experimental ones), nothing moves as
 * the page loads, the keyboard reaches everything and focus goes where the reader is, the timeline
 * axis and the tooltips stay readable. The story is the bundled example (five reports).
 */
class StoryPageTest {
  record View(String name, int width, int height, boolean mobile) {}

  static final View PHONE = new View("375 px", 375, 812, true);
  static final View DESKTOP = new View("1280 px", 1280, 900, false);

  @TempDir static Path dir;
  static BrowserSite site;
  static WebServer server;
  static Browser browser;
  static String story;
  static String sections;

  @BeforeAll
  static void start() throws Exception {
    site = BrowserSite.start(dir);
    server = site.server;
    browser = site.browser;
    Http http = site.http;
    story = http.post("/api/stories", Map.of("name", "Kessel Dam")).json().get("id").asText();
    List<String> files = new ArrayList<>();
    for (String name : resource("/dev/newsbrief/example/index.txt").split("\\s+")) {
      if (!name.isBlank()) files.addAll(List.of(name, resource("/dev/newsbrief/example/" + name)));
    }
    assertThat(http.upload("/api/stories/" + story + "/uploads", files.toArray(String[]::new)).status()).isEqualTo(201);
    http.settledBriefing(story, Duration.ofSeconds(120));
    sections = storeTimelineOfMixedPrecision();
  }

  @AfterAll
  static void stop() {
    if (site != null) site.close();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = StoryPageTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The reference cluster's axis: a year, a month and days across ten months (labels once drawn on top of each other). */
  private static String storeTimelineOfMixedPrecision() {
    Citation c = new Citation(1, "r1", 0, 0, 20, "The talks went on.", 1.0);
    CitedSentence s = new CitedSentence("The talks went on.", List.of(c));
    List<TimelineEntry> entries = List.of(
        new TimelineEntry(new DatedValue(LocalDate.of(2016, 1, 1), Granularity.YEAR, DatedValue.Source.INFERRED, 0.8, "in 2016"), s),
        new TimelineEntry(new DatedValue(LocalDate.of(2016, 1, 1), Granularity.MONTH, DatedValue.Source.INFERRED, 0.8, "January"), s),
        new TimelineEntry(DatedValue.given(LocalDate.of(2016, 2, 13)), s),
        new TimelineEntry(DatedValue.given(LocalDate.of(2016, 9, 9)), s, null, true),
        new TimelineEntry(DatedValue.given(LocalDate.of(2016, 12, 7)), s));
    Brief brief = new Brief("Talks", List.of(s), entries, List.of(), List.of(),
        List.of(new Source(1, "r1", "Report one", "Wire", null, DatedValue.given(LocalDate.of(2016, 12, 7)), 0, 100, 0)), List.of());
    return site.storyWithBriefing("Talks", brief);
  }

  private static void show(View v, String scheme, String hash) {
    browser.viewport(v.width(), v.height(), v.mobile());
    browser.colorScheme(scheme);
    browser.driver.get("about:blank");
    browser.driver.get(server.uri().resolve("/" + hash).toString());
    if (hash.startsWith("#/s/")) {
      browser.wait.until(d -> d.findElements(By.cssSelector("#story-page.complete ol.sources li")).size() > 0);
      // the timeline's tick labels are placed once the page has been painted
      browser.wait.until(d -> d.findElements(By.cssSelector(".tl-strip:not(.measured)")).isEmpty());
    } else {
      browser.wait.until(d -> d.findElements(By.cssSelector("#story-list li")).size() > 0);
    }
  }

  private static WebElement active() {
    return (WebElement) browser.js("return document.activeElement;");
  }

  private static void keys(CharSequence... keys) {
    new Actions(browser.driver).sendKeys(keys).perform();
  }

  private static Map<?, ?> rect(WebElement e) {
    return (Map<?, ?>) browser.js("const r = arguments[0].getBoundingClientRect();"
        + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width};", e);
  }

  private static double num(Map<?, ?> r, String key) {
    return ((Number) r.get(key)).doubleValue();
  }

  private static boolean inViewport(WebElement e) {
    Map<?, ?> r = rect(e);
    long h = (Long) browser.js("return window.innerHeight;");
    long w = (Long) browser.js("return document.documentElement.clientWidth;");
    return num(r, "top") >= 0 && num(r, "bottom") <= h && num(r, "left") >= 0 && num(r, "right") <= w + 0.5;
  }

  /** Runs axe-core on the page with every rule it has enabled, experimental and best-practice ones included. */
  private static List<String> axeViolations() throws IOException {
    if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object';"))) {
      browser.js(resource("/dev/newsbrief/web/axe/axe.min.js"));
    }
    String json = (String) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " const ids = axe.getRules().map((r) => r.ruleId);"
        + " axe.run(document, {runOnly: {type: 'rule', values: ids}, resultTypes: ['violations']})"
        + "  .then((r) => done(JSON.stringify(r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
        + "    + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))))"
        + "  .catch((e) => done(JSON.stringify(['axe failed: ' + e])));");
    List<String> out = new ArrayList<>();
    for (JsonNode n : new ObjectMapper().readTree(json)) out.add(n.asText());
    return out;
  }

  @Test
  void axeFindsNoViolationOnTheFrontPageTheStoryOrTheOpenReport() throws Exception {
    List<String> found = new ArrayList<>();
    for (String scheme : List.of("light", "dark")) {
      for (View v : List.of(PHONE, DESKTOP)) {
        String where = v.name() + ", " + scheme + ": ";
        show(v, scheme, "#/");
        axeViolations().forEach(x -> found.add(where + "front page: " + x));
        show(v, scheme, "#/s/" + story);
        axeViolations().forEach(x -> found.add(where + "story: " + x));
        browser.driver.findElement(By.cssSelector("ul.summary .cite")).click();
        browser.wait.until(d -> d.findElements(By.cssSelector("#report-text mark#cited")).size() == 1);
        axeViolations().forEach(x -> found.add(where + "report open: " + x));
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void nothingMovesWhileThePageLoads() {
    for (View v : List.of(PHONE, DESKTOP)) {
      for (String hash : List.of("#/", "#/s/" + story)) {
        show(v, "light", hash);
        double cls = ((Number) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1]; let sum = 0;"
            + " new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })"
            + "  .observe({type: 'layout-shift', buffered: true});"
            + " setTimeout(() => done(sum), 1500);")).doubleValue();
        assertThat(cls).as("cumulative layout shift of %s at %s", hash, v.name()).isLessThanOrEqualTo(0.02);
      }
    }
  }

  @Test
  void skipLinkKeepsTheStoryAndFocusComesBackToTheCitationThatOpenedTheReport() {
    for (View v : List.of(PHONE, DESKTOP)) {
      show(v, "light", "#/s/" + story);
      String url = browser.driver.getCurrentUrl();
      keys(Keys.TAB);
      assertThat(active().getAttribute("class")).as(v.name()).isEqualTo("skip");
      keys(Keys.ENTER);
      assertThat(active().getAttribute("id")).as(v.name()).isEqualTo("main");
      assertThat(browser.driver.getCurrentUrl()).isEqualTo(url);
      assertThat(browser.driver.findElement(By.id("story-page")).isDisplayed()).isTrue();

      // Tab to a citation of the summary, open it with Enter
      WebElement cite = null;
      for (int i = 0; i < 300 && cite == null; i++) {
        keys(Keys.TAB);
        WebElement a = active();
        if (a.getAttribute("class").contains("cite")) cite = a;
      }
      assertThat(cite).as("a citation reached by Tab at %s", v.name()).isNotNull();
      String start = cite.getAttribute("data-start");
      keys(Keys.ENTER);
      WebElement mark = browser.wait.until(d -> d.findElement(By.cssSelector("#report-text mark#cited")));
      browser.wait.until(d -> "report-title".equals(active().getAttribute("id")));
      // the panel opens with its header and the highlight in view
      assertThat(inViewport(browser.driver.findElement(By.id("report-title")))).as("title in view at %s", v.name()).isTrue();
      assertThat(inViewport(browser.driver.findElement(By.id("report-close")))).as("close button in view at %s", v.name()).isTrue();
      assertThat(inViewport(mark)).as("highlight in view at %s", v.name()).isTrue();
      if (v.mobile()) {
        // a sheet over the briefing: keyboard focus stays in it
        keys(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("report-close");
        keys(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("report-text");
      }

      // Escape closes it: focus is back on the citation, in view
      keys(Keys.ESCAPE);
      browser.wait.until(d -> !d.findElement(By.id("report-panel")).isDisplayed());
      WebElement back = active();
      assertThat(back.getAttribute("class")).as(v.name()).contains("cite");
      assertThat(back.getAttribute("data-start")).isEqualTo(start);
      assertThat(inViewport(back)).as("citation in view after closing at %s", v.name()).isTrue();

      // the close button does the same
      keys(Keys.ENTER);
      browser.wait.until(d -> "report-title".equals(active().getAttribute("id")));
      keys(Keys.TAB);
      keys(Keys.ENTER);
      browser.wait.until(d -> !d.findElement(By.id("report-panel")).isDisplayed());
      assertThat(active().getAttribute("data-start")).isEqualTo(start);
    }
  }

  @Test
  void aReaderAsksTheStoryAQuestionAndGetsACitedAnswer() throws Exception {
    show(DESKTOP, "light", "#/s/" + story);
    WebElement q = browser.driver.findElement(By.id("ask-q"));
    q.sendKeys("Who ordered the inquiry?", Keys.ENTER);
    browser.wait.until(d -> !d.findElements(By.cssSelector("#answer li .cite")).isEmpty());
    WebElement answer = browser.driver.findElement(By.id("answer"));
    assertThat(answer.getText()).contains("Answer: Who ordered the inquiry?").containsIgnoringCase("inquiry")
        .contains("The summary answers: \"Who ordered the inquiry?\"");
    assertThat(axeViolations()).isEmpty();
    // its citations open the cited sentence like the briefing's
    WebElement cite = answer.findElement(By.cssSelector(".cite"));
    cite.click();
    WebElement mark = browser.wait.until(d -> d.findElement(By.cssSelector("#report-text mark#cited")));
    assertThat(cite.getAttribute("data-tip")).contains(mark.getText());
  }

  @Test
  void anEventWithNoDayWrittenIsShownAsReportedOnItsReportsDay() {
    show(DESKTOP, "light", "#/s/" + sections);
    List<String> dates = browser.driver.findElements(By.cssSelector("ol.timeline time")).stream().map(WebElement::getText).toList();
    assertThat(dates).contains("reported 9 Sep 2016", "13 Feb 2016").doesNotContain("9 Sep 2016");
  }

  @Test
  void timelineLabelsNeverOverlapStayReadableAndMarkBothEnds() {
    for (View v : List.of(PHONE, DESKTOP)) {
      show(v, "light", "#/s/" + sections);
      WebElement strip = browser.driver.findElement(By.cssSelector(".tl-strip"));
      List<WebElement> shown = strip.findElements(By.cssSelector(".tl-label")).stream()
          .filter(l -> !"hidden".equals(l.getCssValue("visibility"))).toList();
      assertThat(shown).extracting(WebElement::getText).as(v.name()).contains("2016", "7 Dec 2016");
      Map<?, ?> box = rect(strip);
      List<Map<?, ?>> rects = shown.stream().map(StoryPageTest::rect).toList();
      for (int i = 0; i < shown.size(); i++) {
        assertThat(Double.parseDouble(shown.get(i).getCssValue("font-size").replace("px", ""))).isGreaterThanOrEqualTo(11);
        assertThat(num(rects.get(i), "left")).isGreaterThanOrEqualTo(num(box, "left") - 0.5);
        assertThat(num(rects.get(i), "right")).isLessThanOrEqualTo(num(box, "right") + 0.5);
        for (int j = i + 1; j < shown.size(); j++) {
          boolean apart = num(rects.get(i), "right") <= num(rects.get(j), "left") || num(rects.get(j), "right") <= num(rects.get(i), "left");
          assertThat(apart).as("%s and %s apart at %s", shown.get(i).getText(), shown.get(j).getText(), v.name()).isTrue();
        }
      }
    }
  }

  @Test
  void citationTooltipStaysInsideTheScreen() {
    show(PHONE, "light", "#/s/" + story);
    List<WebElement> cites = browser.driver.findElements(By.cssSelector(".cite"));
    assertThat(cites).isNotEmpty();
    long width = (Long) browser.js("return document.documentElement.clientWidth;");
    for (WebElement c : cites.subList(0, Math.min(12, cites.size()))) {
      browser.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", c);
      WebElement tip = browser.driver.findElement(By.id("tooltip"));
      assertThat(tip.isDisplayed()).isTrue();
      Map<?, ?> r = rect(tip);
      assertThat(num(r, "left")).isGreaterThanOrEqualTo(8 - 0.5);
      assertThat(num(r, "right")).isLessThanOrEqualTo(width - 8 + 0.5);
    }
  }

  @Test
  void focusRingContrastsAtLeastThreeToOneWithThePage() {
    for (String scheme : List.of("light", "dark")) {
      show(DESKTOP, scheme, "#/s/" + story);
      String page = (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
      String card = (String) browser.js("return getComputedStyle(document.querySelector('.card')).backgroundColor;");
      browser.driver.findElement(By.cssSelector("#add-reports summary")).click(); // folded once the story has reports
      for (String css : List.of(".skip", "#search-q", "#search-form button", ".cite", "#paste-text", "#paste-form button")) {
        WebElement e = browser.driver.findElement(By.cssSelector(css));
        browser.js("arguments[0].focus({focusVisible: true});", e);
        String ring = e.getCssValue("outline-color");
        assertThat(e.getCssValue("outline-style")).as("%s in %s", css, scheme).isEqualTo("solid");
        String behind = css.startsWith("#paste") ? card : page;
        assertThat(contrast(ring, behind)).as("focus ring of %s against %s in %s", css, behind, scheme).isGreaterThanOrEqualTo(3.0);
      }
    }
  }

  @Test
  void aServerWithATokenAsksForItOnceAndTheTabKeepsIt() {
    try (WebServer locked = WebServer.start(TestServers.config(dir.resolve("locked")).withToken("s3cret-token"))) {
      new Http(locked.uri(), Map.of("Authorization", "Bearer s3cret-token")).post("/api/stories", Map.of("name", "Behind a token"));
      browser.viewport(DESKTOP.width(), DESKTOP.height(), false);
      browser.driver.get(locked.uri().resolve("/#/").toString());
      WebElement input = browser.wait.until(d -> d.findElement(By.id("token-input")));
      browser.wait.until(d -> input.isDisplayed());
      input.sendKeys("s3cret-token");
      browser.driver.findElement(By.cssSelector("#token-form button")).click();
      browser.wait.until(d -> d.findElement(By.id("story-list")).getText().contains("Behind a token"));
      assertThat(browser.driver.findElement(By.id("token-panel")).isDisplayed()).isFalse();
      // a reload in the same tab uses the kept token: no second prompt
      browser.driver.navigate().refresh();
      browser.wait.until(d -> d.findElement(By.id("story-list")).getText().contains("Behind a token"));
      assertThat(browser.driver.findElement(By.id("token-panel")).isDisplayed()).isFalse();
    }
  }

  private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

  /** WCAG contrast ratio of two CSS rgb() colours. */
  static double contrast(String a, String b) {
    double la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String rgb) {
    Matcher m = RGB.matcher(rgb);
    assertThat(m.find()).as(rgb).isTrue();
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(m.group(i + 1)) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
