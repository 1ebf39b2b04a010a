package org.projectnexus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.projectnexus.entries.EntryKind;

/** One fixture per README pattern the importer reads (each seen in real learner READMEs). */
class ReadmeParserTests {

    private static ReadmeParser.Parsed parse(String markdown) {
        var parsed = ReadmeParser.parse(markdown);
        assertThat(parsed.report().unaccounted())
                .as("unaccounted blocks: %s", parsed.report().warnings())
                .isZero();
        return parsed;
    }

    private static List<ImportItem> of(ReadmeParser.Parsed parsed, EntryKind kind) {
        return parsed.items().stream()
                .filter(i -> i.kind() == kind && !parsed.isNote(i))
                .toList();
    }

    private static ImportItem titled(ReadmeParser.Parsed parsed, String title) {
        return parsed.items().stream()
                .filter(i -> i.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item '" + title + "' in "
                        + parsed.items().stream().map(ImportItem::title).toList()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Key Technologies Covered                          | TECHNOLOGIES
            🛠️ Tools & Technologies                           | TECHNOLOGIES
            3. Tech Stack                                     | TECHNOLOGIES
            **Technologies Used**                             | TECHNOLOGIES
            Important Backend Development Concepts            | CONCEPTS
            Challenges Faced & Solutions Implemented          | CHALLENGES
            Challenges and How I Solved Them                  | CHALLENGES
            🚧 4. Problems I Ran Into                          | CHALLENGES
            Best Practices & Personal Takeaways               | PRACTICES
            Lessons Learned                                   | PRACTICES
            Future Goals                                      | GOALS
            Next Steps                                        | GOALS
            Repository Structure                              | STRUCTURE
            Capstone Project                                  | PROJECTS
            Project Goals                                     | PROJECTS
            Table of Contents                                 | CONTENTS
            Code Snippets                                     | SNIPPETS
            ERD Diagram                                       | DIAGRAMS
            """)
    void sectionsAreRecognisedByMeaning(String heading, SectionKind kind) {
        assertThat(SectionKind.of(ReadmeParser.cleanTitle(heading))).isEqualTo(kind);
    }

    @Test
    void technologyItemsAsBoldNamesWithDashOrColon() {
        var parsed = parse("""
                # My ALX Project Nexus

                ## 🔑 Key Technologies Covered

                - **Python** - the language of the whole programme
                - **Django:** web framework with batteries included
                - **PostgreSQL** – relational database with JSONB
                """);
        var learning = of(parsed, EntryKind.LEARNING);
        assertThat(learning).extracting(ImportItem::title).containsExactly("Python", "Django", "PostgreSQL");
        assertThat(titled(parsed, "Django").body()).isEqualTo("web framework with batteries included");
        assertThat(titled(parsed, "Python").technologies()).containsExactly("Python");
    }

    @Test
    void technologyItemsAsSubHeadingsWithBullets() {
        var parsed = parse("""
                ## Technologies

                ### Docker

                - multi-stage builds
                - compose for local services

                ### GraphQL

                Queries and mutations with Graphene.
                """);
        var docker = titled(parsed, "Docker");
        assertThat(docker.kind()).isEqualTo(EntryKind.LEARNING);
        assertThat(docker.body()).contains("multi-stage builds").contains("compose for local services");
        assertThat(docker.technologies()).containsExactly("Docker");
        assertThat(titled(parsed, "GraphQL").body()).isEqualTo("Queries and mutations with Graphene.");
    }

    @Test
    void technologyItemsAsTableRows() {
        var parsed = parse("""
                ## Tech Stack

                | Technology | What I used it for |
                |---|---|
                | Redis | caching and Celery broker |
                | RabbitMQ | durable task queues |
                """);
        assertThat(of(parsed, EntryKind.LEARNING)).extracting(ImportItem::title).containsExactly("Redis", "RabbitMQ");
        assertThat(titled(parsed, "Redis").body()).contains("caching and Celery broker");
    }

    @Test
    void challengesAsTwoColumnTableWithAnyHeaderWording() {
        var parsed = parse("""
                ## Challenges Faced & Solutions Implemented

                | What went wrong | How I fixed it |
                |---|---|
                | Celery tasks ran twice after a worker restart | Made tasks idempotent with a unique key |
                | N+1 queries on the feed | select_related and prefetch_related |
                """);
        var challenges = of(parsed, EntryKind.CHALLENGE);
        assertThat(challenges).hasSize(2);
        assertThat(challenges.getFirst().body()).contains("Celery tasks ran twice");
        assertThat(challenges.getFirst().solution()).isEqualTo("Made tasks idempotent with a unique key");
        assertThat(challenges.get(1).solution()).contains("prefetch_related");
    }

    @Test
    void challengesAsBoldChallengeAndSolutionPairs() {
        var parsed = parse("""
                ## Challenges

                **Challenge:** Tokens expired in the middle of long uploads.

                **Solution:** Refresh tokens with rotation, refreshed one minute before expiry.

                **Challenge:** Slow search over thousands of posts.
                **Solution:** A GIN index on a tsvector column.
                """);
        var challenges = of(parsed, EntryKind.CHALLENGE);
        assertThat(challenges).hasSize(2);
        assertThat(challenges.getFirst().body()).contains("Tokens expired");
        assertThat(challenges.getFirst().solution()).contains("Refresh tokens with rotation");
        assertThat(challenges.get(1).solution()).contains("GIN index");
    }

    @Test
    void challengesAsSubHeadingsWithParagraphs() {
        var parsed = parse("""
                ## Challenges and How I Solved Them

                ### 1. Database migrations out of order

                Two branches added migrations with the same number.

                **Solution:** Squashed them and added a CI check for conflicts.
                """);
        var challenge = titled(parsed, "Database migrations out of order");
        assertThat(challenge.kind()).isEqualTo(EntryKind.CHALLENGE);
        assertThat(challenge.body()).isEqualTo("Two branches added migrations with the same number.");
        assertThat(challenge.solution()).isEqualTo("Squashed them and added a CI check for conflicts.");
    }

    @Test
    void challengesAsNestedBullets() {
        var parsed = parse("""
                ## Challenges

                - Understanding async views
                  - Solution: read the Django docs on ASGI and used sync_to_async
                - Docker images were huge
                  - Fix: multi-stage builds with a slim base image
                """);
        var challenges = of(parsed, EntryKind.CHALLENGE);
        assertThat(challenges)
                .extracting(ImportItem::title)
                .containsExactly("Understanding async views", "Docker images were huge");
        assertThat(challenges.getFirst().solution()).contains("sync_to_async");
        assertThat(challenges.get(1).solution()).contains("multi-stage builds");
    }

    @Test
    void challengesAsNarrativeWithTheSolutionInTheText() {
        var parsed = parse("""
                ## Challenges

                Getting Celery retries to back off was hard at first. I solved it by using autoretry_for with\
                 retry_backoff and a maximum of five retries.
                """);
        var challenge = of(parsed, EntryKind.CHALLENGE).getFirst();
        assertThat(challenge.body()).contains("Celery retries");
        assertThat(challenge.solution()).contains("retry_backoff");
    }

    @Test
    void practicesAndGoalsFromTheirLists() {
        var parsed = parse("""
                ## Best Practices & Personal Takeaways

                - Write tests before fixing a bug
                - **Small commits:** one concern each

                ## Future Goals

                1. Learn Kubernetes operators
                2. Contribute to an open-source Django package
                """);
        assertThat(of(parsed, EntryKind.PRACTICE))
                .extracting(ImportItem::title)
                .containsExactly("Write tests before fixing a bug", "Small commits");
        assertThat(of(parsed, EntryKind.GOAL))
                .extracting(ImportItem::title)
                .containsExactly("Learn Kubernetes operators", "Contribute to an open-source Django package");
    }

    @Test
    void capstoneSectionIsOneProjectWithItsSubSections() {
        var parsed = parse("""
                ## Capstone Project: Online Poll System

                A REST API for polls with real-time results.

                ### Features

                - create polls
                - vote once per user

                ```
                poll-system/
                ├── polls/
                │   └── models.py
                └── manage.py
                ```
                """);
        var projects = of(parsed, EntryKind.PROJECT);
        assertThat(projects).hasSize(1);
        var project = projects.getFirst();
        assertThat(project.body())
                .contains("A REST API for polls")
                .contains("### Features")
                .contains("vote once per user");
        // A repository tree is not a snippet: it stays with the project.
        assertThat(of(parsed, EntryKind.SNIPPET)).isEmpty();
        assertThat(project.body()).contains("└── manage.py");
    }

    @Test
    void projectsSectionWithOneSubHeadingPerProject() {
        var parsed = parse("""
                ## Projects

                ### Alx Travel App

                Listings and bookings with Chapa payments.

                ### Messaging App

                Conversations over Django REST Framework.
                """);
        assertThat(of(parsed, EntryKind.PROJECT))
                .extracting(ImportItem::title)
                .containsExactly("Alx Travel App", "Messaging App");
    }

    @Test
    void fencedCodeBlocksAreSnippetsWithTheirLanguage() {
        var parsed = parse("""
                ## Key Technologies Covered

                - **Celery** - background tasks

                ```python
                @app.task(autoretry_for=(ConnectionError,), retry_backoff=True)
                def send_email(user_id):
                    ...
                ```
                """);
        var snippet = of(parsed, EntryKind.SNIPPET).getFirst();
        assertThat(snippet.language()).isEqualTo("python");
        assertThat(snippet.body()).contains("retry_backoff=True");
    }

    @Test
    void mermaidBlocksAreDiagrams() {
        var parsed = parse("""
                ## Diagrams

                ```mermaid
                erDiagram
                  USER ||--o{ POLL : creates
                ```
                """);
        var diagram = of(parsed, EntryKind.DIAGRAM).getFirst();
        assertThat(diagram.diagramFormat()).isEqualTo("MERMAID");
    }

    @Test
    void unclassifiedTextIsKeptAsNotesAndEveryBlockIsAccountedFor() {
        var parsed = parse("""
                # ALX ProDev Backend

                This repository documents my journey through the programme.

                ![badge](https://img.shields.io/badge/python-3.12-blue)

                ## Acknowledgements

                Thanks to my mentors and my cohort.

                - the ALX staff
                """);
        var report = parsed.report();
        assertThat(report.unaccounted()).isZero();
        assertThat(report.blocks())
                .isEqualTo(report.blocksInEntries()
                        + report.blocksInNotes()
                        + report.skipped().size());
        assertThat(report.blocksInNotes()).isEqualTo(3);
        assertThat(report.skipped()).extracting(ParseReport.Skipped::reason).contains("image or badge only");
        var notes = parsed.items().stream().filter(parsed::isNote).toList();
        assertThat(notes).extracting(ImportItem::title).containsExactly("ALX ProDev Backend", "Acknowledgements");
        assertThat(notes.get(1).body()).contains("Thanks to my mentors").contains("- the ALX staff");
        assertThat(report.entriesPerKind()).containsEntry("NOTE", 2);
    }

    @Test
    void mojibakeIsRepairedBeforeParsingAndEmojiLeaveTitlesButStayInBodies() {
        // UTF-8 decoded as Windows-1252: 🚀 → ðŸš€, — → â€”, é → Ã©.
        var parsed = parse("""
                ## ðŸš€ Key Technologies Covered

                - **Django REST Framework** â€” APIs with serializers, cafÃ© style ðŸš€
                """);
        assertThat(parsed.report().mojibakeRepairs()).isEqualTo(4);
        assertThat(parsed.report().sections().getFirst()).contains("Key Technologies Covered");
        var item = titled(parsed, "Django REST Framework");
        assertThat(item.body()).isEqualTo("APIs with serializers, café style 🚀");
    }

    @Test
    void correctTextIsNeverAltered() {
        var text = "Größe, naïve, »quoted«, café — 🚀 and “smart quotes” stay as they are";
        var repaired = Mojibake.repair(text);
        assertThat(repaired.text()).isEqualTo(text);
        assertThat(repaired.repairs()).isZero();
    }

    @Test
    void explicitTechnologiesLineAndExportMarker() {
        var parsed = parse(ReadmeParser.EXPORT_MARKER + """


                # Ada — learning hub

                ## Key Technologies Covered

                ### Challenges with Docker networking

                Containers talk over the compose network by service name.

                #### Service names

                They resolve through Docker's DNS.

                Technologies: Docker, Docker Compose

                ## Challenges Faced & Solutions

                ### Unsolved: flaky test

                It fails one run in ten; I used retries but that hides it.

                Technologies: none
                """);
        // In an export, a heading under a known section is an entry whatever its title says.
        var learning = titled(parsed, "Challenges with Docker networking");
        assertThat(learning.kind()).isEqualTo(EntryKind.LEARNING);
        assertThat(learning.technologies()).containsExactly("Docker", "Docker Compose");
        // Its own sub-headings were moved two levels down by the export, and come back up.
        assertThat(learning.body())
                .isEqualTo("Containers talk over the compose network by service name.\n\n## Service names\n\n"
                        + "They resolve through Docker's DNS.");
        assertThat(parsed.items()).extracting(ImportItem::title).doesNotContain("Service names");
        // An open challenge stays open: no solution guessed out of its text.
        var open = titled(parsed, "Unsolved: flaky test");
        assertThat(open.solution()).isEmpty();
        assertThat(open.technologies()).isEmpty();
        assertThat(parsed.report().skipped())
                .extracting(ParseReport.Skipped::reason)
                .contains("Project Nexus export marker");
    }

    @Test
    void sourceKeysFollowKindAndTitleAndFingerprintsFollowContent() {
        var a = new ImportItem(
                EntryKind.LEARNING, "Redis — caching!", "body", null, null, null, List.of("Redis", "Celery"), "s", 1);
        var sameTitle =
                new ImportItem(EntryKind.LEARNING, "redis caching", "other", null, null, null, List.of(), "s", 9);
        var reordered = new ImportItem(
                EntryKind.LEARNING, "Redis — caching!", "body", null, null, null, List.of("Celery", "Redis"), "t", 5);
        assertThat(a.sourceKey()).isEqualTo(sameTitle.sourceKey()).isEqualTo("LEARNING:redis caching");
        assertThat(a.fingerprint()).isEqualTo(reordered.fingerprint()).isNotEqualTo(sameTitle.fingerprint());
    }

    @Test
    void aReadmeWithoutMarkupIsReadByItsPlainTextHeadings() {
        // Pasted from a word processor: no '#' anywhere, one paragraph per line.
        var parsed = parse("""
                alx-project-nexus - E-Commerce Backend

                Overview of the programme

                Key Technologies Covered

                Python: core language for backend logic.

                Django: framework for scalable web applications.

                Challenges Faced

                Challenge: payments timed out under load. Solution: moved them to a Celery task with retries.
                """);
        assertThat(of(parsed, EntryKind.LEARNING)).extracting(ImportItem::title).containsExactly("Python", "Django");
        assertThat(of(parsed, EntryKind.CHALLENGE).getFirst().solution()).contains("Celery task with retries");
        assertThat(parsed.report().skipped())
                .extracting(ParseReport.Skipped::reason)
                .contains("plain-text section heading");
        // Text that is not a heading is not taken for one.
        assertThat(parsed.report().sections()).noneMatch(s -> s.contains("Overview of the programme"));
    }
}
