package org.projectnexus.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GraphQL requests over real HTTP ({@code POST /graphql}), as a frontend client sends them. */
public record GraphQl(HttpProbe http) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Sends a query with variables given as name, value pairs; extra headers as name, value too. */
    public HttpProbe.Response send(String query, Map<String, ?> variables, String... headers) {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", query);
        if (variables != null && !variables.isEmpty()) {
            body.put("variables", variables);
        }
        return http.post("/graphql", JSON.writeValueAsString(body), headers);
    }

    /** The {@code data} of an answer that must have no errors. */
    public JsonNode data(String query, Map<String, ?> variables) {
        var response = send(query, variables);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var json = response.json();
        assertThat(json.has("errors")).as(response.body()).isFalse();
        return json.get("data");
    }

    public JsonNode data(String query) {
        return data(query, Map.of());
    }

    /** The one error of an answer that must fail, checked to carry a code and no internals. */
    public JsonNode error(String query, Map<String, ?> variables) {
        var response = send(query, variables);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "springframework");
        var errors = response.json().get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        assertThat(errors.size()).as(response.body()).isEqualTo(1);
        var error = errors.get(0);
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(error.get("extensions").get("code").asString()).isNotBlank();
        return error;
    }

    public JsonNode error(String query) {
        return error(query, Map.of());
    }

    /** The error's {@code extensions.code}. */
    public static String code(JsonNode error) {
        return error.get("extensions").get("code").asString();
    }
}
