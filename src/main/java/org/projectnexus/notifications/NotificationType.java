package org.projectnexus.notifications;

/** Why a member is told about something. */
enum NotificationType {
    /** Someone commented on your entry. */
    COMMENT,
    /** Someone replied to your comment. */
    REPLY,
    /** Someone mentioned you in an entry or a comment. */
    MENTION,
    /** Your comment was accepted as the solution of a challenge. */
    SOLUTION_ACCEPTED,
    /** Someone reviewed the API design of your project. */
    FEEDBACK,
    /** Someone or a technology you follow has a new entry. */
    NEW_ENTRY,
    /** Someone you follow (or who wrote about a technology you follow) imported entries: one for the import. */
    IMPORTED
}
