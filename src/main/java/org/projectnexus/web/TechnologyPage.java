package org.projectnexus.web;

import java.util.List;

/** A technology: what it is, its other names, how many follow it, its challenges and its entries. */
public record TechnologyPage(
        Layout layout,
        String slug,
        String name,
        String category,
        String description,
        List<String> aliases,
        boolean pending,
        int followers,
        List<EntryCard> challenges,
        List<EntryCard> entries,
        String searchHref,
        String more) {}
