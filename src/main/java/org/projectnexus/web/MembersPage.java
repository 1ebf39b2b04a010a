package org.projectnexus.web;

import java.util.List;

/** The member directory, by handle, filtered by track and cohort. */
public record MembersPage(
        Layout layout, List<SearchPage.Option> tracks, String cohort, List<Member> members, String more) {

    /** A member in the directory. */
    public record Member(String handle, String displayName, String track, String cohort, String bio, DateText joined) {}
}
