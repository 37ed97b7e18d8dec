/**
 * Time in news text: {@link dev.newsbrief.time.TemporalTagger} finds temporal expressions and
 * places them on the calendar relative to a report's date; {@link dev.newsbrief.time.ReportDater}
 * dates the reports of a story (given, or inferred from their text with evidence);
 * {@link dev.newsbrief.time.EventDater} dates what each sentence reports. Rules only, no model,
 * no GPL taggers; values follow TIMEX3.
 */
package dev.newsbrief.time;
