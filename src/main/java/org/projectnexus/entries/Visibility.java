package org.projectnexus.entries;

/** Drafts are seen by their author only. */
public enum Visibility {
    DRAFT,
    PUBLIC
}
