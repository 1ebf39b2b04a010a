package org.projectnexus.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RefreshTokenRepository {

    record RefreshToken(UUID id, UUID familyId, UUID memberId, Instant expiresAt, Instant usedAt, Instant revokedAt) {}

    private final JdbcClient jdbc;

    RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID familyId, UUID memberId, byte[] hash, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("""
                        insert into refresh_token (id, family_id, member_id, token_hash, issued_at, expires_at)
                        values (:id, :family, :member, :hash, :issued, :expires)""")
                .param("id", id)
                .param("family", familyId)
                .param("member", memberId)
                .param("hash", hash)
                .param("issued", Timestamp.from(issuedAt))
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    /** Locks the row: two concurrent refreshes with one token must not both succeed. */
    Optional<RefreshToken> findForUpdate(byte[] hash) {
        return jdbc.sql("""
                        select id, family_id, member_id, expires_at, used_at, revoked_at
                        from refresh_token where token_hash = :hash for update""")
                .param("hash", hash)
                .query((rs, row) -> new RefreshToken(
                        rs.getObject("id", UUID.class),
                        rs.getObject("family_id", UUID.class),
                        rs.getObject("member_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant(),
                        instant(rs.getTimestamp("used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .optional();
    }

    void markUsed(UUID id, Instant at) {
        jdbc.sql("update refresh_token set used_at = :at where id = :id")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
    }

    int revokeFamily(UUID familyId, Instant at) {
        return jdbc.sql("update refresh_token set revoked_at = :at where family_id = :family and revoked_at is null")
                .param("family", familyId)
                .param("at", Timestamp.from(at))
                .update();
    }

    int revokeAllOf(UUID memberId, Instant at) {
        return jdbc.sql("update refresh_token set revoked_at = :at where member_id = :member and revoked_at is null")
                .param("member", memberId)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
