package org.projectnexus.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.TestMembers;

/**
 * Enum values as the README writes them are accepted in any case — in query parameters, path
 * variables and JSON bodies — and answered in the one case the OpenAPI document lists: UPPER_CASE,
 * except token scopes and reaction types (lowercase). Unknown values are refused with the list.
 */
class EnumCaseTests extends ApiTest {

    @Test
    void queryParametersInAnyCase() {
        for (var query : new String[] {
            "/api/v1/entries?kind=challenge&sort=recent&limit=20",
            "/api/v1/entries?kind=Challenge&sort=POPULAR",
            "/api/v1/search?q=celery&track=backend&kind=challenge",
            "/api/v1/members?track=Frontend",
            "/api/v1/technologies?category=language"
        }) {
            var response = http().get(query);
            assertThat(response.status()).as(query + " " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void unknownQueryValuesAreRefusedWithTheChoices() {
        var response = http().get("/api/v1/entries?sort=newest");
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString())
                .isEqualTo("Parameter 'sort' has the invalid value 'newest'; expected one of [RECENT, POPULAR].");
    }

    @Test
    void jsonBodiesInAnyCaseAnsweredInTheDocumentedCase() {
        var handle = TestMembers.uniqueHandle("case");
        var registered = http().post("/api/v1/auth/register", """
                {"handle":"%s","email":"%s@example.org","password":"%s","displayName":"C","track":"backend"}""".formatted(handle, handle, TestMembers.PASSWORD));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("track").asString()).isEqualTo("BACKEND");
        var me = http().as(accessToken(handle));

        var entry = me.post("/api/v1/entries", "{\"kind\":\"challenge\",\"title\":\"Case\",\"visibility\":\"public\"}");
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        assertThat(entry.json().get("kind").asString()).isEqualTo("CHALLENGE");
        assertThat(entry.json().get("visibility").asString()).isEqualTo("PUBLIC");

        var settings = me.send("PUT", "/api/v1/me/notification-settings", "application/json", "{\"email\":\"daily\"}");
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(settings.json().get("email").asString()).isEqualTo("DAILY");
    }

    @Test
    void scopesAreLowercaseAndAcceptedInAnyCase() {
        var me = http().as(accessToken(newLearner("scopes")));
        for (var scopes : new String[] {"[\"read\",\"write\"]", "[\"READ\",\"Write\"]"}) {
            var created = me.post("/api/v1/me/tokens", "{\"name\":\"script\",\"scopes\":" + scopes + "}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().get("token").get("scopes").toString()).isEqualTo("[\"read\",\"write\"]");
        }
        var unknown = me.post("/api/v1/me/tokens", "{\"name\":\"script\",\"scopes\":[\"root\"]}");
        assertProblem(unknown, 400);
        assertThat(unknown.json().get("detail").asString()).contains("'root'", "[read, write, admin]");
    }

    @Test
    void reactionTypesInAnyCase() {
        var author = http().as(accessToken(newLearner("react-author")));
        var entry = author.post("/api/v1/entries", "{\"kind\":\"CHALLENGE\",\"title\":\"Flaky retries\"}");
        var id = entry.json().get("id").asString();
        var me = http().as(accessToken(newLearner("react")));
        var reacted = me.send("PUT", "/api/v1/entries/" + id + "/reactions/Same-Here", null, "");
        assertThat(reacted.status()).as(reacted.body()).isEqualTo(200);
        assertThat(reacted.json().get("mine").toString()).isEqualTo("[\"same-here\"]");
    }
}
