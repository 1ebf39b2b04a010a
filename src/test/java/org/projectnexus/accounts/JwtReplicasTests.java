package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.projectnexus.NexusApplication;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.ReplicaProcess;
import org.projectnexus.support.TestDatabase;
import org.projectnexus.support.TestMembers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two API replicas on one database, as compose runs them: replica A in this JVM, replica B in a
 * JVM and working directory of its own (nothing on disk in common, as two containers). A token
 * either one issues is accepted by the other, and rotating the keys on one logs nobody out on
 * either. The database is their own, so rotating keys does not disturb the other tests.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JwtReplicasTests {

    private static ConfigurableApplicationContext replicaA;
    private static ReplicaProcess replicaB;
    private static JdbcClient jdbc;
    private static HttpProbe a;
    private static HttpProbe b;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        var database = TestDatabase.another();
        var arguments = new ArrayList<>(List.of(
                "--nexus.database.url=" + database.url(),
                "--nexus.database.user=" + database.user(),
                "--nexus.database.password=" + (database.password() == null ? "" : database.password()),
                "--nexus.roles=api",
                "--spring.main.banner-mode=off",
                "--nexus.accounts.limits.login-per-account=100",
                // A rotated key signs at once here; the default waits 10 minutes.
                "--nexus.accounts.jwt.activation-delay=PT0S",
                "--nexus.accounts.jwt.refresh-interval=PT1S"));
        // Both start at once on the empty database, as replicas do: they must make one key, not two.
        replicaB = ReplicaProcess.start("jwt-replica-b", Files.createTempDirectory("nexus-replica-b"), arguments);
        replicaA = new SpringApplicationBuilder(NexusApplication.class)
                .run(java.util.stream.Stream.concat(
                                arguments.stream()
                                        .map(arg -> arg.replace("refresh-interval=PT1S", "refresh-interval=PT1H")),
                                java.util.stream.Stream.of("--server.port=0"))
                        .toArray(String[]::new));
        replicaB.awaitReady(Duration.ofMinutes(3));
        jdbc = replicaA.getBean(JdbcClient.class);
        a = new HttpProbe(Integer.parseInt(replicaA.getEnvironment().getProperty("local.server.port")));
        b = new HttpProbe(replicaB.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (replicaA != null) {
            replicaA.close();
        }
        if (replicaB != null) {
            replicaB.close();
        }
    }

    private static String login(HttpProbe replica, String handle) {
        var response = TestMembers.login(replica, handle, TestMembers.PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("accessToken").asString();
    }

    private static int me(HttpProbe replica, String token) {
        return replica.as(token).get("/api/v1/me").status();
    }

    private static String kid(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }

    private static List<String> published(HttpProbe replica) {
        var ids = new ArrayList<String>();
        replica.get("/.well-known/jwks.json")
                .json()
                .get("keys")
                .forEach(k -> ids.add(k.get("kid").asString()));
        return ids;
    }

    @Test
    @Order(1)
    void aTokenFromOneReplicaIsAcceptedByTheOther() {
        assertThat(jdbc.sql("select count(*) from jwt_signing_key")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        var handle = TestMembers.uniqueHandle("replicas");
        TestMembers.register(a, handle, "BACKEND");

        var fromA = login(a, handle);
        var fromB = login(b, handle);
        assertThat(me(b, fromA)).isEqualTo(200);
        assertThat(me(a, fromB)).isEqualTo(200);
        assertThat(published(a)).isEqualTo(published(b)).hasSize(1);
        // The private key is sealed in the database, never stored as it is.
        var stored = jdbc.sql("select private_key from jwt_signing_key")
                .query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("PRIVATE KEY");
    }

    @Test
    @Order(2)
    void rotationKeepsEveryTokenValidUntilItsKeyIsRetired() throws Exception {
        var handle = TestMembers.uniqueHandle("rotation");
        TestMembers.register(a, handle, "BACKEND");
        var oldToken = login(a, handle);
        var keysA = replicaA.getBean(JwtKeys.class);
        var database = (DatabaseJwtKeys) replicaA.getBean(JwtKeySource.class);

        // Replica A rotates (what the scheduler does every rotation interval).
        assertThat(database.rotate(Instant.now(), true)).isTrue();
        keysA.refresh();
        var newToken = login(a, handle);
        assertThat(kid(newToken)).isNotEqualTo(kid(oldToken));

        // Replica B verifies the new key's tokens without a restart, and the old ones still.
        assertThat(me(b, newToken)).isEqualTo(200);
        assertThat(me(b, oldToken)).isEqualTo(200);
        assertThat(me(a, oldToken)).isEqualTo(200);
        assertThat(published(b)).containsExactlyInAnyOrder(kid(oldToken), kid(newToken));
        assertThat(kid(login(b, handle))).isEqualTo(kid(newToken));

        // Time passes: the new key has signed for longer than a token lives, so the old one goes.
        var now = Instant.now();
        backdate(kid(oldToken), now.minus(Duration.ofHours(4)));
        backdate(kid(newToken), now.minus(Duration.ofHours(3)));
        assertThat(database.retire(now)).isEqualTo(1);
        keysA.refresh();
        assertThat(me(a, oldToken)).isEqualTo(401);
        assertThat(awaitStatus(b, oldToken, 401)).isEqualTo(401);
        assertThat(me(b, newToken)).isEqualTo(200);
        assertThat(published(b)).containsExactly(kid(newToken));
    }

    private static void backdate(String kid, Instant activeFrom) {
        jdbc.sql("update jwt_signing_key set active_from = :at, created_at = :at where kid = :kid")
                .param("at", Timestamp.from(activeFrom))
                .param("kid", kid)
                .update();
    }

    /** Replica B reads the keys every second: what it answers once it has. */
    private static int awaitStatus(HttpProbe replica, String token, int expected) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int status;
        while ((status = me(replica, token)) != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return status;
    }
}
