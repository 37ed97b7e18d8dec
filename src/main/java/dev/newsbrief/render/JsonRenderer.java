package dev.newsbrief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.DisputedFigure;
import dev.newsbrief.model.Figure;
import dev.newsbrief.model.Quote;
import dev.newsbrief.model.Source;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.model.Voice;
import java.util.List;

/**
 * The briefing as JSON, schema {@value #SCHEMA} (documented in README.md). Field names are part
 * of the public contract: they are written here explicitly rather than derived from the model,
 * so a refactoring of the model cannot change the output by accident.
 */
public final class JsonRenderer {
  public static final String SCHEMA = "newsbrief.brief/3";
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonRenderer() {}

  public static String render(Brief brief) {
    try {
      return MAPPER.writeValueAsString(tree(brief)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  public static ObjectNode tree(Brief brief) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("headline", brief.headline());
    if (brief.latest().isEmpty()) {
      root.putNull("latest");
    } else {
      ObjectNode latest = root.putObject("latest");
      latest.put("date", brief.latest().date().toString());
      ArrayNode sentences = latest.putArray("summary");
      brief.latest().summary().forEach(s -> sentences.add(cited(s)));
    }
    ArrayNode summary = root.putArray("summary");
    brief.summary().forEach(s -> summary.add(cited(s)));
    ArrayNode timeline = root.putArray("timeline");
    for (TimelineEntry e : brief.timeline()) {
      ObjectNode n = cited(e.sentence());
      n.set("date", date(e.date()));
      if (e.reported()) n.put("reported", true);
      if (e.evidence() != null) {
        ObjectNode ev = n.putObject("dateEvidence");
        ev.put("text", e.evidence().text());
        ev.put("id", e.evidence().articleId());
        ev.put("start", e.evidence().start());
        ev.put("end", e.evidence().end());
      }
      timeline.add(n);
    }
    ArrayNode voices = root.putArray("voices");
    for (Voice v : brief.voices()) {
      ObjectNode n = voices.addObject();
      n.put("actor", v.actorId());
      n.put("name", v.name());
      n.put("role", v.role());
      ArrayNode quotes = n.putArray("quotes");
      for (Voice.VoiceQuote q : v.quotes()) {
        ObjectNode qn = quote(q.quote());
        citations(qn.putArray("citations"), q.citations());
        quotes.add(qn);
      }
    }
    ArrayNode figures = root.putArray("disputedFigures");
    for (DisputedFigure f : brief.figures()) {
      ObjectNode n = figures.addObject();
      n.put("quantity", f.quantity());
      n.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
      ArrayNode values = n.putArray("values");
      for (DisputedFigure.SourcedFigure v : f.values()) {
        ObjectNode vn = figure(v.figure());
        vn.put("source", v.source());
        vn.set("date", date(v.date()));
        vn.put("claimant", v.claimant());
        values.add(vn);
      }
    }
    ArrayNode sources = root.putArray("sources");
    for (Source s : brief.sources()) {
      ObjectNode n = sources.addObject();
      n.put("number", s.number());
      n.put("id", s.articleId());
      n.put("title", s.title());
      n.put("outlet", s.outlet());
      n.put("url", s.url());
      n.set("date", date(s.date()));
      if (s.origin() > 0) n.put("copyOf", s.origin());
      else n.putNull("copyOf");
      n.put("words", s.words());
      n.put("removedPassages", s.removed());
    }
    ArrayNode notes = root.putArray("notes");
    brief.notes().forEach(notes::add);
    return root;
  }

  private static ObjectNode cited(CitedSentence s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("text", s.text());
    n.put("quoted", s.quoted() == null ? 0 : s.quoted().source());
    citations(n.putArray("citations"), s.citations());
    if (!s.insertions().isEmpty()) {
      n.put("shown", s.shown());
      ArrayNode insertions = n.putArray("insertions");
      for (var i : s.insertions()) {
        ObjectNode in = insertions.addObject();
        in.put("at", i.at());
        in.put("replaced", i.replaced());
        in.put("words", i.words());
        citations(in.putArray("source"), List.of(i.source()));
      }
    }
    return n;
  }

  private static void citations(ArrayNode into, List<Citation> cs) {
    for (Citation c : cs) {
      ObjectNode n = into.addObject();
      n.put("source", c.source());
      n.put("id", c.articleId());
      n.put("sentence", c.sentence());
      n.put("start", c.start());
      n.put("end", c.end());
      n.put("text", c.text());
      n.put("similarity", c.similarity());
    }
  }

  static ObjectNode date(DatedValue d) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("value", Dates.iso(d));
    n.put("label", Dates.plain(d)); // as the Markdown and HTML briefings write it; "source" says whether inferred
    n.put("granularity", d == null ? "unknown" : d.granularity().name().toLowerCase(java.util.Locale.ROOT));
    n.put("source", d == null ? "none" : d.source().name().toLowerCase(java.util.Locale.ROOT));
    n.put("confidence", d == null ? 0 : d.confidence());
    if (d != null && !d.evidence().isBlank()) n.put("evidence", d.evidence());
    return n;
  }

  private static ObjectNode quote(Quote q) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("speaker", q.speaker());
    n.put("verb", q.verb());
    n.put("text", q.text());
    n.put("direct", q.direct());
    n.put("id", q.articleId());
    n.put("start", q.start());
    n.put("end", q.end());
    return n;
  }

  private static ObjectNode figure(Figure f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("value", f.value());
    n.put("qualifier", f.qualifier());
    n.put("unit", f.unit());
    n.put("text", f.text());
    n.put("id", f.articleId());
    n.put("start", f.start());
    n.put("end", f.end());
    return n;
  }
}
