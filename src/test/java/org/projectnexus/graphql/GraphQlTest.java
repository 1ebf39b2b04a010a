package org.projectnexus.graphql;

import java.util.List;
import java.util.Map;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.GraphQl;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.SqlStatements;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;

/**
 * GraphQL over real HTTP against the real database: one application context for all GraphQL test
 * classes, with introspection configured on, SQL statements counted per request, and a probe field
 * that fails unexpectedly.
 */
@TestPropertySource(
        properties = {
            "nexus.graphql.introspection=true",
            "spring.graphql.schema.additional-files=classpath:graphql-probe/probe.graphqls"
        })
@Import({SqlStatements.Counting.class, GraphQlTest.FailingProbe.class})
abstract class GraphQlTest extends ApiTest {

    /** Only in the contexts that import it (a test component is never picked up by scanning). */
    @Controller
    @TestComponent
    static class FailingProbe {

        @QueryMapping
        String failingProbe() {
            throw new IllegalStateException("connection to db-internal-7:5432 refused by pg_hba.conf");
        }
    }

    record Member(String handle, String token, GraphQl graphql, HttpProbe rest) {}

    Member member(String prefix) {
        var handle = newLearner(prefix);
        return as(handle);
    }

    Member as(String handle) {
        var token = accessToken(handle);
        return new Member(handle, token, new GraphQl(http().as(token)), http().as(token));
    }

    GraphQl anonymous() {
        return new GraphQl(http());
    }

    /** Creates an entry through the createEntry mutation; returns its id. */
    static String entry(Member author, String kind, String title, String body, String... technologies) {
        var data = author.graphql()
                .data(
                        """
                        mutation($input: EntryInput!) { createEntry(input: $input) { id } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "kind", kind,
                                        "title", title,
                                        "body", body,
                                        "technologies", List.of(technologies))));
        return data.get("createEntry").get("id").asString();
    }
}
