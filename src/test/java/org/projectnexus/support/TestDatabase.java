package org.projectnexus.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server of a test run, chosen as {@code architecture.md} says: {@code
 * NEXUS_TEST_DATABASE_URL} if set, else the local server on 127.0.0.1:5432 (database {@code test})
 * if it answers, else an embedded PostgreSQL. Each run gets a database of its own, so runs never see
 * each other's data.
 *
 * <p>A run cannot drop its database at its own end: Spring's cached test contexts close in a JVM
 * shutdown hook, after the last test, and still use it then. So each run holds a "keeper"
 * connection to its database while it lives, and every run drops the test databases that nobody is
 * connected to any more.
 */
public final class TestDatabase {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");
    private static final String PREFIX = "nexus_test_";

    private static TestDatabase current;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String databaseName;
    private final String url;
    private final String origin;
    private Connection keeper;

    private TestDatabase(String adminUrl, String user, String password, String origin) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.origin = origin;
        this.databaseName = PREFIX + Instant.now().getEpochSecond() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        var matcher = JDBC_URL.matcher(adminUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + adminUrl);
        }
        this.url = matcher.group(1) + databaseName + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    /** Starts (once per JVM) the run's database and points {@code nexus.database.*} at it. */
    public static synchronized TestDatabase start() {
        if (current == null) {
            current = choose();
            current.create();
            System.setProperty("nexus.database.url", current.url);
            System.setProperty("nexus.database.user", current.user);
            System.setProperty("nexus.database.password", current.password == null ? "" : current.password);
            System.err.println("[nexus-tests] PostgreSQL: " + current.origin + ", database " + current.databaseName);
        }
        return current;
    }

    /**
     * Another empty database on the run's server, for tests whose data must not meet the other
     * tests' (replicas sharing JWT keys, say); dropped by a later run like the run's own.
     */
    public static synchronized TestDatabase another() {
        var run = start();
        var other = new TestDatabase(run.adminUrl, run.user, run.password, run.origin);
        other.create();
        return other;
    }

    /** Lets the next run drop this run's database; the server itself stops with the JVM. */
    public static synchronized void release() {
        if (current != null && current.keeper != null) {
            try {
                current.keeper.close();
            } catch (SQLException e) {
                System.err.println("[nexus-tests] could not close the keeper connection: " + e.getMessage());
            }
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials());
    }

    private static TestDatabase choose() {
        var configured = System.getenv("NEXUS_TEST_DATABASE_URL");
        if (configured != null && !configured.isBlank()) {
            return new TestDatabase(
                    configured,
                    envOr("NEXUS_TEST_DATABASE_USER", "postgres"),
                    System.getenv("NEXUS_TEST_DATABASE_PASSWORD"),
                    "NEXUS_TEST_DATABASE_URL");
        }
        var local = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=2";
        try (var ignored = DriverManager.getConnection(local, "postgres", "")) {
            return new TestDatabase(local, "postgres", "", "local server on 127.0.0.1:5432");
        } catch (SQLException unavailable) {
            try {
                // Stopped by its own shutdown hook when the test JVM exits.
                var embedded = EmbeddedPostgres.builder().start();
                return new TestDatabase(
                        embedded.getJdbcUrl("postgres", "postgres"),
                        "postgres",
                        "",
                        "embedded (no NEXUS_TEST_DATABASE_URL, nothing on 127.0.0.1:5432)");
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "No PostgreSQL for the tests: none configured, none local, embedded failed", e);
            }
        }
    }

    private void create() {
        try (var connection = DriverManager.getConnection(adminUrl, credentials());
                var statement = connection.createStatement()) {
            dropAbandoned(connection);
            statement.execute("create database " + databaseName);
            keeper = DriverManager.getConnection(url, credentials());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + databaseName + " via " + adminUrl, e);
        }
    }

    /** Test databases of runs that have ended: nobody is connected to them any more. */
    private static void dropAbandoned(Connection connection) throws SQLException {
        // A database younger than a minute may belong to a run that has not connected its keeper yet.
        var cutoff = Instant.now().minus(Duration.ofMinutes(1)).getEpochSecond();
        var abandoned = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("""
                        select d.datname from pg_database d
                        where d.datname like 'nexus\\_test\\_%'
                          and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)
                        """)) {
            while (result.next()) {
                var name = result.getString(1);
                var parts = name.substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    abandoned.add(name);
                }
            }
        }
        for (var name : abandoned) {
            try (var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name);
            } catch (SQLException raced) {
                // Another run dropped it, or a client connected meanwhile: leave it for later.
            }
        }
    }

    private Properties credentials() {
        var properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    private static String envOr(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
