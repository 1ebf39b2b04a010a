package org.projectnexus.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.NexusApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The zero-install default: with no database configured the application runs on an embedded
 * PostgreSQL whose data survives a restart, and which stops with the application.
 */
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank the test run's own database settings (system properties).
        return new SpringApplicationBuilder(NexusApplication.class)
                .run(
                        "--nexus.database.url=",
                        "--spring.datasource.url=",
                        "--nexus.database.embedded.data-directory=" + dataDirectory,
                        "--server.port=0",
                        "--nexus.roles=api");
    }

    @Test
    void dataSurvivesARestartAndTheServerStopsWithTheContext() throws Exception {
        int port;
        try (var context = start()) {
            var server = context.getBean(EmbeddedPostgresServer.class);
            port = server.port();
            assertThat(server.jdbcUrl()).contains("/nexus");
            var jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select version()").query(String.class).single())
                    .contains("PostgreSQL 18");
            jdbc.sql("create table restart_probe (note text)").update();
            jdbc.sql("insert into restart_probe values ('written before the restart')")
                    .update();
        }

        assertThat(Files.exists(dataDirectory.resolve("postmaster.pid"))).isFalse();
        assertThatThrownBy(() -> {
                    try (var socket = new Socket()) {
                        socket.connect(new InetSocketAddress("localhost", port), 1000);
                    }
                })
                .isInstanceOf(java.io.IOException.class);

        try (var context = start()) {
            var jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select note from restart_probe")
                            .query(String.class)
                            .list())
                    .containsExactly("written before the restart");
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                            .query(Integer.class)
                            .single())
                    .as("migrations ran once, not again on restart")
                    .isEqualTo(jdbc.sql("select count(distinct version) from flyway_schema_history")
                            .query(Integer.class)
                            .single());
        }
    }
}
