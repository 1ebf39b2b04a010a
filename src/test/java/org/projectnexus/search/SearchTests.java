package org.projectnexus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.TestMembers;
import tools.jackson.databind.JsonNode;

/**
 * Search relevance on a small fixed corpus, written by one member of a cohort of its own so the
 * cohort filter keeps other tests' entries out.
 */
class SearchTests extends ApiTest {

    private static String cohort;
    private static final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void corpus() {
        if (cohort != null) {
            return;
        }
        cohort = TestMembers.uniqueHandle("search");
        var handle = TestMembers.uniqueHandle("searcher");
        TestMembers.register(http(), handle, "BACKEND", cohort);
        var me = http().as(accessToken(handle));
        add(me, "celery", """
                {"kind":"LEARNING","title":"Retrying Celery tasks with exponential backoff",
                 "body":"I configured autoretry_for and retry_backoff so failed tasks retried later.","technologies":["Celery","Redis"]}""");
        add(me, "index", """
                {"kind":"LEARNING","title":"Indexing PostgreSQL for faster queries",
                 "body":"A btree index on the foreign key made the join fast.","technologies":["PostgreSQL"]}""");
        add(me, "rate", """
                {"kind":"PRACTICE","title":"Protecting an API",
                 "body":"We added rate limiting with a token bucket in Redis. <script>alert(1)</script>","technologies":["Redis"]}""");
        add(me, "compose", """
                {"kind":"LEARNING","title":"Docker Compose for local development",
                 "body":"One compose file runs the database, the cache and the app.","technologies":["Docker Compose"]}""");
        add(me, "k8s", """
                {"kind":"LEARNING","title":"Deploying Docker images to Kubernetes",
                 "body":"Deployments, services and a docker registry.","technologies":["Kubernetes","Docker"]}""");
        add(me, "spam", "{\"kind\":\"PRACTICE\",\"title\":\"Notes\",\"body\":\"" + "celery ".repeat(400) + "\"}");
        add(me, "challenge", """
                {"kind":"CHALLENGE","title":"Celery worker kept retrying forever",
                 "body":"The task never stopped.","solution":"Set max_retries and acknowledge late.","technologies":["Celery"]}""");
        add(me, "challenge2", """
                {"kind":"CHALLENGE","title":"Worker crashed under load",
                 "body":"Out of memory.","technologies":["Redis"]}""");
        add(me, "draft", """
                {"kind":"LEARNING","title":"Secret celery draft","visibility":"DRAFT","technologies":["Celery"]}""");
    }

    private static void add(HttpProbe me, String key, String json) {
        var response = me.post("/api/v1/entries", json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        ids.put(key, response.json().get("id").asString());
    }

    private JsonNode search(String q, String extra) {
        var response = http().get("/api/v1/search?cohort=" + cohort + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> ranked(String q) {
        var result = new ArrayList<String>();
        search(q, "")
                .get("items")
                .forEach(hit -> result.add(keyOf(hit.get("entry").get("id").asString())));
        return result;
    }

    private static String keyOf(String id) {
        return ids.entrySet().stream()
                .filter(e -> e.getValue().equals(id))
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    @Test
    void stemmedWordsFindTheirEntry() {
        assertThat(ranked("retried celery task").getFirst()).isEqualTo("celery");
    }

    @Test
    void theLastWordMatchesAsAPrefix() {
        assertThat(ranked("exponen").getFirst()).isEqualTo("celery");
        assertThat(ranked("kuber").getFirst()).isEqualTo("k8s");
    }

    @Test
    void misspelledTechnologiesAndTitleWordsStillFind() {
        assertThat(ranked("postgress").getFirst()).isEqualTo("index");
        assertThat(ranked("kubernets deploy").getFirst()).isEqualTo("k8s");
    }

    @Test
    void quotedPhrasesMatchAsPhrases() {
        assertThat(ranked("\"rate limiting\"")).containsExactly("rate");
        assertThat(ranked("\"limiting rate\"")).isEmpty();
    }

    @Test
    void excludedWordsRemoveEntries() {
        assertThat(ranked("docker")).contains("compose", "k8s");
        assertThat(ranked("docker -kubernetes")).contains("compose").doesNotContain("k8s");
        assertThat(ranked("postgresql or kubernetes")).containsExactlyInAnyOrder("index", "k8s");
    }

    @Test
    void repeatingAWordDoesNotBuyRank() {
        var celery = ranked("celery");
        assertThat(celery).contains("spam");
        assertThat(celery.indexOf("celery")).isLessThan(celery.indexOf("spam"));
        assertThat(celery.indexOf("challenge")).isLessThan(celery.indexOf("spam"));
        assertThat(celery).doesNotContain("draft");
    }

    @Test
    void filtersApply() {
        var challenges = search("celery", "&kind=CHALLENGE").get("items");
        assertThat(challenges).hasSize(1);
        assertThat(challenges.get(0).get("entry").get("id").asString()).isEqualTo(ids.get("challenge"));
        assertThat(search("celery", "&technology=redis").get("items")).hasSize(1);
        assertThat(search("celery", "&track=FRONTEND").get("items")).isEmpty();
    }

    @Test
    void hitsAreHighlightedSafelyAndScored() {
        var hits = search("rate limiting", "").get("items");
        var top = hits.get(0);
        assertThat(top.get("highlight").get("body").asString())
                .contains("<mark>rate</mark> <mark>limiting</mark>")
                .doesNotContain("<script>")
                .contains("&lt;script&gt;");
        var celery = search("celery", "").get("items");
        assertThat(celery.get(0).get("highlight").get("title").asString()).contains("<mark>Celery</mark>");
        for (int i = 1; i < celery.size(); i++) {
            assertThat(celery.get(i).get("score").asDouble())
                    .isLessThanOrEqualTo(celery.get(i - 1).get("score").asDouble());
        }
    }

    @Test
    void rankedResultsPageWithoutRepeats() {
        var all = ranked("celery");
        var paged = new ArrayList<String>();
        var page = search("celery", "&limit=1");
        while (true) {
            page.get("items")
                    .forEach(hit -> paged.add(keyOf(hit.get("entry").get("id").asString())));
            var next = page.get("nextCursor");
            if (next == null || next.isNull()) {
                break;
            }
            page = search("celery", "&limit=1&cursor=" + next.asString());
        }
        assertThat(paged).isEqualTo(all);
        var cursor = search("celery", "&limit=1").get("nextCursor").asString();
        assertProblem(http().get("/api/v1/search?cohort=" + cohort + "&q=redis&cursor=" + cursor), 400);
    }

    @Test
    void similarEntriesPutChallengesFirstForAChallenge() {
        var similar = http().get("/api/v1/entries/" + ids.get("challenge") + "/similar")
                .json();
        var keys = new ArrayList<String>();
        similar.forEach(s -> {
            var id = s.get("id").asString();
            if (ids.containsValue(id)) {
                keys.add(keyOf(id));
            }
        });
        assertThat(keys).contains("celery").doesNotContain("draft", "challenge");
        // Another challenge comes first: who met a similar problem, and how they solved it.
        assertThat(keys.getFirst()).isEqualTo("challenge2");
        var indexSimilar = http().get("/api/v1/entries/" + ids.get("compose") + "/similar")
                .json()
                .toString();
        assertThat(indexSimilar).contains(ids.get("k8s"));
        assertProblem(http().get("/api/v1/entries/" + ids.get("draft") + "/similar"), 404);
    }

    @Test
    void badQueriesAreClientErrors() {
        assertProblem(http().get("/api/v1/search"), 422);
        assertProblem(http().get("/api/v1/search?q=%20%20"), 422);
        assertProblem(http().get("/api/v1/search?q=" + "a".repeat(201)), 422);
        var onlyExclusions = http().get("/api/v1/search?q=-docker");
        assertProblem(onlyExclusions, 422);
        assertThat(onlyExclusions.json().get("errors").get(0).get("field").asString())
                .isEqualTo("q");
        assertProblem(http().get("/api/v1/search?q=x&kind=POEM"), 400);
        assertThat(http().get("/api/v1/search?q="
                                + URLEncoder.encode("\"unclosed (weird) & | ! :* ''", StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
    }
}
