package org.projectnexus.imports;

import java.util.UUID;

/** An upload waits to be parsed (and committed, in commit mode) by a worker. */
public record ImportRequested(UUID jobId) {}
