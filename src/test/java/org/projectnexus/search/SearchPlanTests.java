package org.projectnexus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.projectnexus.entries.EntryFilter;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.PlanData;

/** The search query goes through the GIN index: no sequential scan of the entry table. */
class SearchPlanTests extends ApiTest {

    @BeforeEach
    void data() {
        PlanData.ensure(jdbc, 3000);
    }

    @ParameterizedTest
    @CsvSource({"celery retries,", "\"rate limiting\" -redis,", "postgress,", "docker,CHALLENGE"})
    void searchUsesTheFullTextIndex(String q, String kind) {
        var filter = new EntryFilter(
                kind == null ? null : EntryKind.valueOf(kind), null, null, null, null, null, EntryFilter.Sort.RECENT);
        for (var after : new List[] {null, List.of("0.1", UUID.randomUUID().toString())}) {
            @SuppressWarnings("unchecked")
            var query = SearchService.searchSql(SearchService.tsquery(jdbc, q), filter, after, 20);
            var plan = String.join(
                    "\n",
                    jdbc.sql("explain " + query.sql())
                            .params(query.params())
                            .query(String.class)
                            .list());
            assertThat(plan).as(query.sql()).doesNotContain("Seq Scan on entry ");
            assertThat(plan).as(query.sql()).contains("Bitmap Index Scan on entry_search_idx");
        }
    }
}
