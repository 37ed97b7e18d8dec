package dev.newsbrief.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A report to add: its extracted text and metadata, and optionally the bytes it was extracted from.
 *
 * @param original the uploaded or fetched bytes, or {@code null} for pasted text
 */
public record NewReport(String title, String text, String outlet, String url, LocalDate published, String origin,
                        Original original) {
  public NewReport {
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
  }

  /** Bytes as received, with what they were called and claimed to be. */
  public record Original(String name, String contentType, byte[] bytes) {
    public Original {
      Objects.requireNonNull(bytes, "bytes");
    }
  }
}
