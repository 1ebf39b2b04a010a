package org.projectnexus.web;

import java.util.List;

/** Entries like one entry ("others who met this"): same technologies, similar titles and words. */
public record SimilarPage(Layout layout, String id, String title, List<EntryCard> similar) {}
