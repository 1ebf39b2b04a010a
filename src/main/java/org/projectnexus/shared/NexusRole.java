package org.projectnexus.shared;

/**
 * What one running instance of Nexus does. A laptop runs all three in one process; a programme
 * runs several API replicas, a few workers and one scheduler from the same jar.
 */
public enum NexusRole {
    /** Serves the REST and GraphQL API. */
    API,
    /** Runs background work: event listeners, retries of failed work, imports, notifications. */
    WORKER,
    /** Runs scheduled jobs (digests, reports, housekeeping). */
    SCHEDULER
}
