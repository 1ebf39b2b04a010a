package org.projectnexus.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.entries.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ImportJobRepository {

    enum Status {
        QUEUED,
        RUNNING,
        PREVIEW_READY,
        COMMITTED,
        FAILED
    }

    enum Mode {
        PREVIEW,
        COMMIT
    }

    record Job(
            UUID id,
            UUID memberId,
            Mode mode,
            Visibility visibility,
            Status status,
            String fileName,
            int progress,
            String preview,
            String result,
            String error,
            Instant createdAt,
            Instant updatedAt) {}

    private final JdbcClient jdbc;

    ImportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id, UUID memberId, Mode mode, Visibility visibility, String fileName, byte[] content, Instant now) {
        jdbc.sql("""
                        insert into import_job (id, member_id, mode, visibility, status, file_name, content, created_at, updated_at)
                        values (:id, :member, :mode, :visibility, 'QUEUED', :fileName, :content, :now, :now)""")
                .param("id", id)
                .param("member", memberId)
                .param("mode", mode.name())
                .param("visibility", visibility.name())
                .param("fileName", fileName)
                .param("content", content)
                .param("now", Timestamp.from(now))
                .update();
    }

    Optional<Job> find(UUID id) {
        return jdbc.sql("""
                        select id, member_id, mode, visibility, status, file_name, progress, preview::text as preview,
                          result::text as result, error, created_at, updated_at
                        from import_job where id = :id""")
                .param("id", id)
                .query((rs, row) -> new Job(
                        rs.getObject("id", UUID.class),
                        rs.getObject("member_id", UUID.class),
                        Mode.valueOf(rs.getString("mode")),
                        Visibility.valueOf(rs.getString("visibility")),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("file_name"),
                        rs.getInt("progress"),
                        rs.getString("preview"),
                        rs.getString("result"),
                        rs.getString("error"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /**
     * Claims a queued job, or one whose worker died (running since before {@code staleBefore}),
     * and returns its upload. Atomic: of two workers, one gets it.
     */
    Optional<byte[]> claim(UUID id, Instant now, Instant staleBefore) {
        return jdbc.sql("""
                        update import_job set status = 'RUNNING', progress = 10, updated_at = :now
                        where id = :id and (status = 'QUEUED' or (status = 'RUNNING' and updated_at < :stale))
                        returning content""")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .param("stale", Timestamp.from(staleBefore))
                .query(byte[].class)
                .optional();
    }

    /** Jobs a worker should pick up: queued for a while (their event went elsewhere) or abandoned. */
    List<UUID> waiting(Instant queuedBefore, Instant staleBefore, int limit) {
        return jdbc.sql("""
                        select id from import_job
                        where (status = 'QUEUED' and created_at < :queued) or (status = 'RUNNING' and updated_at < :stale)
                        order by created_at limit :limit""")
                .param("queued", Timestamp.from(queuedBefore))
                .param("stale", Timestamp.from(staleBefore))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    void progress(UUID id, int percent, Instant now) {
        jdbc.sql("update import_job set progress = :progress, updated_at = :now where id = :id")
                .param("id", id)
                .param("progress", percent)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Serialises the commits of one member (until the transaction ends). */
    void lockMember(UUID memberId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:member, 7))")
                .param("member", memberId.toString())
                .query((rs, row) -> 1)
                .list();
    }

    /** Moves a previewed (or, for commit mode, running) job on to committing; false if it was not. */
    boolean startCommit(UUID id, Instant now) {
        return jdbc.sql("""
                        update import_job set status = 'RUNNING', progress = 80, updated_at = :now
                        where id = :id and (status = 'PREVIEW_READY' or (status = 'RUNNING' and mode = 'COMMIT'))""").param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    void savePreview(UUID id, String previewJson) {
        jdbc.sql("update import_job set preview = cast(:preview as jsonb) where id = :id")
                .param("id", id)
                .param("preview", previewJson)
                .update();
    }

    void previewReady(UUID id, String previewJson, Instant now) {
        jdbc.sql("""
                        update import_job set status = 'PREVIEW_READY', progress = 100, preview = cast(:preview as jsonb),
                          updated_at = :now where id = :id""")
                .param("id", id)
                .param("preview", previewJson)
                .param("now", Timestamp.from(now))
                .update();
    }

    void committed(UUID id, String resultJson, Instant now) {
        // The upload is not needed any more once its entries exist.
        jdbc.sql("""
                        update import_job set status = 'COMMITTED', progress = 100, result = cast(:result as jsonb),
                          content = null, updated_at = :now where id = :id""")
                .param("id", id)
                .param("result", resultJson)
                .param("now", Timestamp.from(now))
                .update();
    }

    void failed(UUID id, String error, Instant now) {
        jdbc.sql("update import_job set status = 'FAILED', error = :error, updated_at = :now where id = :id")
                .param("id", id)
                .param("error", error)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** What an earlier import of this member wrote for a source key. */
    record Source(UUID entryId, String fingerprint) {}

    Optional<Source> source(UUID memberId, String sourceKey) {
        return jdbc.sql(
                        "select entry_id, fingerprint from import_source where member_id = :member and source_key = :key")
                .param("member", memberId)
                .param("key", sourceKey)
                .query((rs, row) -> new Source(rs.getObject("entry_id", UUID.class), rs.getString("fingerprint")))
                .optional();
    }

    /** Every entry an import of this member wrote. */
    java.util.Set<UUID> importedEntries(UUID memberId) {
        return new java.util.HashSet<>(jdbc.sql("select entry_id from import_source where member_id = :member")
                .param("member", memberId)
                .query(UUID.class)
                .list());
    }

    void saveSource(UUID memberId, String sourceKey, UUID entryId, String fingerprint) {
        jdbc.sql("""
                        insert into import_source (member_id, source_key, entry_id, fingerprint)
                        values (:member, :key, :entry, :fingerprint)
                        on conflict (member_id, source_key) do update set entry_id = :entry, fingerprint = :fingerprint""")
                .param("member", memberId)
                .param("key", sourceKey)
                .param("entry", entryId)
                .param("fingerprint", fingerprint)
                .update();
    }
}
