package org.projectnexus.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.PlanData;

/** The listing queries reach their indexes: no sequential scan of the entry table. */
class ListingPlanTests extends ApiTest {

    @BeforeEach
    void data() {
        PlanData.ensure(jdbc, 3000);
    }

    private EntryFilter filter(String variant) {
        var author = jdbc.sql("select id from member where handle = 'plan-author'")
                .query(UUID.class)
                .single();
        var technology = jdbc.sql("select id from technology where slug = 'redis'")
                .query(UUID.class)
                .single();
        return switch (variant) {
            case "kind" -> new EntryFilter(EntryKind.CHALLENGE, null, null, null, null, null, EntryFilter.Sort.RECENT);
            case "technology" -> new EntryFilter(null, technology, null, null, null, null, EntryFilter.Sort.RECENT);
            case "author" -> new EntryFilter(null, null, author, null, null, null, EntryFilter.Sort.RECENT);
            case "cohort" -> new EntryFilter(null, null, null, null, "plan", null, EntryFilter.Sort.RECENT);
            case "popular" -> new EntryFilter(null, null, null, null, null, null, EntryFilter.Sort.POPULAR);
            default -> new EntryFilter(null, null, null, null, null, null, EntryFilter.Sort.RECENT);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"recent", "kind", "technology", "author", "cohort", "popular"})
    void listingUsesAnIndex(String variant) {
        var filter = filter(variant);
        assertNoSequentialScan(EntryQueries.listing(filter, null, 20));
        var after = filter.sort() == EntryFilter.Sort.POPULAR
                ? List.of("500", UUID.randomUUID().toString())
                : List.of(
                        Instant.now().minusSeconds(86_400 * 30).toString(),
                        UUID.randomUUID().toString());
        assertNoSequentialScan(EntryQueries.listing(filter, after, 20));
    }

    private void assertNoSequentialScan(EntryQueries.SqlQuery query) {
        var plan = String.join(
                "\n",
                jdbc.sql("explain " + query.sql())
                        .params(query.params())
                        .query(String.class)
                        .list());
        assertThat(plan).as(query.sql()).doesNotContain("Seq Scan on entry ");
        assertThat(plan).as(query.sql()).containsPattern("Index (Only )?Scan|Bitmap Index Scan");
    }
}
