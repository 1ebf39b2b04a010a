package org.projectnexus.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.HttpProbe;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Imports and the README export over the real API, database and background worker. */
class ImportsTests extends ApiTest {

    static final String README = """
            # 🚀 My ALX Project Nexus

            A record of what I learned in the ProDev Backend programme.

            ## 🔑 Key Technologies Covered

            - **Postgres** - relational database, indexes and full-text search
            - **Django REST Framework:** serializers, viewsets and permissions
            - **Frobnicator** - an in-house tool nobody else uses

            ## Challenges Faced & Solutions Implemented

            | Challenge | Solution |
            |---|---|
            | Celery tasks ran twice after a worker restart | Idempotent tasks keyed by job id |
            | Slow feed because of N+1 queries | select_related and prefetch_related |

            ### Tokens expiring during uploads

            Long uploads failed when the access token expired.

            **Solution:** Refresh one minute before expiry, with rotation.

            ## Best Practices & Personal Takeaways

            - Write the failing test first
            - Keep migrations small

            ## Future Goals

            - Learn Kubernetes operators

            ## Capstone Project

            An online poll system with real-time results.

            ### Features

            - one vote per user

            ```python
            @app.task(autoretry_for=(ConnectionError,), retry_backoff=True)
            def tally(poll_id):
                ...
            ```

            ## Acknowledgements

            Thanks to my mentors.
            """;

    @Autowired
    ImportWorker worker;

    @Test
    void previewShowsWhatACommitDoesAndOnlyTheOwnerSeesIt() {
        var handle = newLearner("imp");
        var me = http().as(accessToken(handle));
        var submitted = upload(me, "README.md", README.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        assertThat(submitted.header("Location"))
                .endsWith("/api/v1/imports/" + submitted.json().get("id").asString());
        var job = await(me, submitted.json().get("id").asString(), "PREVIEW_READY");

        assertThat(job.get("progress").asInt()).isEqualTo(100);
        var counts = job.get("counts");
        assertThat(counts.get("LEARNING").asInt()).isEqualTo(3);
        assertThat(counts.get("CHALLENGE").asInt()).isEqualTo(3);
        assertThat(counts.get("PRACTICE").asInt()).isEqualTo(2);
        assertThat(counts.get("GOAL").asInt()).isEqualTo(1);
        assertThat(counts.get("PROJECT").asInt()).isEqualTo(1);
        assertThat(counts.get("SNIPPET").asInt()).isEqualTo(1);
        assertThat(counts.get("NOTE").asInt()).isEqualTo(2);
        assertThat(job.get("actions").get("create").asInt())
                .isEqualTo(job.get("items").size());
        var postgres = item(job, "Postgres");
        assertThat(strings(postgres.get("technologies"))).containsExactly("PostgreSQL");
        var unknown = item(job, "Frobnicator");
        assertThat(strings(unknown.get("technologies"))).isEmpty();
        assertThat(strings(unknown.get("suggestions"))).containsExactly("Frobnicator");
        assertThat(item(job, "Tokens expiring during uploads").get("solution").asString())
                .isEqualTo("Refresh one minute before expiry, with rotation.");
        assertThat(job.get("files").get(0).get("report").get("unaccounted").asInt())
                .isZero();
        // Nothing is written before the commit.
        assertThat(entriesOf(handle)).isEmpty();

        var other = http().as(accessToken(newLearner("imp-other")));
        assertProblem(other.get("/api/v1/imports/" + job.get("id").asString()), 404);
        assertProblem(http().get("/api/v1/imports/" + job.get("id").asString()), 401);
        assertProblem(other.post("/api/v1/imports/" + job.get("id").asString() + "/commit", ""), 404);
    }

    @Test
    void commitCreatesTheEntriesAndReimportingTheSameFileChangesNothing() {
        var handle = newLearner("imp");
        var me = http().as(accessToken(handle));
        var id = upload(me, "README.md", README.getBytes(StandardCharsets.UTF_8), Map.of())
                .json()
                .get("id")
                .asString();
        var previewed = await(me, id, "PREVIEW_READY");

        var committed = me.post("/api/v1/imports/" + id + "/commit", "");
        assertThat(committed.status()).as(committed.body()).isEqualTo(200);
        var result = committed.json().get("result");
        var items = previewed.get("items").size();
        assertThat(committed.json().get("status").asString()).isEqualTo("COMMITTED");
        assertThat(result.get("created").asInt()).isEqualTo(items);
        assertThat(entriesOf(handle)).hasSize(items);
        var challenge = entry(handle, "Tokens expiring during uploads");
        assertThat(challenge.get("kind").asString()).isEqualTo("CHALLENGE");
        assertThat(challenge.get("solution").asString()).contains("Refresh one minute");
        assertThat(challenge.get("visibility").asString()).isEqualTo("PUBLIC");
        assertProblem(me.post("/api/v1/imports/" + id + "/commit", ""), 409);

        // The same file again, committed at once: every item unchanged, nothing new.
        var again = upload(me, "README.md", README.getBytes(StandardCharsets.UTF_8), Map.of("mode", "commit"));
        var done = await(me, again.json().get("id").asString(), "COMMITTED");
        assertThat(done.get("result").get("created").asInt()).isZero();
        assertThat(done.get("result").get("updated").asInt()).isZero();
        assertThat(done.get("result").get("unchanged").asInt()).isEqualTo(items);
        assertThat(entriesOf(handle)).hasSize(items);
        assertThat(challenge(handle, "Tokens expiring during uploads")
                        .get("version")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void anEditedReadmeUpdatesTheChangedEntriesAsNewRevisions() {
        var handle = newLearner("imp");
        var me = http().as(accessToken(handle));
        commit(me, README);
        var before = entriesOf(handle).size();

        var edited = README.replace(
                        "Long uploads failed when the access token expired.",
                        "Long uploads of 2 GB failed when the access token expired.")
                .replace("- Keep migrations small", "- Keep migrations small\n- Review your own diff first");
        var result = commit(me, edited);
        assertThat(result.get("updated").asInt()).isEqualTo(1);
        assertThat(result.get("created").asInt()).isEqualTo(1);
        assertThat(result.get("unchanged").asInt()).isEqualTo(before - 1);
        assertThat(entriesOf(handle)).hasSize(before + 1);

        var changed = challenge(handle, "Tokens expiring during uploads");
        assertThat(changed.get("version").asInt()).isEqualTo(2);
        assertThat(changed.get("body").asString()).contains("2 GB");
        var revisions = http().get("/api/v1/entries/" + changed.get("id").asString() + "/revisions")
                .json();
        assertThat(revisions.size()).isEqualTo(2);
    }

    @Test
    void theExportReadsBackAsTheSameEntries() {
        var handle = newLearner("imp");
        var me = http().as(accessToken(handle));
        commit(me, README);
        // An entry written through the API, with a heading in its body and a title that names another section.
        var created = me.post("/api/v1/entries", """
                {"kind":"LEARNING","title":"Challenges of Redis caching","body":"Cache keys per user.\\n\\n## Invalidation\\n\\nOn every write.","technologies":["redis","Caching"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var export = http().get("/api/v1/members/" + handle + "/readme");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/markdown");
        var markdown = export.body();
        assertThat(markdown)
                .contains("## Key Technologies Covered")
                .contains("## Challenges Faced & Solutions")
                .contains("**Solution:**")
                .contains("### Challenges of Redis caching")
                .contains("### Invalidation")
                .contains("Technologies: PostgreSQL");

        // Importing the export over the same hub changes nothing ...
        var same = commit(me, markdown);
        assertThat(same.get("created").asInt()).isZero();
        assertThat(same.get("updated").asInt()).isZero();

        // ... and into an empty hub gives the same entries.
        var twin = newLearner("imp-twin");
        commit(http().as(accessToken(twin)), markdown);
        assertThat(comparable(entriesOf(twin))).isEqualTo(comparable(entriesOf(handle)));
    }

    @Test
    void aRepositoryArchiveIsReadByItsLayout() throws IOException {
        var handle = newLearner("imp");
        var me = http().as(accessToken(handle));
        var zip = zip(Map.of(
                "alx-project-nexus-main/README.md", README.getBytes(StandardCharsets.UTF_8),
                "alx-project-nexus-main/docs/caching.md",
                        "## Key Technologies Covered\n\n- **Redis** - cache-aside with TTLs\n"
                                .getBytes(StandardCharsets.UTF_8),
                "alx-project-nexus-main/projects/travel-app.md",
                        "# ALX Travel App\n\nBookings and Chapa payments.\n".getBytes(StandardCharsets.UTF_8),
                "alx-project-nexus-main/diagrams/poll-erd.mmd",
                        "erDiagram\n  USER ||--o{ VOTE : casts\n".getBytes(StandardCharsets.UTF_8),
                "alx-project-nexus-main/snippets/retry_task.py",
                        "@app.task(bind=True, max_retries=5)\ndef send(self):\n    ...\n"
                                .getBytes(StandardCharsets.UTF_8),
                "alx-project-nexus-main/src/app.py", "print('not imported')\n".getBytes(StandardCharsets.UTF_8),
                "alx-project-nexus-main/docs/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}));
        var submitted = upload(me, "alx-project-nexus-main.zip", zip, Map.of("mode", "commit"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        var job = await(me, submitted.json().get("id").asString(), "COMMITTED");

        assertThat(item(job, "Redis").get("file").asString()).isEqualTo("docs/caching.md");
        assertThat(item(job, "ALX Travel App").get("kind").asString()).isEqualTo("PROJECT");
        var diagram = item(job, "Poll erd");
        assertThat(diagram.get("kind").asString()).isEqualTo("DIAGRAM");
        assertThat(diagram.get("diagramFormat").asString()).isEqualTo("MERMAID");
        var snippet = item(job, "retry_task.py");
        assertThat(snippet.get("language").asString()).isEqualTo("python");
        assertThat(snippet.get("body").asString()).startsWith("```python\n");
        assertThat(strings(job.get("warnings")))
                .anySatisfy(w -> assertThat(w).contains("docs/logo.png").contains("not UTF-8"))
                .anySatisfy(w -> assertThat(w).contains("src/app.py").contains("not imported"));
        assertThat(entry(handle, "ALX Travel App").get("body").asString()).contains("Chapa payments");
    }

    @Test
    void dangerousOrUnreadableUploadsAreRefusedWithClearProblems() throws IOException {
        var me = http().as(accessToken(newLearner("imp")));
        // A zip bomb: 30 MB of zeros compress to a few KB; the size is counted while inflating.
        var bomb = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bomb)) {
            out.putNextEntry(new ZipEntry("README.md"));
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 30; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(100_000);
        var refused = upload(me, "bomb.zip", bomb.toByteArray(), Map.of());
        assertProblem(refused, 413);
        assertThat(refused.json().get("detail").asString())
                .contains("README.md")
                .contains("unpacks to more than");

        var many = new java.util.LinkedHashMap<String, byte[]>();
        for (int i = 0; i < 501; i++) {
            many.put("snippets/s" + i + ".txt", new byte[] {'x'});
        }
        assertThat(upload(me, "many.zip", zip(many), Map.of())
                        .json()
                        .get("detail")
                        .asString())
                .contains("more than 500 entries");

        var traversal = upload(me, "evil.zip", zip(Map.of("../../etc/cron.d/evil.md", "x".getBytes())), Map.of());
        assertProblem(traversal, 422);
        assertThat(traversal.json().get("detail").asString()).contains("path traversal");

        assertProblem(upload(me, "fake.zip", "not a zip".getBytes(), Map.of()), 422);
        var latin1 = upload(me, "README.md", "caf\u00e9 na\u00efve".getBytes(StandardCharsets.ISO_8859_1), Map.of());
        assertProblem(latin1, 422);
        assertThat(latin1.json().get("errors").get(0).get("message").asString()).contains("UTF-8");
        assertProblem(upload(me, "notes.txt", "# hi".getBytes(), Map.of()), 422);
        assertProblem(upload(me, "README.md", new byte[0], Map.of()), 422);
        assertProblem(upload(me, "README.md", new byte[ImportService.MAX_MARKDOWN_BYTES + 1], Map.of()), 413);
        assertProblem(upload(me, "README.md", "# ok".getBytes(), Map.of("mode", "later")), 422);
        assertProblem(me.multipart("/api/v1/imports", null, null, Map.of("mode", "preview")), 400);
        assertProblem(http().multipart("/api/v1/imports", "README.md", "# hi".getBytes(), Map.of()), 401);
        assertProblem(me.post("/api/v1/imports/not-an-id/commit", ""), 404);
    }

    @Test
    void jobsLeftByAStoppedProcessArePickedUpByTheWorker() {
        var handle = newLearner("imp");
        var me = http().as(accessToken(handle));
        var memberId = jdbc.sql("select id from member where handle = :h")
                .param("h", handle)
                .query(UUID.class)
                .single();
        // The state a crash leaves: one job queued whose event never ran, one a dead worker held.
        var queued = insertJob(memberId, "QUEUED", Instant.now().minus(Duration.ofMinutes(2)));
        var abandoned = insertJob(memberId, "RUNNING", Instant.now().minus(Duration.ofMinutes(10)));
        var fresh = insertJob(memberId, "RUNNING", Instant.now());

        worker.sweep();

        assertThat(await(me, queued.toString(), "PREVIEW_READY").get("items").size())
                .isPositive();
        assertThat(await(me, abandoned.toString(), "PREVIEW_READY")
                        .get("counts")
                        .get("LEARNING")
                        .asInt())
                .isEqualTo(3);
        // A job another worker is still on is left to it.
        assertThat(me.get("/api/v1/imports/" + fresh).json().get("status").asString())
                .isEqualTo("RUNNING");
    }

    private UUID insertJob(UUID memberId, String status, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into import_job (id, member_id, mode, visibility, status, file_name, content, created_at, updated_at)
                        values (:id, :member, 'PREVIEW', 'PUBLIC', :status, 'README.md', :content, :at, :at)""")
                .param("id", id)
                .param("member", memberId)
                .param("status", status)
                .param("content", README.getBytes(StandardCharsets.UTF_8))
                .param("at", Timestamp.from(at))
                .update();
        return id;
    }

    // --- helpers ---------------------------------------------------------------------------------

    static HttpProbe.Response upload(HttpProbe member, String name, byte[] content, Map<String, String> fields) {
        return member.multipart("/api/v1/imports", name, content, fields);
    }

    /** Imports and commits a README at once; returns the job's result. */
    static JsonNode commit(HttpProbe member, String markdown) {
        var submitted =
                upload(member, "README.md", markdown.getBytes(StandardCharsets.UTF_8), Map.of("mode", "commit"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        return await(member, submitted.json().get("id").asString(), "COMMITTED").get("result");
    }

    static JsonNode await(HttpProbe member, String id, String status) {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode job;
        do {
            var response = member.get("/api/v1/imports/" + id);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            job = response.json();
            if (job.get("status").asString().equals(status)) {
                return job;
            }
            assertThat(job.get("status").asString()).as(response.body()).isNotEqualTo("FAILED");
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("job " + id + " did not reach " + status + ": " + job);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode item(JsonNode job, String title) {
        for (var item : job.get("items")) {
            if (item.get("title").asString().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no item '" + title + "' in " + job.get("items"));
    }

    static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    /** Every entry of a member in full (drafts too), through the API. */
    List<JsonNode> entriesOf(String handle) {
        var ids = jdbc.sql("""
                        select e.id from entry e join member m on m.id = e.author_id
                        where m.handle = :h order by e.created_at, e.id""").param("h", handle).query(UUID.class).list();
        var entries = new ArrayList<JsonNode>();
        for (var id : ids) {
            entries.add(http().get("/api/v1/entries/" + id).json());
        }
        return entries;
    }

    JsonNode entry(String handle, String title) {
        return entriesOf(handle).stream()
                .filter(e -> e.get("title").asString().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry '" + title + "' of " + handle));
    }

    JsonNode challenge(String handle, String title) {
        var entry = entry(handle, title);
        assertThat(entry.get("kind").asString()).isEqualTo("CHALLENGE");
        return entry;
    }

    /** What an entry says, without who wrote it and when. */
    static Set<String> comparable(List<JsonNode> entries) {
        var set = new HashSet<String>();
        for (var e : entries) {
            var technologies = new ArrayList<String>();
            e.get("technologies").forEach(t -> technologies.add(t.get("slug").asString()));
            technologies.sort(null);
            set.add(String.join(
                    "\u0001",
                    e.get("kind").asString(),
                    e.get("title").asString(),
                    e.get("body").asString(),
                    e.has("solution") ? e.get("solution").asString() : "",
                    e.has("language") ? e.get("language").asString() : "",
                    e.has("diagram") ? e.get("diagram").get("format").asString() : "",
                    String.join(",", technologies)));
        }
        return set;
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
