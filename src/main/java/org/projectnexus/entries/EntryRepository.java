package org.projectnexus.entries;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class EntryRepository {

    /** One saved version, as listed. */
    record RevisionInfo(int version, Instant savedAt, UUID savedBy) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    EntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Entry entry, String technologyNames) {
        jdbc.sql("""
                        insert into entry (id, author_id, kind, title, body, body_html, solution, solution_html, language,
                          diagram_format, caption, project, visibility, version, views, created_at, updated_at, search_vector)
                        values (:id, :authorId, :kind, :title, :body, :bodyHtml, :solution, :solutionHtml, :language,
                          :diagramFormat, :caption, cast(:project as jsonb), :visibility, :version, 0, :createdAt, :updatedAt,
                          entry_search_vector(:title, :technologyNames, :body, :solution))""")
                .paramSource(params(entry).addValue("technologyNames", technologyNames))
                .update();
        setTechnologies(entry.id(), entry.technologyIds());
    }

    /** Saves a new version if the stored one is still {@code expectedVersion}. */
    boolean update(Entry entry, int expectedVersion, String technologyNames) {
        var updated = jdbc.sql("""
                        update entry set title = :title, body = :body, body_html = :bodyHtml, solution = :solution,
                          solution_html = :solutionHtml, language = :language, diagram_format = :diagramFormat,
                          caption = :caption, project = cast(:project as jsonb), visibility = :visibility,
                          version = :version, updated_at = :updatedAt,
                          search_vector = entry_search_vector(:title, :technologyNames, :body, :solution)
                        where id = :id and version = :expectedVersion""")
                .paramSource(params(entry)
                        .addValue("technologyNames", technologyNames)
                        .addValue("expectedVersion", expectedVersion))
                .update();
        if (updated == 0) {
            return false;
        }
        setTechnologies(entry.id(), entry.technologyIds());
        return true;
    }

    private void setTechnologies(UUID entryId, List<UUID> technologyIds) {
        jdbc.sql("delete from entry_technology where entry_id = :id")
                .param("id", entryId)
                .update();
        jdbc.sql("insert into entry_technology (entry_id, technology_id) select :id, unnest(:ids)")
                .param("id", entryId)
                .param("ids", technologyIds.toArray(UUID[]::new))
                .update();
    }

    Optional<Entry> findById(UUID id) {
        return jdbc.sql("select " + EntryQueries.COLUMNS + " from entry e where e.id = :id")
                .param("id", id)
                .query(EntryRepository::map)
                .optional();
    }

    /** Many at once, in no particular order. */
    List<Entry> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + EntryQueries.COLUMNS + " from entry e where e.id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(EntryRepository::map)
                .list();
    }

    List<Entry> query(EntryQueries.SqlQuery query) {
        return jdbc.sql(query.sql())
                .params(query.params())
                .query(EntryRepository::map)
                .list();
    }

    /** An author's entries for the hub, newest first; drafts only when the author asks. */
    List<Entry> byAuthor(UUID authorId, boolean includeDrafts, int limit) {
        return jdbc.sql("select " + EntryQueries.COLUMNS
                        + " from entry e where e.author_id = :author"
                        + (includeDrafts ? "" : " and e.visibility = 'PUBLIC'")
                        + " order by e.created_at desc, e.id desc limit :limit")
                .param("author", authorId)
                .param("limit", limit)
                .query(EntryRepository::map)
                .list();
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from entry where id = :id").param("id", id).update() > 0;
    }

    void saveRevision(UUID entryId, int version, UUID savedBy, Instant savedAt, Object snapshot) {
        jdbc.sql("""
                        insert into entry_revision (entry_id, version, saved_at, saved_by, snapshot)
                        values (:id, :version, :savedAt, :savedBy, cast(:snapshot as jsonb))""")
                .param("id", entryId)
                .param("version", version)
                .param("savedAt", Timestamp.from(savedAt))
                .param("savedBy", savedBy)
                .param("snapshot", JSON.writeValueAsString(snapshot))
                .update();
    }

    List<RevisionInfo> revisions(UUID entryId) {
        return jdbc.sql(
                        "select version, saved_at, saved_by from entry_revision where entry_id = :id order by version desc")
                .param("id", entryId)
                .query((rs, row) -> new RevisionInfo(
                        rs.getInt("version"),
                        rs.getTimestamp("saved_at").toInstant(),
                        rs.getObject("saved_by", UUID.class)))
                .list();
    }

    Optional<Map<String, Object>> revision(UUID entryId, int version) {
        return jdbc.sql("select snapshot::text from entry_revision where entry_id = :id and version = :version")
                .param("id", entryId)
                .param("version", version)
                .query(String.class)
                .optional()
                .map(json -> JSON.readValue(json, new TypeReference<Map<String, Object>>() {}));
    }

    /** Title and technology words feed typo-tolerant search. */
    void addSearchTerms(Collection<String> words) {
        if (words.isEmpty()) {
            return;
        }
        jdbc.sql("insert into search_term (word) select unnest(:words) on conflict do nothing")
                .param("words", words.toArray(String[]::new))
                .update();
    }

    void addViews(Map<UUID, Long> views) {
        if (views.isEmpty()) {
            return;
        }
        var ids = views.keySet().toArray(UUID[]::new);
        var counts = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            counts[i] = views.get(ids[i]);
        }
        jdbc.sql(
                        "update entry set views = entry.views + v.n from unnest(:ids, :counts) as v(id, n) where entry.id = v.id")
                .param("ids", ids)
                .param("counts", counts)
                .update();
    }

    private static MapSqlParameterSource params(Entry entry) {
        var project = entry.project();
        return new MapSqlParameterSource()
                .addValue("id", entry.id())
                .addValue("authorId", entry.authorId())
                .addValue("kind", entry.kind().name())
                .addValue("title", entry.title())
                .addValue("body", entry.body())
                .addValue("bodyHtml", entry.bodyHtml())
                .addValue("solution", entry.solution())
                .addValue("solutionHtml", entry.solutionHtml())
                .addValue("language", entry.language())
                .addValue(
                        "diagramFormat",
                        entry.diagramFormat() == null
                                ? null
                                : entry.diagramFormat().name())
                .addValue("caption", entry.caption())
                .addValue("project", project == null ? null : JSON.writeValueAsString(project))
                .addValue("visibility", entry.visibility().name())
                .addValue("version", entry.version())
                .addValue("createdAt", Timestamp.from(entry.createdAt()))
                .addValue("updatedAt", Timestamp.from(entry.updatedAt()));
    }

    static Entry map(ResultSet rs, int row) throws SQLException {
        var project = rs.getString("project");
        var format = rs.getString("diagram_format");
        return new Entry(
                rs.getObject("id", UUID.class),
                rs.getObject("author_id", UUID.class),
                EntryKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("body_html"),
                rs.getString("solution"),
                rs.getString("solution_html"),
                rs.getString("language"),
                format == null ? null : Entry.DiagramFormat.valueOf(format),
                rs.getString("caption"),
                project == null ? null : JSON.readValue(project, Entry.Project.class),
                Visibility.valueOf(rs.getString("visibility")),
                rs.getInt("version"),
                rs.getLong("views"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                uuids(rs.getArray("technology_ids")),
                engagement(rs),
                rs.getLong("popularity"));
    }

    private static Engagement engagement(ResultSet rs) throws SQLException {
        var accepted = rs.getObject("accepted_comment_id", UUID.class);
        var feedback = rs.getString("feedback");
        return new Engagement(
                rs.getInt("helpful_count"),
                rs.getInt("insightful_count"),
                rs.getInt("same_here_count"),
                rs.getInt("comment_count"),
                accepted == null ? null : accepted.toString(),
                rs.getBoolean("accepted_endorsed"),
                feedback == null ? null : JSON.readValue(feedback, Engagement.FeedbackSummary.class));
    }

    void saveEngagement(UUID entryId, Engagement e) {
        jdbc.sql("""
                        update entry set helpful_count = :helpful, insightful_count = :insightful,
                          same_here_count = :sameHere, comment_count = :comments, accepted_comment_id = :accepted,
                          accepted_endorsed = :endorsed, feedback = cast(:feedback as jsonb)
                        where id = :id""")
                .param("id", entryId)
                .param("helpful", e.helpful())
                .param("insightful", e.insightful())
                .param("sameHere", e.sameHere())
                .param("comments", e.comments())
                .param("accepted", e.acceptedCommentId() == null ? null : UUID.fromString(e.acceptedCommentId()))
                .param("endorsed", e.acceptedEndorsed())
                .param("feedback", e.feedback() == null ? null : JSON.writeValueAsString(e.feedback()))
                .update();
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }
}
