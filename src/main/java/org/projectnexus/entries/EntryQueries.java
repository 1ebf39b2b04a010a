package org.projectnexus.entries;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The listing query, built from a filter so each combination reaches its index (a generic
 * {@code (:x is null or col = :x)} query would plan one way for all of them). Package-visible so
 * the query-plan test checks exactly what the application runs.
 */
final class EntryQueries {

    /** SQL text and its named parameters. */
    record SqlQuery(String sql, Map<String, Object> params) {}

    static final String COLUMNS = """
            e.id, e.author_id, e.kind, e.title, e.body, e.body_html, e.solution, e.solution_html, e.language,
            e.diagram_format, e.caption, e.project::text as project, e.visibility, e.version, e.views, e.created_at,
            e.updated_at, e.helpful_count, e.insightful_count, e.same_here_count, e.comment_count,
            e.accepted_comment_id, e.accepted_endorsed, e.feedback::text as feedback, e.popularity, array(select et.technology_id from entry_technology et where et.entry_id = e.id) as technology_ids""";

    private EntryQueries() {}

    /**
     * Public entries matching the filter, after the cursor keys ({@code [createdAt, id]} for recent,
     * {@code [popularity, id]} for popular), one more than the limit to know whether a next page exists.
     */
    static SqlQuery listing(EntryFilter filter, List<String> after, int limit) {
        var params = new LinkedHashMap<String, Object>();
        var sql = new StringBuilder("select " + COLUMNS + " from entry e");
        if (filter.needsMember()) {
            sql.append(" join member m on m.id = e.author_id");
        }
        sql.append(" where e.visibility = 'PUBLIC'");
        filter.appendConditions(sql, params);
        var popular = filter.sort() == EntryFilter.Sort.POPULAR;
        if (after != null) {
            if (popular) {
                sql.append(" and (e.popularity, e.id) < (:afterViews, :afterId)");
                params.put("afterViews", Long.parseLong(after.get(0)));
            } else {
                sql.append(" and (e.created_at, e.id) < (:afterCreated, :afterId)");
                params.put("afterCreated", Timestamp.from(Instant.parse(after.get(0))));
            }
            params.put("afterId", UUID.fromString(after.get(1)));
        }
        sql.append(popular ? " order by e.popularity desc, e.id desc" : " order by e.created_at desc, e.id desc");
        sql.append(" limit :limit");
        params.put("limit", limit + 1);
        return new SqlQuery(sql.toString(), params);
    }

    /**
     * A member's feed: public entries by the members they follow or about the technologies they
     * follow, newest first, after {@code [createdAt, id]}; never their own.
     */
    static SqlQuery feed(
            UUID memberId, Collection<UUID> authors, Collection<UUID> technologies, List<String> after, int limit) {
        var params = new LinkedHashMap<String, Object>();
        // "in ()" is not SQL: an empty set becomes a set no id is in.
        params.put("me", memberId);
        params.put("authors", authors.isEmpty() ? List.of(NONE) : authors);
        params.put("techs", technologies.isEmpty() ? List.of(NONE) : technologies);
        var sql = new StringBuilder("select " + COLUMNS + " from entry e where e.visibility = 'PUBLIC'"
                + " and e.author_id <> :me and (e.author_id in (:authors) or exists (select 1 from entry_technology et"
                + " where et.entry_id = e.id and et.technology_id in (:techs)))");
        if (after != null) {
            sql.append(" and (e.created_at, e.id) < (:afterCreated, :afterId)");
            params.put("afterCreated", Timestamp.from(Instant.parse(after.get(0))));
            params.put("afterId", UUID.fromString(after.get(1)));
        }
        sql.append(" order by e.created_at desc, e.id desc limit :limit");
        params.put("limit", limit + 1);
        return new SqlQuery(sql.toString(), params);
    }

    private static final UUID NONE = new UUID(0, 0);
}
