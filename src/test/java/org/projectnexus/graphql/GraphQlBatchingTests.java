package org.projectnexus.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.SqlStatements;
import org.projectnexus.support.TestMembers;

/**
 * A page of entries with their authors, technologies, counts and the caller's reactions costs the
 * same number of SQL statements whatever its size: what the page's items need is loaded in one
 * batch per field, not once per item.
 */
class GraphQlBatchingTests extends GraphQlTest {

    private static final String PAGE = """
            query($filter: EntryFilter, $first: Int) { entries(filter: $filter, first: $first) { edges { node {
              id title excerpt views createdAt
              technologies { slug name category }
              engagement { helpful sameHere comments feedback { overall } }
              myReactions
              author { handle displayName track bio githubUrl roles joinedAt followers following } } } } }""";

    /** Without the batched fields, to see that they are counted at all. */
    private static final String BARE_PAGE = """
            query($filter: EntryFilter, $first: Int) { entries(filter: $filter, first: $first) { edges { node {
              id title author { handle } } } } }""";

    /** A field that is not batched (a hub per author): the counter must see it grow. */
    private static final String UNBATCHED_PAGE = """
            query($filter: EntryFilter, $first: Int) { entries(filter: $filter, first: $first) { edges { node {
              id author { hub { counts { kind count } } } } } } }""";

    private String cohort;
    private Member reader;

    /** 60 entries of one cohort by 30 authors, half of them frontend, with reactions and follows. */
    @BeforeEach
    void entriesByManyAuthors() {
        cohort = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        reader = member("batch-reader");
        for (int i = 0; i < 30; i++) {
            var handle = TestMembers.uniqueHandle("batch");
            TestMembers.register(http(), handle, i % 2 == 0 ? "BACKEND" : "FRONTEND", cohort);
            var author = as(handle);
            var challenge = entry(author, "CHALLENGE", "Batch challenge of " + handle, "body", "Redis", "Docker");
            entry(author, "PRACTICE", "Batch practice of " + handle, "body", "Kubernetes");
            reader.graphql()
                    .data(
                            "mutation($id: ID!, $h: String!) { react(entryId: $id, type: SAME_HERE) { sameHere }"
                                    + " followMember(handle: $h) }",
                            Map.of("id", challenge, "h", handle));
        }
    }

    private int statements(String query, int first) {
        var requestId = "batch-" + UUID.randomUUID();
        var response = reader.graphql()
                .send(query, Map.of("filter", Map.of("cohort", cohort), "first", first), "X-Request-Id", requestId);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().has("errors")).as(response.body()).isFalse();
        assertThat(response.json().get("data").get("entries").get("edges").size())
                .isEqualTo(first);
        return SqlStatements.of(requestId);
    }

    @Test
    void aPageCostsTheSameStatementsWhateverItsSize() {
        statements(PAGE, 5); // the first request of a context fills caches (secrets, taxonomy)
        var five = statements(PAGE, 5);
        var fifty = statements(PAGE, 50);
        assertThat(fifty).as("statements for 50 entries vs 5").isEqualTo(five);

        // One statement per batched field for the whole page (the caller's reactions, the authors'
        // profiles, followers and following), and the counter sees them ...
        var bare = statements(BARE_PAGE, 50);
        assertThat(fifty - bare).isEqualTo(4);
        // ... and sees a field that is not batched grow with the page.
        assertThat(statements(UNBATCHED_PAGE, 50)).isGreaterThan(statements(UNBATCHED_PAGE, 5) + 40);
    }
}
