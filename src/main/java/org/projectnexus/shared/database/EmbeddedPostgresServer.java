package org.projectnexus.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A real PostgreSQL 18 run as a child process, for the zero-install default. Its data directory
 * is reused across restarts; the server is stopped when the application context closes.
 */
final class EmbeddedPostgresServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final String databaseName;

    EmbeddedPostgresServer(DatabaseProperties.Embedded settings) {
        var dataDirectory = settings.dataDirectory().toAbsolutePath().normalize();
        this.databaseName = settings.databaseName();
        try {
            Files.createDirectories(dataDirectory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            long started = System.nanoTime();
            this.postgres = builder.start();
            log.info(
                    "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    postgres.getPort(),
                    dataDirectory,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            createDatabaseIfMissing();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dataDirectory
                            + "; set NEXUS_DATABASE_URL to use an external server instead",
                    e);
        }
    }

    private void createDatabaseIfMissing() {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, databaseName);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        // The name comes from configuration, not from a request; quote it all the same.
                        create.execute("create database \"" + databaseName.replace("\"", "\"\"") + "\"");
                    }
                    log.info("Created database '{}' in the embedded PostgreSQL", databaseName);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database '" + databaseName + "'", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", databaseName);
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void destroy() throws IOException {
        postgres.close();
        log.info("Embedded PostgreSQL stopped");
    }
}
