package dev.newsbrief.time;

import dev.newsbrief.model.DatedValue;
import dev.newsbrief.model.Document;
import dev.newsbrief.model.Sentence;
import dev.newsbrief.model.Span;
import dev.newsbrief.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dates what each sentence reports, not only when it was reported: "Russia on Saturday vetoed" in
 * a Wednesday report happened on the Saturday before. The date comes from the temporal expression
 * that governs the sentence, else, for a past-tense sentence, from the report's own date ("officials
 * said" is that day's news); future and timeless sentences stay undated.
 *
 * <p>A date that needed the report's date is never finer than it: with a report known only to
 * its year, "on Saturday" is dated to that year. Such values take the report date's source (GIVEN
 * or INFERRED) and a lower confidence; dates written out in full are INFERRED from the text.
 */
public final class EventDater {
  private EventDater() {}

  /** Words before an expression that make it a bound of a span, not the time of the event. */
  private static final Set<String> BOUNDS = Set.of("since", "until", "till", "by", "before", "after", "from", "through");
  private static final Set<String> REPORTING = Set.of(
      "said", "says", "told", "announced", "added", "reported", "confirmed", "stated", "claimed");

  /** One value per sentence of {@code doc}, in order; {@code report} is the report's own date. */
  public static List<DatedValue> date(Document doc, DatedValue report) {
    String text = doc.article().text();
    LocalDate anchor = report.date();
    List<TemporalTagger.Anchored> found = new ArrayList<>();
    for (Span p : doc.paragraphs()) found.addAll(TemporalTagger.tagAnchored(text, p.start(), p.end(), anchor));
    List<DatedValue> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) out.add(dateSentence(text, s, report, found));
    return out;
  }

  private static DatedValue dateSentence(String text, Sentence s, DatedValue report, List<TemporalTagger.Anchored> found) {
    int best = -1, bestScore = Integer.MIN_VALUE;
    for (int i = 0; i < found.size(); i++) {
      TimeExpression t = found.get(i).expression();
      if (t.start() < s.start() || t.end() > s.end() || t.kind() != TimeExpression.Kind.DATE || t.date() == null) continue;
      String before = TemporalTagger.previousWord(text, t.start());
      int score = 0;
      if (BOUNDS.contains(before)) score -= 2;
      // "X said on Wednesday that Y happened on Monday": Y's date is the news
      if (REPORTING.contains(before) || before.equals("on") && REPORTING.contains(TemporalTagger.previousWord(text, t.start() - 3))) score -= 1;
      if (score > bestScore) { bestScore = score; best = i; }
    }
    if (best >= 0) {
      TimeExpression t = found.get(best).expression();
      if (!found.get(best).relative()) {
        return new DatedValue(t.date(), t.granularity(), DatedValue.Source.INFERRED, 0.9, "'" + t.text() + "'");
      }
      if (report.granularity().compareTo(t.granularity()) > 0) { // the report is known less precisely
        return new DatedValue(report.date(), report.granularity(), report.source(), round(0.7 * report.confidence()),
            "'" + t.text() + "' in a report dated only to " + report.granularity().name().toLowerCase(Locale.ROOT));
      }
      return new DatedValue(t.date(), t.granularity(), report.source(), round(0.8 * report.confidence()),
          "'" + t.text() + "' counted from the report date " + report.date());
    }
    if (report.isKnown() && Tense.around(text, s.start(), s.end(), s.start(), s.start()) == Tense.PAST) {
      return new DatedValue(report.date(), report.granularity(), report.source(), round(0.5 * report.confidence()),
          "past-tense news of the report date " + report.date());
    }
    return DatedValue.undated();
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
