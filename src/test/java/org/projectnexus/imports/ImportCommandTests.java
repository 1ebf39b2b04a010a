package org.projectnexus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.NexusApplication;
import org.projectnexus.support.ApiTest;

/** The command-line import against the running test server. */
class ImportCommandTests extends ApiTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ImportCommand.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                NexusApplication.class);
    }

    @Test
    void importsEveryReadmeOfAFolderWithAProgressBar() throws IOException {
        var handle = newLearner("cli");
        Files.writeString(folder.resolve("a-README.md"), ImportsTests.README);
        Files.writeString(folder.resolve("b-README.md"), "## Future Goals\n\n- Learn Rust\n- Learn Go\n");
        Files.writeString(folder.resolve("notes.txt"), "not imported");

        var code = run("--server", "http://localhost:" + port, "--token", accessToken(handle), folder.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[###").contains("2/2");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 of 2 files imported");
        var entries = jdbc.sql("select count(*) from entry e join member m on m.id = e.author_id where m.handle = :h")
                .param("h", handle)
                .query(Integer.class)
                .single();
        assertThat(entries).isEqualTo(13 + 2);

        // Again: nothing new.
        out.reset();
        assertThat(run("--server", "http://localhost:" + port, "--token", accessToken(handle), folder.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("created=0").contains("unchanged=15");
    }

    @Test
    void reimportingAFolderWhoseReadmesShareATitleChangesNothing() throws IOException {
        var handle = newLearner("cli-twice");
        // Two READMEs of one member, both with "Python", saying different things about it.
        Files.writeString(
                folder.resolve("backend.md"),
                "## Key Technologies Covered\n\n- **Python** - Django views and Celery workers\n");
        Files.writeString(
                folder.resolve("data.md"), "## Key Technologies Covered\n\n- **Python** - pandas and notebooks\n");
        var server = "http://localhost:" + port;

        assertThat(run("--server", server, "--token", accessToken(handle), folder.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("created=2");
        var versions = versionsOf(handle);

        out.reset();
        assertThat(run("--server", server, "--token", accessToken(handle), folder.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("created=0")
                .contains("updated=0")
                .contains("unchanged=2");
        assertThat(versionsOf(handle)).isEqualTo(versions);
        assertThat(versions.values()).containsOnly(1);
        var bodies = jdbc.sql("""
                        select e.body from entry e join member m on m.id = e.author_id
                        where m.handle = :h and e.title = 'Python' order by e.body""").param("h", handle).query(String.class).list();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0)).contains("Django");
        assertThat(bodies.get(1)).contains("pandas");
    }

    /** Every entry's version, by id: what a re-import that changes nothing leaves as it was. */
    private java.util.Map<String, Integer> versionsOf(String handle) {
        var versions = new java.util.TreeMap<String, Integer>();
        jdbc.sql("select e.id, e.version from entry e join member m on m.id = e.author_id where m.handle = :h")
                .param("h", handle)
                .query((rs, n) -> versions.put(rs.getString("id"), rs.getInt("version")))
                .list();
        return versions;
    }

    @Test
    void failuresAreReportedPerFileAndFatalOnesStopAtOnce() throws IOException {
        var handle = newLearner("cli");
        Files.writeString(folder.resolve("good.md"), "## Future Goals\n\n- Learn Rust\n");
        Files.write(folder.resolve("latin1.md"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        var token = accessToken(handle);

        assertThat(run("--server", "http://localhost:" + port, "--token", token, folder.toString()))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("1 of 2 files imported")
                .contains("latin1.md: file is not UTF-8 text");

        err.reset();
        assertThat(run("--server", "http://localhost:" + port, "--token", "nxp_wrong", folder.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("refused the token");

        err.reset();
        assertThat(run("--server", "http://127.0.0.1:9", "--token", token, folder.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no Nexus answers at http://127.0.0.1:9/");

        err.reset();
        assertThat(run("--token", token)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("no .md or .zip files given")
                .contains("Usage:");
    }

    @Test
    void embeddedModeStartsNexusInProcessAndImportsForAMember() throws IOException {
        var handle = newLearner("cli-embedded");
        Files.writeString(folder.resolve("README.md"), ImportsTests.README);

        // The test database is what this process's Nexus would use (nexus.database.* are set).
        var code = run("--embedded", "--member", handle, "--visibility", "draft", folder.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("1 of 1 files imported")
                .contains("created=13");
        var drafts = jdbc.sql("""
                        select count(*) from entry e join member m on m.id = e.author_id
                        where m.handle = :h and e.visibility = 'DRAFT'""").param("h", handle).query(Integer.class).single();
        assertThat(drafts).isEqualTo(13);

        err.reset();
        assertThat(run("--embedded", "--member", "nobody-" + handle, folder.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no member 'nobody-");
        assertThat(run("--embedded", folder.toString())).isEqualTo(2);
    }
}
