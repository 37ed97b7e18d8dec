/**
 * Renders a {@link dev.newsbrief.model.Brief} as Markdown (the terminal), JSON (a documented,
 * versioned schema) or one self-contained HTML page. Report text is untrusted: the HTML renderer
 * escapes every piece of it.
 */
package dev.newsbrief.render;
