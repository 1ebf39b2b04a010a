package org.projectnexus.accounts;

import java.security.interfaces.RSAPrivateCrtKey;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.projectnexus.shared.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default: keys made by the application and kept in table {@code jwt_signing_key}, the
 * private part sealed by {@link Secrets} (AES-GCM under the key-encryption key). The first replica
 * to start makes one; the scheduler rotates them ({@link #rotate}): a new key is published at once
 * and signs after the activation delay, and an old key is dropped once every token it can have
 * signed has expired ({@link #retire}).
 */
final class DatabaseJwtKeys implements JwtKeySource {

    private static final Logger log = LoggerFactory.getLogger(DatabaseJwtKeys.class);
    private static final DateTimeFormatter KEY_ID =
            DateTimeFormatter.ofPattern("'nexus-'yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
    /** The clock skew the token validators allow. */
    private static final Duration SKEW = Duration.ofMinutes(1);

    private record Row(String kid, byte[] publicKey, byte[] privateKey, Instant activeFrom, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final Secrets secrets;
    private final TransactionTemplate transactions;
    private final AccountsProperties.Jwt settings;

    DatabaseJwtKeys(
            JdbcClient jdbc, Secrets secrets, TransactionTemplate transactions, AccountsProperties.Jwt settings) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.transactions = transactions;
        this.settings = settings;
    }

    /** The keys in use; makes one that signs at once when this replica can sign with none. */
    @Override
    public List<JwtKey> load(Instant now) {
        var keys = keys(now);
        if (keys.stream().noneMatch(JwtKey::canSign)) {
            transactions.executeWithoutResult(tx -> {
                lock();
                if (keys(now).stream().noneMatch(JwtKey::canSign)) {
                    insert(now, now);
                    log.info(
                            "Made a JWT signing key in the database, its private part sealed by {}",
                            secrets.keyEncryptionKeyConfigured()
                                    ? "NEXUS_SECRETS_KEY"
                                    : "a key-encryption key kept in the same database (set NEXUS_SECRETS_KEY to"
                                            + " keep it apart)");
                }
            });
            keys = keys(now);
        }
        return keys;
    }

    @Override
    public String describe() {
        return "the database (table jwt_signing_key)";
    }

    /**
     * Adds a key that signs from {@code now} plus the activation delay, when the newest key is
     * older than the rotation interval, or at once if {@code force}; returns whether it did.
     */
    boolean rotate(Instant now, boolean force) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            lock();
            var newest = rows(now).stream()
                    .map(Row::createdAt)
                    .max(Instant::compareTo)
                    .orElse(Instant.MIN);
            if (!force && newest.isAfter(now.minus(settings.rotationInterval()))) {
                return false;
            }
            var kid = insert(now, now.plus(settings.activationDelay()));
            log.info("Rotated the JWT signing key: {} signs from {}", kid, now.plus(settings.activationDelay()));
            return true;
        }));
    }

    /** Deletes the keys no unexpired token can have been signed with; returns how many. */
    int retire(Instant now) {
        return jdbc.sql("delete from jwt_signing_key k where " + superseded())
                .param("cutoff", Timestamp.from(cutoff(now)))
                .update();
    }

    /** Superseded by a newer key for longer than a token lives (tokens signed before have expired). */
    private static String superseded() {
        return "exists (select 1 from jwt_signing_key n where n.active_from > k.active_from"
                + " and n.active_from <= :cutoff)";
    }

    private Instant cutoff(Instant now) {
        return now.minus(settings.accessTokenTtl()).minus(SKEW).minus(settings.refreshInterval());
    }

    private List<JwtKey> keys(Instant now) {
        var keys = new ArrayList<JwtKey>();
        for (var row : rows(now)) {
            var jwk = secrets.open(row.privateKey(), context(row.kid()))
                    .map(der -> RsaKeys.fromPkcs8(der, row.kid(), "JWT key " + row.kid()))
                    .orElseGet(() -> RsaKeys.fromPublic(row.publicKey(), row.kid()));
            keys.add(new JwtKey(jwk, row.activeFrom()));
        }
        return keys;
    }

    private List<Row> rows(Instant now) {
        return jdbc.sql("select kid, public_key, private_key, active_from, created_at from jwt_signing_key k"
                        + " where not " + superseded() + " order by active_from, kid")
                .param("cutoff", Timestamp.from(cutoff(now)))
                .query((rs, n) -> new Row(
                        rs.getString("kid"),
                        rs.getBytes("public_key"),
                        rs.getBytes("private_key"),
                        rs.getTimestamp("active_from").toInstant(),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private String insert(Instant now, Instant activeFrom) {
        var pair = RsaKeys.generate();
        var kid = KEY_ID.format(now) + "-"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        var privateKey = (RSAPrivateCrtKey) pair.getPrivate();
        jdbc.sql("""
                        insert into jwt_signing_key (kid, public_key, private_key, created_at, active_from)
                        values (:kid, :public, :private, :created, :active)""")
                .param("kid", kid)
                .param("public", pair.getPublic().getEncoded())
                .param("private", secrets.seal(privateKey.getEncoded(), context(kid)))
                .param("created", Timestamp.from(now))
                .param("active", Timestamp.from(activeFrom))
                .update();
        return kid;
    }

    /** Replicas starting together make one key, not one each. */
    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('nexus-jwt-keys', 0))")
                .query((rs, n) -> 1)
                .list();
    }

    private static String context(String kid) {
        return "jwt-signing-key:" + kid;
    }
}
