package org.projectnexus.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With a database URL configured, that server is used and no embedded one is started. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseSelectionTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void configuredServerIsUsedAndMigrated() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
        assertThat(dataSource.getJdbcUrl()).isEqualTo(TestDatabase.start().url());
        assertThat(jdbc.sql("select current_database()").query(String.class).single())
                .startsWith("nexus_test_");
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'event_publication'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
