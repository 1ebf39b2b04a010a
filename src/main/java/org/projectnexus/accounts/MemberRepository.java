package org.projectnexus.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MemberRepository {

    private static final String COLUMNS = """
            id, handle, email, email_verified, display_name, bio, github_url, linkedin_url, track, cohort,
            roles, status, password_hash, created_at, updated_at""";

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Member member) {
        jdbc.sql("insert into member (" + COLUMNS + ") values (:id, :handle, :email, :emailVerified, :displayName,"
                        + " :bio, :githubUrl, :linkedinUrl, :track, :cohort, :roles, :status, :passwordHash,"
                        + " :createdAt, :updatedAt)")
                .paramSource(params(member))
                .update();
    }

    void update(Member member) {
        jdbc.sql("""
                        update member set email = :email, email_verified = :emailVerified, display_name = :displayName,
                          bio = :bio, github_url = :githubUrl, linkedin_url = :linkedinUrl, track = :track,
                          cohort = :cohort, roles = :roles, status = :status, password_hash = :passwordHash,
                          updated_at = :updatedAt
                        where id = :id""").paramSource(params(member)).update();
    }

    Optional<Member> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from member where id = :id")
                .param("id", id)
                .query(MemberRepository::map)
                .optional();
    }

    Optional<Member> findByHandle(String handle) {
        return jdbc.sql("select " + COLUMNS + " from member where handle = :handle")
                .param("handle", handle.toLowerCase())
                .query(MemberRepository::map)
                .optional();
    }

    /** Sign-in accepts the handle or the email address. */
    Optional<Member> findByLogin(String login) {
        return jdbc.sql("select " + COLUMNS + " from member where handle = :login or lower(email) = :login")
                .param("login", login.toLowerCase())
                .query(MemberRepository::map)
                .optional();
    }

    boolean handleTaken(String handle) {
        return jdbc.sql("select exists (select 1 from member where handle = :handle)")
                .param("handle", handle.toLowerCase())
                .query(Boolean.class)
                .single();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select exists (select 1 from member where lower(email) = :email)")
                .param("email", email.toLowerCase())
                .query(Boolean.class)
                .single();
    }

    List<Member> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from member where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(MemberRepository::map)
                .list();
    }

    /** A page of members by handle, optionally of one track and cohort. */
    List<Member> page(Track track, String cohort, String afterHandle, int limit) {
        var sql = new StringBuilder("select " + COLUMNS + " from member where true");
        var query = new LinkedHashMap<String, Object>();
        if (track != null) {
            sql.append(" and track = :track");
            query.put("track", track.name());
        }
        if (cohort != null) {
            sql.append(" and cohort = :cohort");
            query.put("cohort", cohort);
        }
        if (afterHandle != null) {
            sql.append(" and handle > :after");
            query.put("after", afterHandle);
        }
        sql.append(" order by handle limit :limit");
        query.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(query)
                .query(MemberRepository::map)
                .list();
    }

    private static MapSqlParameterSource params(Member member) {
        return new MapSqlParameterSource()
                .addValue("id", member.id())
                .addValue("handle", member.handle())
                .addValue("email", member.email())
                .addValue("emailVerified", member.emailVerified())
                .addValue("displayName", member.displayName())
                .addValue("bio", member.bio())
                .addValue("githubUrl", member.githubUrl())
                .addValue("linkedinUrl", member.linkedinUrl())
                .addValue("track", member.track().name())
                .addValue("cohort", member.cohort())
                .addValue(
                        "roles",
                        member.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
                .addValue("status", member.status().name())
                .addValue("passwordHash", member.passwordHash())
                .addValue("createdAt", Timestamp.from(member.createdAt()))
                .addValue("updatedAt", Timestamp.from(member.updatedAt()));
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getObject("id", UUID.class),
                rs.getString("handle"),
                rs.getString("email"),
                rs.getBoolean("email_verified"),
                rs.getString("display_name"),
                rs.getString("bio"),
                rs.getString("github_url"),
                rs.getString("linkedin_url"),
                Track.valueOf(rs.getString("track")),
                rs.getString("cohort"),
                roles((String[]) rs.getArray("roles").getArray()),
                Member.Status.valueOf(rs.getString("status")),
                rs.getString("password_hash"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Set<MemberRole> roles(String[] names) {
        var roles = EnumSet.noneOf(MemberRole.class);
        Arrays.stream(names).map(MemberRole::valueOf).forEach(roles::add);
        return roles;
    }
}
