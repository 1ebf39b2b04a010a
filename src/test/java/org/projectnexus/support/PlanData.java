package org.projectnexus.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A few thousand generated entries (random words, spread over kinds, technologies and two years),
 * so query plans are the plans of a real table rather than of an empty one.
 */
public final class PlanData {

    private PlanData() {}

    public static synchronized void ensure(JdbcClient jdbc, int entries) {
        var existing = jdbc.sql(
                        "select count(*) from entry e join member m on m.id = e.author_id where m.handle = 'plan-author'")
                .query(Integer.class)
                .single();
        if (existing >= entries) {
            return;
        }
        jdbc.sql("""
                        insert into member (id, handle, email, display_name, track, cohort, password_hash, created_at, updated_at)
                        values (gen_random_uuid(), 'plan-author', 'plan-author@example.org', 'Plan', 'BACKEND', 'plan',
                          'not a hash: never signs in', now(), now())
                        on conflict do nothing""").update();
        jdbc.sql("""
                        insert into entry (id, author_id, kind, title, body, body_html, visibility, version, views,
                          created_at, updated_at, search_vector)
                        select gen_random_uuid(), m.id,
                          (array['LEARNING','CHALLENGE','PRACTICE','SNIPPET','DIAGRAM','PROJECT','GOAL'])[1 + g % 7],
                          w.title, w.body, '', case when g % 10 = 0 then 'DRAFT' else 'PUBLIC' end, 1, (g * 7919) % 1000,
                          now() - make_interval(mins => g * 37), now(), entry_search_vector(w.title, '', w.body, null)
                        from generate_series(1, :count) g
                        cross join (select id from member where handle = 'plan-author') m
                        cross join lateral (select
                            'w' || (g % 997) || ' w' || (g % 1999) || ' topic ' || g as title,
                            (select string_agg('w' || abs(hashtext((g * 31 + i)::text)) % 5000, ' ')
                             from generate_series(1, 60) i) as body) w""").param("count", entries - existing).update();
        jdbc.sql("""
                        insert into entry_technology (entry_id, technology_id)
                        select e.id, t.id from entry e
                        join member m on m.id = e.author_id and m.handle = 'plan-author'
                        cross join lateral (select id from technology where status = 'APPROVED'
                          order by md5(e.id::text || slug) limit 2) t
                        on conflict do nothing""").update();
        jdbc.sql("analyze entry").update();
        jdbc.sql("analyze entry_technology").update();
        jdbc.sql("analyze member").update();
    }
}
