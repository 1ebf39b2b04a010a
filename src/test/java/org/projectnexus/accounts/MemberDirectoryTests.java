package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.TestMembers;

/** {@code GET /members}: filters and tamper-evident cursor pagination. */
class MemberDirectoryTests extends AccountsWebTest {

    private String cohortWith(int members) {
        var cohort = TestMembers.uniqueHandle("cohort");
        for (int i = 0; i < members; i++) {
            var handle = TestMembers.uniqueHandle("dir" + i);
            var response = http().post("/api/v1/auth/register", """
                    {"handle":"%s","email":"%s@example.org","password":"%s","displayName":"D","track":"%s","cohort":"%s"}""".formatted(
                            handle, handle, TestMembers.PASSWORD, i % 2 == 0 ? "BACKEND" : "FRONTEND", cohort));
            assertThat(response.status()).isEqualTo(201);
        }
        return cohort;
    }

    @Test
    void pagesThroughACohortInHandleOrderWithoutGapsOrRepeats() {
        var cohort = cohortWith(5);
        var handles = new ArrayList<String>();
        var url = "/api/v1/members?cohort=" + cohort + "&limit=2";
        int pages = 0;
        while (url != null) {
            var page = http().get(url);
            assertThat(page.status()).isEqualTo(200);
            page.json()
                    .get("items")
                    .forEach(item -> handles.add(item.get("handle").asString()));
            var next = page.json().get("nextCursor");
            if (next == null || next.isNull()) {
                assertThat(page.header("Link")).isNull();
                url = null;
            } else {
                assertThat(page.header("Link")).contains("rel=\"next\"", "cursor=");
                url = "/api/v1/members?cohort=" + cohort + "&limit=2&cursor=" + next.asString();
            }
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(handles).hasSize(5).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void filtersByTrackAndCohort() {
        var cohort = cohortWith(4);
        var frontend = http().get("/api/v1/members?cohort=" + cohort + "&track=FRONTEND")
                .json()
                .get("items");
        assertThat(frontend).hasSize(2);
        frontend.forEach(item -> assertThat(item.get("track").asString()).isEqualTo("FRONTEND"));
    }

    @Test
    void badPagingInputIsAClearClientError() {
        var cohort = cohortWith(3);
        var cursor = http().get("/api/v1/members?cohort=" + cohort + "&limit=1")
                .json()
                .get("nextCursor")
                .asString();

        var tampered = http().get("/api/v1/members?cohort=" + cohort + "&cursor=" + cursor.replace('.', 'x') + "A");
        assertProblem(tampered, 400);
        assertThat(tampered.json().get("type").asString()).endsWith("invalid-cursor");
        var forged = cursor.substring(0, cursor.indexOf('.')) + "." + "AAAAAAAAAAAAAAAAAAAAAA";
        assertProblem(http().get("/api/v1/members?cohort=" + cohort + "&cursor=" + forged), 400);

        var otherFilter = http().get("/api/v1/members?cohort=other&cursor=" + cursor);
        assertProblem(otherFilter, 400);
        assertThat(otherFilter.json().get("detail").asString()).contains("another listing");

        assertProblem(http().get("/api/v1/members?limit=0"), 422);
        assertProblem(http().get("/api/v1/members?limit=101"), 422);
        assertProblem(http().get("/api/v1/members?track=DEVOPS"), 400);
    }
}
