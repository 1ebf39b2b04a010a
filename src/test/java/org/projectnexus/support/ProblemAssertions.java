package org.projectnexus.support;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error response of the API must look like ({@code api.md}, "Errors"). */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    public static void assertProblem(HttpProbe.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var json = response.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("type").asString()).startsWith("urn:nexus:problem:");
        assertThat(json.get("title").asString()).isNotBlank();
        assertThat(json.get("detail").asString()).isNotBlank();
        assertThat(json.get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.body()).doesNotContain("Exception", "at org.", "springframework");
    }
}
