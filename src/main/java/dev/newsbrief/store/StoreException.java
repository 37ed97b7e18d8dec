package dev.newsbrief.store;

/** The store could not do what was asked: a database or index failure, not a caller's mistake. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
