package org.projectnexus.imports;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a README section is about, recognised by the meaning of its heading, not exact words. */
enum SectionKind {
    CONTENTS("table of contents", "contents", "toc"),
    CHALLENGES("challenge", "problem", "obstacle", "difficult", "hurdle", "struggle", "issues faced", "roadblock"),
    PRACTICES("best practice", "takeaway", "lessons", "lesson learned", "tips", "advice", "reflection", "principle"),
    GOALS("future", "goal", "next step", "roadmap", "plan", "aspiration", "what s next", "whats next"),
    STRUCTURE(
            "repository structure",
            "project structure",
            "folder structure",
            "directory structure",
            "file structure",
            "repo structure"),
    SNIPPETS("snippet", "code sample", "code example"),
    DIAGRAMS("diagram", "erd", "architecture diagram", "schema diagram"),
    PROJECTS("capstone", "project", "milestone", "portfolio", "what i built", "features", "objective"),
    TECHNOLOGIES("technolog", "tech stack", "stack", "tools", "frameworks", "languages", "libraries", "tooling"),
    CONCEPTS(
            "concept",
            "learning",
            "learned",
            "learnt",
            "knowledge",
            "fundamental",
            "topics",
            "skills",
            "what i know",
            "core",
            "key areas",
            "backend development"),
    OVERVIEW();

    private final List<String> cues;

    SectionKind(String... cues) {
        this.cues = List.of(cues);
    }

    private static final Pattern NOISE = Pattern.compile("[^a-z ]+");

    /**
     * The kind a heading names, or {@code null} when it names none (then the section inherits the
     * kind of the section it sits in). Checked in declaration order: "Challenges and lessons" is
     * about challenges, "Project goals" about a project.
     */
    static SectionKind of(String heading) {
        var text = " "
                + NOISE.matcher(heading.toLowerCase(Locale.ROOT).replace('&', ' '))
                        .replaceAll(" ")
                        .replaceAll("\\s+", " ")
                        .strip()
                + " ";
        if (text.contains(" project goal") || text.contains(" project objective")) {
            return PROJECTS;
        }
        for (var kind : values()) {
            for (var cue : kind.cues) {
                if (text.contains(" " + cue)) {
                    return kind;
                }
            }
        }
        return null;
    }
}
