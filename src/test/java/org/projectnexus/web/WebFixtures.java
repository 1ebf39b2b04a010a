package org.projectnexus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.TestMembers;

/**
 * A peer's hub seeded through the API (the flows under test then use pages only): a challenge with
 * its solution and a discussion, a learning, a practice, a snippet and a Mermaid diagram.
 */
final class WebFixtures {

    /** A word no other test writes, so a search for it finds this peer's challenge alone. */
    static final String UNIQUE_WORD = "daylight";

    static final String CHALLENGE_TITLE = "Celery beat schedules drifted after daylight saving";

    record Peer(String handle, String displayName, String challengeId, String diagramId) {}

    private static Peer peer;

    private WebFixtures() {}

    static synchronized Peer peer(HttpProbe http, java.util.function.Function<String, String> tokenOf) {
        if (peer != null) {
            return peer;
        }
        var handle = TestMembers.uniqueHandle("amara");
        var body =
                "{\"handle\":\"%s\",\"email\":\"%s@example.org\",\"password\":\"%s\",\"displayName\":\"Amara Okafor\","
                        + "\"track\":\"BACKEND\",\"cohort\":\"cohort-7\"}";
        var registered = http.post("/api/v1/auth/register", body.formatted(handle, handle, TestMembers.PASSWORD));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        var me = http.as(tokenOf.apply(handle));
        var challenge = create(me, """
                {"kind":"CHALLENGE","title":"%s",
                 "body":"Our **Celery beat** jobs ran an hour late twice a year.\\n\\n```python\\napp.conf.timezone = 'Europe/Lagos'\\n```",
                 "solution":"Keep beat in UTC (`CELERY_ENABLE_UTC = True`) and convert only when showing times.",
                 "technologies":["Celery","Redis","Python"]}""".formatted(CHALLENGE_TITLE));
        create(me, """
                {"kind":"LEARNING","title":"Indexes on foreign keys in PostgreSQL",
                 "body":"A btree index on the foreign key made the join forty times faster.","technologies":["Postgres"]}""");
        create(me, """
                {"kind":"PRACTICE","title":"Rate limit every public endpoint",
                 "body":"A token bucket in Redis keeps one noisy client from starving the others.","technologies":["Redis"]}""");
        create(me, """
                {"kind":"SNIPPET","title":"Retry with exponential backoff","language":"python",
                 "body":"```python\\nfor attempt in range(5):\\n    try:\\n        return call()\\n    except Timeout:\\n        sleep(2 ** attempt)\\n```",
                 "technologies":["Python"]}""");
        var diagram = create(me, """
                {"kind":"DIAGRAM","title":"Orders ERD","diagramFormat":"MERMAID","caption":"Customers, orders and their lines",
                 "body":"```mermaid\\nerDiagram\\n  CUSTOMER ||--o{ ORDER : places\\n  ORDER ||--|{ LINE_ITEM : contains\\n```",
                 "technologies":["PostgreSQL"]}""");
        create(me, """
                {"kind":"GOAL","title":"Write a Kubernetes operator","body":"One operator for our job queue, by the end of the cohort."}""");
        var comment = me.post(
                "/api/v1/entries/" + challenge + "/comments",
                "{\"body\":\"Did you try `timezone='UTC'` everywhere?\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        var reply = me.post(
                "/api/v1/entries/" + challenge + "/comments",
                "{\"body\":\"Yes, that was the fix.\",\"parentId\":\""
                        + comment.json().get("id").asString() + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        peer = new Peer(handle, "Amara Okafor", challenge, diagram);
        return peer;
    }

    private static String create(HttpProbe me, String json) {
        var response = me.post("/api/v1/entries", json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
