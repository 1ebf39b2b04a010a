package org.projectnexus.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit log table: written in the transaction of the action it records. */
@Repository
class AuditLog implements AuditTrail {

    @Schema(name = "AuditLogEntry")
    record Entry(UUID id, Instant at, String actorHandle, String action, String target, Map<String, Object> details) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(CurrentMember actor, String action, String target, Map<String, Object> details) {
        jdbc.sql("""
                        insert into audit_log (id, at, actor_id, actor_handle, action, target, details)
                        values (:id, :at, :actorId, :actorHandle, :action, :target, cast(:details as jsonb))""")
                .param("id", Ids.newId())
                .param("at", Timestamp.from(clock.instant()))
                .param("actorId", actor == null ? null : actor.id())
                .param("actorHandle", actor == null ? null : actor.handle())
                .param("action", action)
                .param("target", target)
                .param("details", JSON.writeValueAsString(details))
                .update();
    }

    /** Newest first; {@code before} is the id of the last entry of the previous page. */
    List<Entry> page(UUID before, int limit) {
        return jdbc.sql("""
                        select id, at, actor_handle, action, target, details::text as details from audit_log
                        where (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("before", before)
                .param("limit", limit)
                .query((rs, row) -> new Entry(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor_handle"),
                        rs.getString("action"),
                        rs.getString("target"),
                        JSON.readValue(rs.getString("details"), new TypeReference<Map<String, Object>>() {})))
                .list();
    }
}
