package org.projectnexus.web;

import java.util.List;

/**
 * The front page: the search box, recent and popular challenges, the technologies people follow
 * most and what the viewer's cohort (or everyone, for visitors) wrote lately.
 */
public record HomePage(
        Layout layout,
        List<EntryCard> recentChallenges,
        List<EntryCard> popularChallenges,
        List<FollowedTechnology> technologies,
        String cohort,
        List<EntryCard> activity) {

    /** A technology and how many members follow it. */
    public record FollowedTechnology(String slug, String name, int followers) {}
}
