package org.projectnexus.collaboration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CollaborationRepository {

    record Comment(
            UUID id,
            UUID entryId,
            UUID authorId,
            UUID parentId,
            String body,
            String bodyHtml,
            int version,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt) {

        boolean deleted() {
            return deletedAt != null;
        }
    }

    record Feedback(
            UUID entryId,
            UUID reviewerId,
            int clarity,
            int consistency,
            int documentation,
            int errorHandling,
            String text,
            String textHtml,
            Instant createdAt,
            Instant updatedAt) {}

    record Accepted(UUID commentId, UUID markedBy, boolean endorsed, Instant markedAt) {}

    record Bookmark(UUID entryId, Instant createdAt) {}

    /** Counts and averages of one entry, from which its engagement is made. */
    record Counts(
            int helpful,
            int insightful,
            int sameHere,
            int comments,
            UUID acceptedCommentId,
            boolean acceptedEndorsed,
            int reviews,
            double clarity,
            double consistency,
            double documentation,
            double errorHandling) {}

    private static final String COMMENT_COLUMNS =
            "id, entry_id, author_id, parent_id, body, body_html, version, created_at, updated_at, deleted_at";

    private final JdbcClient jdbc;

    CollaborationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises changes to one entry's engagement until the transaction ends (counts stay exact). */
    void lockEntry(UUID entryId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:id, 11))")
                .param("id", entryId.toString())
                .query((rs, row) -> 1)
                .list();
    }

    // --- comments ------------------------------------------------------------------------------

    void insertComment(Comment c) {
        jdbc.sql("insert into comment (" + COMMENT_COLUMNS + ") values (:id, :entry, :author, :parent, :body, :html,"
                        + " :version, :created, :updated, null)")
                .param("id", c.id())
                .param("entry", c.entryId())
                .param("author", c.authorId())
                .param("parent", c.parentId())
                .param("body", c.body())
                .param("html", c.bodyHtml())
                .param("version", c.version())
                .param("created", Timestamp.from(c.createdAt()))
                .param("updated", Timestamp.from(c.updatedAt()))
                .update();
    }

    Optional<Comment> comment(UUID id) {
        return jdbc.sql("select " + COMMENT_COLUMNS + " from comment where id = :id")
                .param("id", id)
                .query(CollaborationRepository::comment)
                .optional();
    }

    /** An entry's comments oldest first after {@code [createdAt, id]}, one more than the limit. */
    List<Comment> comments(UUID entryId, Instant afterCreated, UUID afterId, int limit) {
        return jdbc.sql("select " + COMMENT_COLUMNS + " from comment where entry_id = :entry"
                        + (afterId == null ? "" : " and (created_at, id) > (:afterCreated, :afterId)")
                        + " order by created_at, id limit :limit")
                .param("entry", entryId)
                .param("afterCreated", afterCreated == null ? null : Timestamp.from(afterCreated))
                .param("afterId", afterId)
                .param("limit", limit + 1)
                .query(CollaborationRepository::comment)
                .list();
    }

    /** Replaces the body if the version is still {@code expected}; keeps the previous one. */
    boolean editComment(Comment current, String body, String html, Instant now) {
        jdbc.sql("insert into comment_revision (comment_id, version, body, saved_at) values (:id, :v, :body, :at)")
                .param("id", current.id())
                .param("v", current.version())
                .param("body", current.body())
                .param("at", Timestamp.from(current.updatedAt()))
                .update();
        return jdbc.sql("update comment set body = :body, body_html = :html, version = version + 1, updated_at = :now"
                                + " where id = :id and version = :v and deleted_at is null")
                        .param("id", current.id())
                        .param("v", current.version())
                        .param("body", body)
                        .param("html", html)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    record Revision(int version, String body, Instant savedAt) {}

    List<Revision> commentRevisions(UUID commentId) {
        return jdbc.sql("select version, body, saved_at from comment_revision where comment_id = :id order by version")
                .param("id", commentId)
                .query((rs, row) -> new Revision(
                        rs.getInt("version"),
                        rs.getString("body"),
                        rs.getTimestamp("saved_at").toInstant()))
                .list();
    }

    /** Soft delete: the row stays so replies keep their place; the text is kept as a revision. */
    void deleteComment(Comment current, Instant now) {
        jdbc.sql("insert into comment_revision (comment_id, version, body, saved_at) values (:id, :v, :body, :at)"
                        + " on conflict do nothing")
                .param("id", current.id())
                .param("v", current.version())
                .param("body", current.body())
                .param("at", Timestamp.from(current.updatedAt()))
                .update();
        jdbc.sql("update comment set body = '', body_html = '', deleted_at = :now, updated_at = :now where id = :id")
                .param("id", current.id())
                .param("now", Timestamp.from(now))
                .update();
    }

    private static Comment comment(ResultSet rs, int row) throws SQLException {
        var deleted = rs.getTimestamp("deleted_at");
        return new Comment(
                rs.getObject("id", UUID.class),
                rs.getObject("entry_id", UUID.class),
                rs.getObject("author_id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                rs.getString("body"),
                rs.getString("body_html"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                deleted == null ? null : deleted.toInstant());
    }

    // --- accepted solutions ----------------------------------------------------------------------

    void accept(UUID entryId, UUID commentId, UUID markedBy, boolean endorsed, Instant now) {
        jdbc.sql("""
                        insert into accepted_solution (entry_id, comment_id, marked_by, endorsed, marked_at)
                        values (:entry, :comment, :by, :endorsed, :now)
                        on conflict (entry_id) do update set comment_id = :comment, marked_by = :by,
                          endorsed = :endorsed, marked_at = :now""")
                .param("entry", entryId)
                .param("comment", commentId)
                .param("by", markedBy)
                .param("endorsed", endorsed)
                .param("now", Timestamp.from(now))
                .update();
    }

    boolean unaccept(UUID entryId) {
        return jdbc.sql("delete from accepted_solution where entry_id = :entry")
                        .param("entry", entryId)
                        .update()
                > 0;
    }

    Optional<Accepted> accepted(UUID entryId) {
        return jdbc.sql("select comment_id, marked_by, endorsed, marked_at from accepted_solution where entry_id = :e")
                .param("e", entryId)
                .query((rs, row) -> new Accepted(
                        rs.getObject("comment_id", UUID.class),
                        rs.getObject("marked_by", UUID.class),
                        rs.getBoolean("endorsed"),
                        rs.getTimestamp("marked_at").toInstant()))
                .optional();
    }

    // --- reactions -------------------------------------------------------------------------------

    /** True if the reaction is new (a repeated PUT changes nothing). */
    boolean react(UUID entryId, UUID memberId, ReactionType type, Instant now) {
        return jdbc.sql("insert into reaction (entry_id, member_id, type, created_at) values (:e, :m, :t, :now)"
                                + " on conflict do nothing")
                        .param("e", entryId)
                        .param("m", memberId)
                        .param("t", type.name())
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    boolean unreact(UUID entryId, UUID memberId, ReactionType type) {
        return jdbc.sql("delete from reaction where entry_id = :e and member_id = :m and type = :t")
                        .param("e", entryId)
                        .param("m", memberId)
                        .param("t", type.name())
                        .update()
                == 1;
    }

    /** A member's reactions to each of these entries (one query for a page of entries). */
    Map<UUID, Set<ReactionType>> reactionsOf(Collection<UUID> entryIds, UUID memberId) {
        var reactions = new HashMap<UUID, Set<ReactionType>>();
        jdbc.sql("select entry_id, type from reaction where member_id = :m and entry_id = any(:e)")
                .param("m", memberId)
                .param("e", entryIds.toArray(UUID[]::new))
                .query(rs -> {
                    reactions
                            .computeIfAbsent(
                                    rs.getObject("entry_id", UUID.class), id -> EnumSet.noneOf(ReactionType.class))
                            .add(ReactionType.valueOf(rs.getString("type")));
                });
        return reactions;
    }

    Set<ReactionType> reactionsOf(UUID entryId, UUID memberId) {
        return new HashSet<>(jdbc.sql("select type from reaction where entry_id = :e and member_id = :m")
                .param("e", entryId)
                .param("m", memberId)
                .query((rs, row) -> ReactionType.valueOf(rs.getString("type")))
                .list());
    }

    // --- feedback --------------------------------------------------------------------------------

    /** Creates or replaces a reviewer's feedback; true if it was new. */
    boolean saveFeedback(Feedback f) {
        return jdbc.sql("""
                        insert into feedback (entry_id, reviewer_id, clarity, consistency, documentation, error_handling,
                          text, text_html, created_at, updated_at)
                        values (:entry, :reviewer, :clarity, :consistency, :documentation, :errorHandling, :text, :html,
                          :now, :now)
                        on conflict (entry_id, reviewer_id) do update set clarity = :clarity, consistency = :consistency,
                          documentation = :documentation, error_handling = :errorHandling, text = :text,
                          text_html = :html, updated_at = :now
                        returning (xmax = 0) as inserted""")
                .param("entry", f.entryId())
                .param("reviewer", f.reviewerId())
                .param("clarity", f.clarity())
                .param("consistency", f.consistency())
                .param("documentation", f.documentation())
                .param("errorHandling", f.errorHandling())
                .param("text", f.text())
                .param("html", f.textHtml())
                .param("now", Timestamp.from(f.updatedAt()))
                .query(Boolean.class)
                .single();
    }

    /** Newest first after {@code [updatedAt, reviewerId]}, one more than the limit. */
    List<Feedback> feedback(UUID entryId, Instant afterUpdated, UUID afterReviewer, int limit) {
        return jdbc.sql("select * from feedback where entry_id = :entry"
                        + (afterReviewer == null
                                ? ""
                                : " and (updated_at, reviewer_id) < (:afterUpdated, :afterReviewer)")
                        + " order by updated_at desc, reviewer_id desc limit :limit")
                .param("entry", entryId)
                .param("afterUpdated", afterUpdated == null ? null : Timestamp.from(afterUpdated))
                .param("afterReviewer", afterReviewer)
                .param("limit", limit + 1)
                .query((rs, row) -> new Feedback(
                        rs.getObject("entry_id", UUID.class),
                        rs.getObject("reviewer_id", UUID.class),
                        rs.getInt("clarity"),
                        rs.getInt("consistency"),
                        rs.getInt("documentation"),
                        rs.getInt("error_handling"),
                        rs.getString("text"),
                        rs.getString("text_html"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    List<UUID> reviewers(UUID entryId) {
        return jdbc.sql("select reviewer_id from feedback where entry_id = :entry")
                .param("entry", entryId)
                .query(UUID.class)
                .list();
    }

    // --- engagement ------------------------------------------------------------------------------

    Counts counts(UUID entryId) {
        return jdbc.sql("""
                        select
                          (select count(*) from reaction r where r.entry_id = :e and r.type = 'HELPFUL') as helpful,
                          (select count(*) from reaction r where r.entry_id = :e and r.type = 'INSIGHTFUL') as insightful,
                          (select count(*) from reaction r where r.entry_id = :e and r.type = 'SAME_HERE') as same_here,
                          (select count(*) from comment c where c.entry_id = :e and c.deleted_at is null) as comments,
                          a.comment_id, coalesce(a.endorsed, false) as endorsed,
                          f.reviews, f.clarity, f.consistency, f.documentation, f.error_handling
                        from (select 1) one
                        left join accepted_solution a on a.entry_id = :e
                        cross join (select count(*) as reviews, coalesce(avg(clarity), 0) as clarity,
                            coalesce(avg(consistency), 0) as consistency, coalesce(avg(documentation), 0) as documentation,
                            coalesce(avg(error_handling), 0) as error_handling
                          from feedback where entry_id = :e) f""")
                .param("e", entryId)
                .query((rs, row) -> new Counts(
                        rs.getInt("helpful"),
                        rs.getInt("insightful"),
                        rs.getInt("same_here"),
                        rs.getInt("comments"),
                        rs.getObject("comment_id", UUID.class),
                        rs.getBoolean("endorsed"),
                        rs.getInt("reviews"),
                        rs.getDouble("clarity"),
                        rs.getDouble("consistency"),
                        rs.getDouble("documentation"),
                        rs.getDouble("error_handling")))
                .single();
    }

    // --- bookmarks and follows -------------------------------------------------------------------

    void bookmark(UUID memberId, UUID entryId, Instant now) {
        jdbc.sql("insert into bookmark (member_id, entry_id, created_at) values (:m, :e, :now) on conflict do nothing")
                .param("m", memberId)
                .param("e", entryId)
                .param("now", Timestamp.from(now))
                .update();
    }

    void unbookmark(UUID memberId, UUID entryId) {
        jdbc.sql("delete from bookmark where member_id = :m and entry_id = :e")
                .param("m", memberId)
                .param("e", entryId)
                .update();
    }

    /** Newest first after {@code [createdAt, entryId]}, one more than the limit. */
    List<Bookmark> bookmarks(UUID memberId, Instant afterCreated, UUID afterEntry, int limit) {
        return jdbc.sql("select entry_id, created_at from bookmark where member_id = :m"
                        + (afterEntry == null ? "" : " and (created_at, entry_id) < (:afterCreated, :afterEntry)")
                        + " order by created_at desc, entry_id desc limit :limit")
                .param("m", memberId)
                .param("afterCreated", afterCreated == null ? null : Timestamp.from(afterCreated))
                .param("afterEntry", afterEntry)
                .param("limit", limit + 1)
                .query((rs, row) -> new Bookmark(
                        rs.getObject("entry_id", UUID.class),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    void followMember(UUID follower, UUID followee, Instant now) {
        jdbc.sql("insert into follow_member (follower_id, followee_id, created_at) values (:a, :b, :now)"
                        + " on conflict do nothing")
                .param("a", follower)
                .param("b", followee)
                .param("now", Timestamp.from(now))
                .update();
    }

    void unfollowMember(UUID follower, UUID followee) {
        jdbc.sql("delete from follow_member where follower_id = :a and followee_id = :b")
                .param("a", follower)
                .param("b", followee)
                .update();
    }

    void followTechnology(UUID follower, UUID technology, Instant now) {
        jdbc.sql("insert into follow_technology (follower_id, technology_id, created_at) values (:a, :t, :now)"
                        + " on conflict do nothing")
                .param("a", follower)
                .param("t", technology)
                .param("now", Timestamp.from(now))
                .update();
    }

    void unfollowTechnology(UUID follower, UUID technology) {
        jdbc.sql("delete from follow_technology where follower_id = :a and technology_id = :t")
                .param("a", follower)
                .param("t", technology)
                .update();
    }

    List<UUID> followedMembers(UUID follower) {
        return jdbc.sql("select followee_id from follow_member where follower_id = :a order by created_at")
                .param("a", follower)
                .query(UUID.class)
                .list();
    }

    List<UUID> followedTechnologies(UUID follower) {
        return jdbc.sql("select technology_id from follow_technology where follower_id = :a order by created_at")
                .param("a", follower)
                .query(UUID.class)
                .list();
    }

    /** How many followers each of these members has (one query for a page of authors). */
    Map<UUID, Integer> followerCounts(Collection<UUID> memberIds) {
        return counts(
                "select followee_id, count(*) from follow_member where followee_id = any(:m) group by 1", memberIds);
    }

    /** How many members each of these members follows. */
    Map<UUID, Integer> followingCounts(Collection<UUID> memberIds) {
        return counts(
                "select follower_id, count(*) from follow_member where follower_id = any(:m) group by 1", memberIds);
    }

    private Map<UUID, Integer> counts(String sql, Collection<UUID> memberIds) {
        var counts = new HashMap<UUID, Integer>();
        jdbc.sql(sql).param("m", memberIds.toArray(UUID[]::new)).query(rs -> {
            counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
        });
        return counts;
    }

    Set<UUID> followersOf(UUID memberId, Collection<UUID> technologyIds) {
        var followers = new HashSet<>(jdbc.sql("select follower_id from follow_member where followee_id = :m")
                .param("m", memberId)
                .query(UUID.class)
                .list());
        if (!technologyIds.isEmpty()) {
            followers.addAll(jdbc.sql("select distinct follower_id from follow_technology where technology_id in (:t)")
                    .param("t", technologyIds)
                    .query(UUID.class)
                    .list());
        }
        return followers;
    }
}
