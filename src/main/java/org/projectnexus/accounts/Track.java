package org.projectnexus.accounts;

/** The learning track of a member. */
public enum Track {
    BACKEND,
    FRONTEND
}
