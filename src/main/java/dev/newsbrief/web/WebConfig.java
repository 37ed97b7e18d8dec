package dev.newsbrief.web;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code newsbrief serve} runs.
 *
 * @param host             address to bind; anything but loopback needs a token
 * @param port             port to bind (0: any free one)
 * @param data             data folder
 * @param token            bearer token every API request must carry, or {@code null} for none
 * @param allowPrivateUrls let URL and feed fetching reach private, loopback and link-local addresses
 * @param minFeedInterval  no feed is polled more often than this
 * @param feedTick         how often the poller looks for due feeds
 * @param maxUploadBytes   largest request body accepted (a 413 past it)
 * @param maxFetchBytes    largest page or feed fetched
 * @param fetchTimeout     longest a fetch may take
 * @param debounce         quiet time after a change before the briefing is recomputed
 */
public record WebConfig(String host, int port, Path data, String token, boolean allowPrivateUrls,
                        Duration minFeedInterval, Duration feedTick, long maxUploadBytes, long maxFetchBytes,
                        Duration fetchTimeout, Duration debounce) {
  public static final Duration DEFAULT_MIN_FEED_INTERVAL = Duration.ofMinutes(5);

  public static WebConfig defaults(Path data) {
    return new WebConfig("127.0.0.1", 8080, data, null, false, DEFAULT_MIN_FEED_INTERVAL, Duration.ofSeconds(15),
        10L << 20, 5L << 20, Duration.ofSeconds(20), Duration.ofMillis(500));
  }

  public WebConfig withPort(int p) {
    return new WebConfig(host, p, data, token, allowPrivateUrls, minFeedInterval, feedTick, maxUploadBytes, maxFetchBytes, fetchTimeout, debounce);
  }

  public WebConfig withHost(String h) {
    return new WebConfig(h, port, data, token, allowPrivateUrls, minFeedInterval, feedTick, maxUploadBytes, maxFetchBytes, fetchTimeout, debounce);
  }

  public WebConfig withToken(String t) {
    return new WebConfig(host, port, data, t, allowPrivateUrls, minFeedInterval, feedTick, maxUploadBytes, maxFetchBytes, fetchTimeout, debounce);
  }

  public WebConfig withAllowPrivateUrls(boolean a) {
    return new WebConfig(host, port, data, token, a, minFeedInterval, feedTick, maxUploadBytes, maxFetchBytes, fetchTimeout, debounce);
  }

  public WebConfig withFeedTiming(Duration minInterval, Duration tick) {
    return new WebConfig(host, port, data, token, allowPrivateUrls, minInterval, tick, maxUploadBytes, maxFetchBytes, fetchTimeout, debounce);
  }

  public WebConfig withMaxUploadBytes(long m) {
    return new WebConfig(host, port, data, token, allowPrivateUrls, minFeedInterval, feedTick, m, maxFetchBytes, fetchTimeout, debounce);
  }

  public WebConfig withDebounce(Duration d) {
    return new WebConfig(host, port, data, token, allowPrivateUrls, minFeedInterval, feedTick, maxUploadBytes, maxFetchBytes, fetchTimeout, d);
  }
}
