package org.projectnexus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V21 on rows written before source keys named their file: each row gets the file of the last
 * committed import that wrote it, and a row no import explains is dropped.
 */
class ImportSourceMigrationTests {

    @Test
    void existingSourceKeysGetTheFileOfTheImportThatWroteThemLast() {
        var database = TestDatabase.another();
        var dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("20")
                .load();
        flyway.migrate();
        var jdbc = JdbcClient.create(dataSource);
        var member = UUID.randomUUID();
        jdbc.sql("""
                        insert into member (id, handle, email, display_name, track, password_hash, created_at, updated_at)
                        values (:id, 'legacy', 'legacy@example.org', 'Legacy', 'BACKEND', 'x', now(), now())""").param("id", member).update();
        var python = entry(jdbc, member, "Python");
        var redis = entry(jdbc, member, "Redis");
        var orphan = entry(jdbc, member, "Orphan");
        // "Python" was in two READMEs and last written by data.md; "Redis" came from an archive.
        job(jdbc, member, "backend.md", "2026-01-01T00:00:00Z", "backend.md", "LEARNING:python");
        job(jdbc, member, "data.md", "2026-02-01T00:00:00Z", "data.md", "LEARNING:python");
        job(jdbc, member, "repo.zip", "2026-03-01T00:00:00Z", "docs/cache.md", "LEARNING:redis");
        source(jdbc, member, "LEARNING:python", python);
        source(jdbc, member, "LEARNING:redis", redis);
        source(jdbc, member, "LEARNING:orphan", orphan);

        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        var keys = jdbc.sql("select source_key from import_source where member_id = :m order by source_key")
                .param("m", member)
                .query(String.class)
                .list();
        assertThat(keys).containsExactly("data.md|LEARNING:python", "repo.zip!/docs/cache.md|LEARNING:redis");
    }

    private static UUID entry(JdbcClient jdbc, UUID member, String title) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into entry (id, author_id, kind, title, visibility, version, created_at, updated_at,
                          search_vector)
                        values (:id, :member, 'LEARNING', :title, 'PUBLIC', 1, now(), now(), to_tsvector(:title))""")
                .param("id", id)
                .param("member", member)
                .param("title", title)
                .update();
        return id;
    }

    private static void job(JdbcClient jdbc, UUID member, String fileName, String at, String file, String key) {
        jdbc.sql("""
                        insert into import_job (id, member_id, mode, visibility, status, file_name, preview, created_at,
                          updated_at)
                        values (:id, :member, 'COMMIT', 'PUBLIC', 'COMMITTED', :name, cast(:preview as jsonb),
                          cast(:at as timestamptz), cast(:at as timestamptz))""")
                .param("id", UUID.randomUUID())
                .param("member", member)
                .param("name", fileName)
                .param("preview", "{\"items\": [{\"key\": \"%s\", \"file\": \"%s\"}]}".formatted(key, file))
                .param("at", at)
                .update();
    }

    private static void source(JdbcClient jdbc, UUID member, String key, UUID entry) {
        jdbc.sql("""
                        insert into import_source (member_id, source_key, entry_id, fingerprint)
                        values (:member, :key, :entry, 'f')""")
                .param("member", member)
                .param("key", key)
                .param("entry", entry)
                .update();
    }
}
