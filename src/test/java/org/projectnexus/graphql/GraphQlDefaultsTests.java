package org.projectnexus.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.GraphQl;

/** GraphQL as an installation gets it without configuring anything. */
class GraphQlDefaultsTests extends ApiTest {

    @Test
    void introspectionIsOffUnlessConfigured() {
        var graphql = new GraphQl(http());
        var error = graphql.error("{ __schema { queryType { name } } }");
        assertThat(GraphQl.code(error)).isEqualTo("FORBIDDEN");
        assertThat(error.get("message").asString()).contains("introspection");
        assertThat(graphql.send("{ __schema { types { name } } }", Map.of()).body())
                .doesNotContain("\"EntrySummary\"");
        // Queries themselves work as ever.
        assertThat(graphql.data("{ technology(slug: \"redis\") { name } }")
                        .get("technology")
                        .get("name")
                        .asString())
                .isEqualTo("Redis");
    }

    @Test
    void graphiqlIsServedWithAPolicyForItsScripts() {
        var page = http().get("/graphiql?path=/graphql");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("GraphiQL", "https://esm.sh/graphiql");
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self' 'unsafe-inline' https://esm.sh")
                .contains("connect-src 'self'")
                .contains("frame-ancestors 'none'");
        // The API keeps its strict policy.
        assertThat(http().get("/api/v1/technologies").header("Content-Security-Policy"))
                .doesNotContain("esm.sh");
    }
}
