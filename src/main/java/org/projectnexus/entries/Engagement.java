package org.projectnexus.entries;

/**
 * What members did with an entry: reactions, comments, the accepted solution of a challenge, API
 * design feedback on a project. Owned and computed by the collaboration module, kept on the entry
 * so that lists show it without joins.
 *
 * @param acceptedCommentId the comment marked as the solution of a challenge, or {@code null}
 * @param acceptedEndorsed whether a mentor marked it
 * @param feedback average rubric scores of a project, or {@code null} without feedback
 */
public record Engagement(
        int helpful,
        int insightful,
        int sameHere,
        int comments,
        String acceptedCommentId,
        boolean acceptedEndorsed,
        FeedbackSummary feedback) {

    public static final Engagement NONE = new Engagement(0, 0, 0, 0, null, false, null);

    /** Averages (1–5, one decimal) over {@code reviews} reviews; {@code frontendReviews} of them by frontend learners. */
    public record FeedbackSummary(
            int reviews,
            int frontendReviews,
            double clarity,
            double consistency,
            double documentation,
            double errorHandling,
            double overall) {}
}
