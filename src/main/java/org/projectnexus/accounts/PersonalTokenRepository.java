package org.projectnexus.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonalTokenRepository {

    record PersonalToken(
            UUID id,
            UUID memberId,
            String name,
            Set<Scope> scopes,
            String hint,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        boolean usableAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    private static final String COLUMNS =
            "id, member_id, name, scopes, token_hint, created_at, expires_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;

    PersonalTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PersonalToken token, byte[] hash) {
        jdbc.sql("""
                        insert into personal_token (id, member_id, name, scopes, token_hash, token_hint, created_at, expires_at)
                        values (:id, :member, :name, :scopes, :hash, :hint, :created, :expires)""")
                .param("id", token.id())
                .param("member", token.memberId())
                .param("name", token.name())
                .param(
                        "scopes",
                        token.scopes().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("hash", hash)
                .param("hint", token.hint())
                .param("created", Timestamp.from(token.createdAt()))
                .param("expires", token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()))
                .update();
    }

    Optional<PersonalToken> findByHash(byte[] hash) {
        return jdbc.sql("select " + COLUMNS + " from personal_token where token_hash = :hash")
                .param("hash", hash)
                .query(PersonalTokenRepository::map)
                .optional();
    }

    List<PersonalToken> findByMember(UUID memberId) {
        return jdbc.sql("select " + COLUMNS + " from personal_token where member_id = :member order by id desc")
                .param("member", memberId)
                .query(PersonalTokenRepository::map)
                .list();
    }

    /** Revokes the member's own token; another member's id matches nothing (and reads as 404). */
    boolean revoke(UUID memberId, UUID tokenId, Instant at) {
        return jdbc.sql("""
                                update personal_token set revoked_at = coalesce(revoked_at, :at)
                                where id = :id and member_id = :member""")
                        .param("id", tokenId)
                        .param("member", memberId)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    void touch(UUID tokenId, Instant at) {
        // At most once a minute per token: every API call must not become a write.
        jdbc.sql("""
                        update personal_token set last_used_at = :at
                        where id = :id and (last_used_at is null or last_used_at < cast(:at as timestamptz) - interval '1 minute')""").param("id", tokenId).param("at", Timestamp.from(at)).update();
    }

    private static PersonalToken map(ResultSet rs, int row) throws SQLException {
        var scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream((String[]) rs.getArray("scopes").getArray())
                .map(Scope::valueOf)
                .forEach(scopes::add);
        return new PersonalToken(
                rs.getObject("id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("name"),
                scopes,
                rs.getString("token_hint"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
