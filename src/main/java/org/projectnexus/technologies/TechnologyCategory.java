package org.projectnexus.technologies;

/** Broad kinds of technologies, for browsing and insights. */
public enum TechnologyCategory {
    LANGUAGE,
    FRAMEWORK,
    LIBRARY,
    DATABASE,
    CACHE,
    MESSAGING,
    API,
    AUTH,
    DEVOPS,
    CLOUD,
    TESTING,
    TOOL,
    CONCEPT
}
