package org.projectnexus.web;

import java.util.List;

/**
 * One entry: its rendered markdown (sanitized by the entries module), the solution of a challenge,
 * technologies, author, revisions, the discussion (read-only for now) and similar entries.
 *
 * @param bodyHtml safe HTML
 * @param solutionHtml safe HTML; {@code null} when the entry is not a challenge
 * @param moreComments the link to later comments, or {@code null}
 * @param similarHref the page of similar entries, loaded into this one after it is shown
 */
public record EntryPage(
        Layout layout,
        String id,
        String kind,
        String kindLabel,
        String title,
        String authorHandle,
        String authorName,
        DateText created,
        DateText updated,
        boolean draft,
        String bodyHtml,
        boolean challenge,
        String solutionHtml,
        Details details,
        List<EntryCard.Tag> technologies,
        Counts counts,
        List<Revision> revisions,
        List<CommentNode> comments,
        String moreComments,
        String similarHref) {

    /** What some kinds add: a snippet's language, a diagram's format and caption, a project's links. */
    public record Details(
            String language, String diagramFormat, String caption, String repositoryUrl, String demoUrl) {}

    /** What members did with the entry. */
    public record Counts(int helpful, int insightful, int sameHere, int comments, long views, boolean accepted) {}

    /** A saved version. */
    public record Revision(int version, DateText saved, String byHandle) {}

    /** A comment with its replies, nested; depth is capped for indentation. */
    public record CommentNode(
            String id,
            String authorHandle,
            String authorName,
            String bodyHtml,
            boolean deleted,
            boolean accepted,
            DateText date,
            int depth,
            List<CommentNode> replies) {}
}
