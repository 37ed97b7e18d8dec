package dev.newsbrief.store;

import java.nio.file.Path;

/**
 * A separate JVM for {@link CrashTest}: adds reports to a store as fast as it can and prints
 * {@code ACK <id> <n>} after each one the store has acknowledged, until it is killed.
 */
public final class CrashWorker {
  private CrashWorker() {}

  public static void main(String[] args) {
    Store store = Store.open(Path.of(args[0]));
    long story = Ids.parse(store.createStory("crash").id(), 's').getAsLong();
    System.out.println("READY");
    System.out.flush();
    for (int n = 0; ; n++) {
      Added a = store.addReport(story, new NewReport("Report " + n, CrashTest.body(n), null, null, null, "crash", null));
      System.out.println("ACK " + a.report().id() + " " + n);
      System.out.flush();
    }
  }
}
