package dev.newsbrief.render;

import dev.newsbrief.text.Patterns;
import dev.newsbrief.model.Brief;
import dev.newsbrief.model.Citation;
import dev.newsbrief.model.CitedSentence;
import dev.newsbrief.model.DisputedFigure;
import dev.newsbrief.model.Source;
import dev.newsbrief.model.TimelineEntry;
import dev.newsbrief.model.Voice;
import dev.newsbrief.text.ReportingVerbs;

/** The briefing as Markdown, readable as it stands in a terminal. */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  public static String render(Brief brief) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(md(brief.headline())).append("\n\n");
    if (!brief.latest().isEmpty()) {
      out.append("## Latest (").append(Dates.day(brief.latest().date())).append(")\n\n");
      for (CitedSentence s : brief.latest().summary()) out.append("- ").append(md(s.shown())).append(' ').append(cites(s)).append('\n');
      out.append('\n');
    }
    out.append("## Summary\n\n");
    if (brief.summary().isEmpty()) out.append("_No sentence of these reports could stand alone in a summary._\n");
    for (CitedSentence s : brief.summary()) out.append("- ").append(md(s.shown())).append(' ').append(cites(s)).append('\n');
    if (!brief.timeline().isEmpty()) {
      out.append("\n## Timeline\n\n");
      for (TimelineEntry e : brief.timeline()) {
        out.append("- **").append(Dates.show(e)).append("**: ").append(md(e.sentence().shown()))
            .append(' ').append(cites(e.sentence())).append('\n');
      }
    }
    if (!brief.voices().isEmpty()) {
      out.append("\n## Voices\n");
      for (Voice v : brief.voices()) {
        out.append("\n**").append(md(v.name())).append("**");
        if (v.role() != null && !v.role().isBlank()) out.append(", ").append(md(v.role()));
        out.append('\n');
        for (Voice.VoiceQuote q : v.quotes()) {
          String text = q.quote().direct() ? "“" + md(q.quote().text()) + "”" : md(q.quote().text());
          out.append("- ").append(ReportingVerbs.shown(q.quote().verb())).append(": ").append(text).append(' ')
              .append(cites(q.citations())).append('\n');
        }
      }
    }
    if (!brief.figures().isEmpty()) {
      out.append("\n## Disputed figures\n\n");
      for (DisputedFigure f : brief.figures()) {
        out.append("- **").append(md(f.quantity())).append("** (")
            .append(f.kind() == DisputedFigure.Kind.CHANGED ? "changed over time" : "sources disagree").append("): ");
        String sep = "";
        for (DisputedFigure.SourcedFigure v : f.values()) {
          out.append(sep).append(md(v.figure().text())).append(" [").append(v.source()).append("] (");
          if (v.claimant() != null) out.append("according to ").append(md(v.claimant())).append(", ");
          out.append(Dates.show(v.date())).append(')');
          sep = "; ";
        }
        out.append('\n');
      }
    }
    out.append("\n## Sources\n\n");
    for (Source s : brief.sources()) {
      out.append("[").append(s.number()).append("] ").append(md(s.title().isBlank() ? s.articleId() : s.title()));
      if (s.outlet() != null) out.append(" — ").append(md(s.outlet()));
      out.append(" — ").append(Dates.show(s.date()));
      if (s.origin() > 0) out.append(" — copy of [").append(s.origin()).append("]");
      if (s.url() != null) out.append(" — ").append(md(s.url()));
      out.append('\n');
    }
    if (!brief.notes().isEmpty()) {
      out.append("\n## Notes\n\n");
      for (String n : brief.notes()) out.append("- ").append(md(n)).append('\n');
    }
    return out.toString();
  }

  private static String cites(CitedSentence s) {
    return cites(s.citations());
  }

  private static String cites(java.util.List<Citation> cs) {
    StringBuilder b = new StringBuilder();
    for (Citation c : cs) b.append('[').append(c.source()).append(']');
    return b.toString();
  }

  /**
   * Report text as one Markdown line with its HTML neutralised: a Markdown viewer renders raw HTML,
   * so a title carrying {@code <script>} or {@code <img onerror>} must arrive as text.
   */
  static String md(String s) {
    return oneLine(s).replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Report text may hold line breaks or control characters; a briefing line must stay one line. */
  public static String oneLine(String s) {
    if (s == null) return "";
    return Patterns.replaceAll(s, "[\\p{Cntrl}\\s]+", " ").strip();
  }
}
