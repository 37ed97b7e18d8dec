package dev.newsbrief.ingest;

/** An input problem that stops the run: nothing readable, a path that does not exist. */
public class IngestException extends Exception {
  public IngestException(String message) {
    super(message);
  }
}
