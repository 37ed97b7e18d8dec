package dev.newsbrief.web;

import java.nio.file.Path;
import java.time.Duration;

/** Servers for tests: loopback, any free port, quick debounce and feed ticks. */
final class TestServers {
  private TestServers() {}

  static WebConfig config(Path data) {
    return WebConfig.defaults(data).withPort(0).withDebounce(Duration.ofMillis(100))
        .withFeedTiming(Duration.ofSeconds(1), Duration.ofMillis(200));
  }
}
