package dev.newsbrief.web;

import dev.newsbrief.model.Brief;
import dev.newsbrief.render.JsonRenderer;
import dev.newsbrief.store.Ids;
import java.nio.file.Path;

/**
 * A test server (loopback, its own data folder) with headless Chromium to read it: what the
 * end-to-end tests start once per class. Skips the class, saying why, where no browser is installed.
 */
final class BrowserSite implements AutoCloseable {
  final WebServer server;
  final Http http;
  final Browser browser;

  private BrowserSite(WebServer server, Browser browser) {
    this.server = server;
    this.http = new Http(server.uri());
    this.browser = browser;
  }

  static BrowserSite start(Path dir) throws Exception {
    Browser.assumeInstalled();
    WebServer server = WebServer.start(TestServers.config(dir.resolve("data")));
    try {
      return new BrowserSite(server, Browser.start(dir.resolve("chrome-profile")));
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
  }

  /**
   * A story whose briefing is {@code brief}, stored as the pipeline would store it: for sections
   * other parts of newsbrief fill, which the page must show when they come. Returns the story's id.
   */
  String storyWithBriefing(String name, Brief brief) {
    long key = Ids.parse(server.store().createStory(name).id(), 's').getAsLong();
    server.store().saveBriefing(key, server.store().signature(key), JsonRenderer.render(brief), "", "", null);
    return Ids.story(key);
  }

  @Override
  public void close() {
    browser.close();
    server.close();
  }
}
