package org.projectnexus.search;

import org.projectnexus.entries.EntrySummary;

/**
 * One search result.
 *
 * @param titleHtml the title HTML-escaped, matched words wrapped in {@code <mark>}
 * @param bodyHtml fragments of body and solution, escaped and marked the same way
 */
public record SearchResult(EntrySummary entry, String titleHtml, String bodyHtml, float score) {}
