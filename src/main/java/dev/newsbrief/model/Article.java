package dev.newsbrief.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news report as read from its input, before any analysis.
 *
 * @param id        stable identifier, unique within one run (file name, JSONL id, DOCNO)
 * @param title     the headline; never part of {@code text}
 * @param text      the report body as plain text with paragraphs separated by blank lines; all
 *                  offsets elsewhere in the model point into this string
 * @param outlet    publisher or wire service when the input names one, else {@code null}
 * @param url       where the report came from, else {@code null}
 * @param published publication date the input carries, else {@code null} (it may be inferred later);
 *                  a date outside {@link #EARLIEST}..{@link #LATEST} is no date and becomes {@code null}
 * @param origin    where it was read from (a path, "stdin", a URL), for messages
 * @param page      what a web page says about itself beyond the above (authors, where its date was
 *                  found, its language); {@link PageFacts#NONE} for other inputs
 */
public record Article(String id, String title, String text, String outlet, String url,
                      LocalDate published, String origin, PageFacts page) {
  /** The dates a report can carry: news of years 1800 to 2200 (beyond, relative dates overflow). */
  public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1), LATEST = LocalDate.of(2200, 12, 31);

  public static boolean datable(LocalDate d) {
    return !d.isBefore(EARLIEST) && !d.isAfter(LATEST);
  }

  public Article {
    Objects.requireNonNull(id, "id");
    if (published != null && !datable(published)) published = null;
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    page = page == null ? PageFacts.NONE : page;
    if (published == null && page.dateEvidence() != null) page = new PageFacts(page.authors(), null, page.language());
  }

  public Article(String id, String title, String text, String outlet, String url, LocalDate published, String origin) {
    this(id, title, text, outlet, url, published, origin, PageFacts.NONE);
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, title, text, outlet, url, date, origin, page);
  }

  /** The article dated, with where the date was found (see {@link PageFacts#dateEvidence()}). */
  public Article withPublished(LocalDate date, String evidence) {
    return new Article(id, title, text, outlet, url, date, origin, new PageFacts(page.authors(), evidence, page.language()));
  }
}
