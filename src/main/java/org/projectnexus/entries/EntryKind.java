package org.projectnexus.entries;

/** What a piece of knowledge is (product.md, "Content model"). */
public enum EntryKind {
    /** A technology or concept learned. */
    LEARNING,
    /** A problem met, with its solution (which may still be open). */
    CHALLENGE,
    /** A best practice or personal takeaway. */
    PRACTICE,
    /** Code, with its language. */
    SNIPPET,
    /** An ERD or architecture diagram as text (Mermaid, DBML, PlantUML). */
    DIAGRAM,
    /** A capstone or milestone project summary. */
    PROJECT,
    /** A future goal. */
    GOAL
}
