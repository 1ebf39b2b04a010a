package org.projectnexus.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntryFilter;
import org.projectnexus.entries.EntrySummary;
import org.projectnexus.shared.Cursor;
import org.projectnexus.shared.CursorCodec;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.PageRequest;
import org.projectnexus.shared.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Ranked full-text search over public entries (weights: title A, technologies B, body and solution
 * C, repeated words capped when the vector is written) and similar entries. Reads the entries'
 * tables directly: this module is their read model for search.
 */
@Service
class SearchService implements Search {

    /** One result: the entry, why it matched, and how well. */
    record Hit(EntrySummary entry, Highlight highlight, float score) {}

    /** Matched words wrapped in {@code <mark>}; everything else HTML-escaped. */
    record Highlight(String title, String body) {}

    private record Row(UUID id, float score, String title, String body) {}

    private static final String ESCAPE_TITLE =
            "replace(replace(replace(e.title, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
    private static final String ESCAPE_BODY =
            "replace(replace(replace(left(e.body || ' ' || coalesce(e.solution, ''), 20000), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";

    private final JdbcClient jdbc;
    private final Entries entries;
    private final CursorCodec cursors;
    private final MeterRegistry meters;

    SearchService(JdbcClient jdbc, Entries entries, CursorCodec cursors, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.cursors = cursors;
        this.meters = meters;
    }

    static String scope(String q, EntryFilter filter) {
        return "search|" + q + "|" + filter.scope();
    }

    /** A page of results for what a client asked (REST and GraphQL). */
    CursorPage<Hit> search(String q, EntryFilter filter, Integer limit, String cursor) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalid("q", "must not be empty: say what to look for");
        }
        // Ranked: the listing's sort does not apply, and one order keeps cursors of one search valid.
        var ranked = filter.sortedBy(EntryFilter.Sort.RECENT);
        var page = cursors.page(limit, cursor, scope(q, ranked));
        return timer(SearchQuery.kindOf(q), ranked.narrows()).record(() -> search(q, ranked, page));
    }

    /**
     * {@code nexus_search_seconds} by kind of query ({@code words}, {@code phrase}, {@code
     * operators}, {@code similar}) and whether filters narrowed it.
     */
    private Timer timer(String kind, boolean filtered) {
        return Timer.builder("nexus.search")
                .description("Search latency by kind of query")
                .tag("kind", kind)
                .tag("filtered", Boolean.toString(filtered))
                .register(meters);
    }

    @Override
    public CursorPage<SearchResult> query(String q, EntryFilter filter, Integer limit, String cursor) {
        return search(q, filter, limit, cursor)
                .map(hit -> new SearchResult(
                        hit.entry(), hit.highlight().title(), hit.highlight().body(), hit.score()));
    }

    @Override
    public Optional<String> suggestion(String q) {
        if (q == null || q.isBlank() || q.length() > SearchQuery.MAX_LENGTH) {
            return Optional.empty();
        }
        var changed = false;
        var words = new ArrayList<String>();
        for (var word : q.strip().split("\\s+")) {
            var closest = WORD.matcher(word).matches() ? closest(word.toLowerCase(Locale.ROOT)) : null;
            changed |= closest != null && !closest.equals(word.toLowerCase(Locale.ROOT));
            words.add(closest != null ? closest : word);
        }
        return changed ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    /** The known word closest to one nobody uses, by the same trigram rule as the typo alternatives. */
    private String closest(String word) {
        // A word someone is still typing (a prefix of a known one) is not a typo.
        return jdbc.sql("select case when exists (select 1 from search_term where word = :w or word like :prefix)"
                        + " then null else (select word from search_term where word % :w"
                        + " order by similarity(word, :w) desc, word limit 1) end")
                .param("prefix", word + "%")
                .param("w", word)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]{3,39}");

    private CursorPage<Hit> search(String q, EntryFilter filter, PageRequest page) {
        var tsquery = tsquery(jdbc, q);
        if (tsquery.isBlank()) {
            // Only stop words ("the", "and"): nothing to look for.
            return CursorPage.empty();
        }
        var query =
                searchSql(tsquery, filter, page.first() ? null : page.cursor().keys(), page.limit());
        var rows = jdbc.sql(query.sql())
                .params(query.params())
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getFloat("score"),
                        rs.getString("title_hl"),
                        rs.getString("body_hl")))
                .list();
        var pageRows = rows.size() > page.limit() ? rows.subList(0, page.limit()) : rows;
        var summaries = entries.summaries(pageRows.stream().map(Row::id).toList()).stream()
                .collect(Collectors.toMap(EntrySummary::id, Function.identity()));
        var shown = pageRows.stream()
                .filter(r -> summaries.containsKey(r.id().toString()))
                .toList();
        var hits = shown.stream()
                .map(r -> new Hit(summaries.get(r.id().toString()), new Highlight(r.title(), r.body()), r.score()))
                .toList();
        var positions = shown.stream().map(r -> position(q, filter, r)).toList();
        var next = rows.size() > page.limit() ? position(q, filter, pageRows.getLast()) : null;
        return new CursorPage<>(hits, next, positions);
    }

    /** The cursor after a row: its score and id, in this search's scope. */
    private String position(String q, EntryFilter filter, Row row) {
        return cursors.encode(new Cursor(
                scope(q, filter), List.of(Float.toString(row.score()), row.id().toString())));
    }

    /**
     * The query as a tsquery value, worked out first (typo alternatives, prefixes) so the search
     * statement gets a constant the planner can estimate and match against the GIN index.
     */
    static String tsquery(JdbcClient jdbc, String q) {
        var params = new LinkedHashMap<String, Object>();
        var expression = SearchQuery.toSql(q, params);
        return jdbc.sql("select (" + expression + ")::text")
                .params(params)
                .query(String.class)
                .single();
    }

    /** The search statement: ranked ids of one page (plus one), highlighted. */
    static SqlQuery searchSql(String tsquery, EntryFilter filter, List<String> after, int limit) {
        var params = new LinkedHashMap<String, Object>();
        params.put("tsquery", tsquery);
        var sql = new StringBuilder(
                "with q as materialized (select cast(:tsquery as tsquery) as query), ranked as (select e.id,"
                        + " ts_rank_cd(e.search_vector, q.query) as score from q, entry e");
        if (filter.needsMember()) {
            sql.append(" join member m on m.id = e.author_id");
        }
        sql.append(" where e.visibility = 'PUBLIC' and e.search_vector @@ cast(:tsquery as tsquery)");
        filter.appendConditions(sql, params);
        sql.append("), page as (select id, score from ranked");
        if (after != null) {
            try {
                params.put("afterScore", Float.parseFloat(after.get(0)));
                params.put("afterId", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.badRequest("invalid-cursor", "The cursor is not valid; start again without it.");
            }
            sql.append(" where (score, id) < (cast(:afterScore as real), :afterId)");
        }
        sql.append(" order by score desc, id desc limit :limit)");
        params.put("limit", limit + 1);
        sql.append(" select page.id, page.score, ts_headline('english', " + ESCAPE_TITLE + ", q.query,"
                + " 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true') as title_hl,"
                + " ts_headline('english', " + ESCAPE_BODY + ", q.query,"
                + " 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=\" … \"')"
                + " as body_hl from page join entry e on e.id = page.id, q order by page.score desc, page.id desc");
        return new SqlQuery(sql.toString(), params);
    }

    /** SQL text and its named parameters. */
    record SqlQuery(String sql, Map<String, Object> params) {}

    /**
     * Entries like this one: sharing its technologies and with a similar title; for a challenge,
     * other challenges first (who met the same problem, and how they solved it). The viewer must be
     * able to see the entry (a draft of someone else is a 404).
     */
    @Override
    public List<EntrySummary> similar(CurrentMember viewer, UUID id, int limit) {
        if (entries.summaries(List.of(id)).isEmpty() && !entries.isOwnDraft(viewer, id)) {
            throw ProblemException.notFound("No entry with id '" + id + "'.");
        }
        if (limit < 1 || limit > 50) {
            throw ProblemException.invalid("limit", "must be between 1 and 50");
        }
        return timer("similar", false).record(() -> similar(id, limit));
    }

    private List<EntrySummary> similar(UUID id, int limit) {
        var ids = jdbc.sql("""
                        with src as (
                          select e.id, e.kind, lower(e.title) as title,
                            -- any word of the title, for entries that talk about the same things
                            to_tsquery('english', replace(plainto_tsquery('english', e.title)::text, ' & ', ' | ')) as words
                          from entry e where e.id = :id),
                        shared as (
                          select et.entry_id as id, count(*) as n from entry_technology et
                          where et.technology_id in (select technology_id from entry_technology where entry_id = :id)
                            and et.entry_id <> :id
                          group by et.entry_id),
                        titled as (select e.id from entry e, src where lower(e.title) % src.title and e.id <> src.id),
                        worded as (select e.id from entry e, src where e.search_vector @@ src.words and e.id <> src.id),
                        candidates as (select id from shared union select id from titled union select id from worded)
                        select e.id from candidates c
                          join entry e on e.id = c.id
                          left join shared s on s.id = e.id
                          cross join src
                        where e.visibility = 'PUBLIC'
                        order by case when src.kind = 'CHALLENGE' and e.kind = 'CHALLENGE' then 0 else 1 end,
                          coalesce(s.n, 0) + 2 * similarity(lower(e.title), src.title)
                            + ts_rank(e.search_vector, src.words) desc, e.id
                        limit :limit""")
                .param("id", id)
                .param("limit", limit)
                .query(UUID.class)
                .list();
        return entries.summaries(ids);
    }
}
