/**
 * Timeline-summarisation benchmark in the news-tls protocol: reads topics in Timeline17 layout
 * ({@link dev.newsbrief.eval.timeline.TimelineBenchmark}), turns each reference timeline into a
 * task (l dates, k sentences per date, reports limited to the reference's span: {@link
 * dev.newsbrief.eval.timeline.TimelineTask}), runs newsbrief's {@link
 * dev.newsbrief.tls.TimelineSummarizer} beside a baseline in one run ({@link
 * dev.newsbrief.eval.timeline.TimelineRun}) and reports tilse's scores ({@link
 * dev.newsbrief.eval.timeline.TimelineReport}).
 */
package dev.newsbrief.eval.timeline;
