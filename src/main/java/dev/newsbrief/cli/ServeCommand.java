package dev.newsbrief.cli;

import dev.newsbrief.store.StoreException;
import dev.newsbrief.web.WebConfig;
import dev.newsbrief.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsbrief serve}: the web app and JSON API, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serves the newsbrief web page and JSON API (described at /api/openapi.json).",
        "Stories, reports, feeds and briefings are kept in the data folder."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "1:internal error (a bug; please report it)", "2:wrong options",
        "3:the data folder cannot be opened (in use by another newsbrief, or unreadable)"})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}). Anything but loopback needs a token.")
  String host = "127.0.0.1";

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ~/.newsbrief).")
  Path data;

  @Option(names = "--token", paramLabel = "TOKEN", description = "Require Authorization: Bearer TOKEN on API requests (default: env NEWSBRIEF_TOKEN).")
  String token;

  @Option(names = "--allow-private-urls", description = "Let URL and feed fetching reach private, loopback and link-local addresses (off: such URLs are refused).")
  boolean allowPrivateUrls;

  @Option(names = "--min-feed-interval", paramLabel = "SECONDS", description = "Poll no feed more often than this (default: ${DEFAULT-VALUE}).")
  long minFeedIntervalSeconds = WebConfig.DEFAULT_MIN_FEED_INTERVAL.toSeconds();

  @Option(names = "--max-upload", paramLabel = "BYTES", description = "Largest request (upload or paste) accepted (default: ${DEFAULT-VALUE}).")
  long maxUpload = 10L << 20;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) return usage(err, "--port must be 0..65535");
    if (minFeedIntervalSeconds < 1) return usage(err, "--min-feed-interval must be at least 1 second");
    if (maxUpload < 1024) return usage(err, "--max-upload must be at least 1024 bytes");
    String t = token != null ? token : System.getenv("NEWSBRIEF_TOKEN");
    Path dir = data != null ? data : Path.of(System.getProperty("user.home"), ".newsbrief");
    Duration minInterval = Duration.ofSeconds(minFeedIntervalSeconds);
    WebConfig config = WebConfig.defaults(dir).withHost(host).withPort(port).withToken(t == null || t.isBlank() ? null : t)
        .withAllowPrivateUrls(allowPrivateUrls).withMaxUploadBytes(maxUpload)
        .withFeedTiming(minInterval, minInterval.compareTo(Duration.ofSeconds(15)) < 0 ? minInterval : Duration.ofSeconds(15));
    WebServer server;
    try {
      server = WebServer.start(config);
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    } catch (StoreException e) {
      err.println("newsbrief: " + e.getMessage());
      return ExitCode.INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "newsbrief-shutdown"));
    spec.commandLine().getOut().println("newsbrief: serving " + server.uri() + " (data in " + dir.toAbsolutePath() + "; Ctrl-C stops)");
    spec.commandLine().getOut().flush();
    stopped.await();
    return ExitCode.OK;
  }

  private static int usage(PrintWriter err, String message) {
    err.println("newsbrief: " + message);
    return ExitCode.USAGE;
  }
}
