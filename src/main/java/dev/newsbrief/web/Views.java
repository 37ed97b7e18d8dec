package dev.newsbrief.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbrief.store.FeedState;
import dev.newsbrief.store.Page;
import dev.newsbrief.store.ReportInfo;
import dev.newsbrief.store.SearchHit;
import dev.newsbrief.store.StoryInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The API's JSON for stored things. Field names are the public contract (see openapi.json), so
 * they are written out here rather than derived from the records.
 */
final class Views {
  static final ObjectMapper JSON = new ObjectMapper();

  private Views() {}

  static ObjectNode story(StoryInfo s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", s.id());
    n.put("name", s.name());
    n.put("createdAt", iso(s.createdAt()));
    n.put("reports", s.reports());
    n.put("outlets", s.outlets());
    n.put("lastReport", iso(s.lastReport()));
    return n;
  }

  static ObjectNode report(ReportInfo r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", r.id());
    n.put("storyId", r.storyId());
    n.put("title", r.title());
    n.put("outlet", r.outlet());
    n.put("url", r.url());
    n.put("published", r.published() == null ? null : r.published().toString());
    n.put("origin", r.origin());
    n.put("addedAt", iso(r.addedAt()));
    n.put("chars", r.chars());
    n.put("hasOriginal", r.hasOriginal());
    return n;
  }

  static ObjectNode feed(FeedState f) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", f.id());
    n.put("storyId", f.storyId());
    n.put("url", f.url());
    n.put("title", f.title());
    n.put("intervalSeconds", f.intervalSeconds());
    n.put("lastPolled", iso(f.lastPolled()));
    n.put("nextPoll", iso(f.nextPoll()));
    n.put("lastError", f.lastError());
    n.put("failures", f.failures());
    n.put("itemsAdded", f.itemsAdded());
    return n;
  }

  static ObjectNode hit(SearchHit h) {
    ObjectNode n = JSON.createObjectNode();
    n.put("reportId", h.reportId());
    n.put("storyId", h.storyId());
    n.put("title", h.title());
    n.put("score", h.score());
    n.put("snippet", h.snippet());
    n.put("snippetStart", h.start());
    ArrayNode m = n.putArray("matches");
    for (int i = 0; i + 1 < h.matches().length; i += 2) m.addArray().add(h.matches()[i]).add(h.matches()[i + 1]);
    return n;
  }

  static <T> ObjectNode page(Page<T> p, Function<T, ObjectNode> view) {
    ObjectNode n = JSON.createObjectNode();
    ArrayNode items = n.putArray("items");
    p.items().forEach(i -> items.add(view.apply(i)));
    n.put("total", p.total());
    n.put("limit", p.limit());
    n.put("offset", p.offset());
    return n;
  }

  static ObjectNode error(String message) {
    return JSON.createObjectNode().put("error", message);
  }

  static String iso(Instant t) {
    return t == null ? null : t.toString();
  }

  static LocalDate date(String s) {
    if (s == null || s.isBlank()) return null;
    LocalDate d;
    try {
      d = LocalDate.parse(s.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiError.badRequest("published must be a date like 2016-10-15, not " + s);
    }
    if (!dev.newsbrief.model.Article.datable(d)) {
      throw ApiError.badRequest("published must lie between " + dev.newsbrief.model.Article.EARLIEST + " and "
          + dev.newsbrief.model.Article.LATEST + ", not " + s);
    }
    return d;
  }
}
