/**
 * Timeline summarisation: from many dated reports of one story, the days that matter and, for
 * each, the report sentences that tell what happened. Start with {@link
 * dev.newsbrief.tls.TimelineSummarizer#summarize}.
 */
package dev.newsbrief.tls;
