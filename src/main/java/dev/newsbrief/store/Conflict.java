package dev.newsbrief.store;

/** What was asked would duplicate something that exists (a story name, a feed of a story). */
public class Conflict extends RuntimeException {
  public Conflict(String message) {
    super(message);
  }
}
