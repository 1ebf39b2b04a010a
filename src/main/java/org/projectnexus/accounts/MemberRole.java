package org.projectnexus.accounts;

/** What a member may do beyond their own content. */
public enum MemberRole {
    LEARNER,
    /** Answers and endorses solutions, moderates content, suspends learners. */
    MENTOR,
    /** Manages members, roles and the taxonomy; reads the audit log. */
    ADMIN
}
