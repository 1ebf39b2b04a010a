package org.projectnexus.accounts;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.projectnexus.accounts.JwtKeySource.JwtKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The keys that sign and verify access tokens right now, shared by every replica through their
 * source. Read again every {@code nexus.accounts.jwt.refresh-interval}, and at once (at most every
 * few seconds) when a token names a key this replica does not know yet: a key another replica
 * made verifies here too, without a restart. The newest active key with a private part signs;
 * every key verifies and is published at {@code /.well-known/jwks.json}.
 */
class JwtKeys implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);
    private static final Duration UNKNOWN_KEY_REFRESH = Duration.ofSeconds(2);

    private final JwtKeySource source;
    private final Clock clock;
    private final AtomicLong lastUnknownKeyRefresh = new AtomicLong(System.nanoTime() - UNKNOWN_KEY_REFRESH.toNanos());
    private volatile List<JwtKey> keys;

    JwtKeys(JwtKeySource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /** Loaded once every bean exists (the database is migrated by then); a failure stops the start. */
    @Override
    public void afterSingletonsInstantiated() {
        var loaded = load();
        log.info(
                "JWT keys from {}: {} (signing with {})",
                source.describe(),
                ids(loaded),
                signingKey().getKeyID());
    }

    /** Reads the keys again; keeps the ones it has if the source cannot be read now. */
    @Scheduled(
            initialDelayString = "${nexus.accounts.jwt.refresh-interval:PT1M}",
            fixedDelayString = "${nexus.accounts.jwt.refresh-interval:PT1M}")
    void refresh() {
        try {
            var before = keys;
            var after = load();
            if (before == null || !ids(before).equals(ids(after))) {
                log.info(
                        "JWT keys now {} (signing with {})",
                        ids(after),
                        signingKey().getKeyID());
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the JWT keys from {}; keeping {}", source.describe(), ids(current()), e);
        }
    }

    /** The key that signs new tokens now: the newest active one this replica has the private part of. */
    RSAKey signingKey() {
        var now = clock.instant();
        var signers = current().stream().filter(JwtKey::canSign).toList();
        return signers.stream()
                .filter(k -> !k.activeFrom().isAfter(now))
                .max(Comparator.comparing(JwtKey::activeFrom))
                .or(() -> signers.stream().min(Comparator.comparing(JwtKey::activeFrom)))
                .map(JwtKey::jwk)
                .orElseThrow(() -> new IllegalStateException("No JWT key to sign with from " + source.describe()));
    }

    /** Every key, private parts included where known (for the in-process signer). */
    JWKSet all() {
        return new JWKSet(new ArrayList<JWK>(current().stream().map(JwtKey::jwk).toList()));
    }

    /** What {@code /.well-known/jwks.json} publishes: public parts only. */
    JWKSet publicKeys() {
        return all().toPublicJWKSet();
    }

    /** The private keys, for the encoder (it picks the one the token's header names). */
    JWKSource<SecurityContext> signingKeys() {
        return (selector, context) -> selector.select(all());
    }

    /** The public keys, for the decoder; an unknown key id reads the keys again first. */
    JWKSource<SecurityContext> verificationKeys() {
        return (selector, context) -> {
            var found = selector.select(publicKeys());
            if (found.isEmpty() && namesAKey(selector)) {
                if (mayRefreshForUnknownKey()) {
                    refresh();
                } else {
                    awaitLoad(); // another request may be reading the keys right now
                }
                found = selector.select(publicKeys());
            }
            return found;
        };
    }

    private static boolean namesAKey(JWKSelector selector) {
        var wanted = selector.getMatcher().getKeyIDs();
        return wanted != null && !wanted.isEmpty();
    }

    /** Returns once no load is in progress (loads hold this object's lock). */
    private synchronized void awaitLoad() {}

    private boolean mayRefreshForUnknownKey() {
        // Throttled: made-up key ids must not turn into a query per request.
        var last = lastUnknownKeyRefresh.get();
        var now = System.nanoTime();
        return now - last >= UNKNOWN_KEY_REFRESH.toNanos() && lastUnknownKeyRefresh.compareAndSet(last, now);
    }

    private List<JwtKey> current() {
        var loaded = keys;
        return loaded != null ? loaded : load();
    }

    private synchronized List<JwtKey> load() {
        var loaded = List.copyOf(source.load(clock.instant()));
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No JWT key from " + source.describe());
        }
        keys = loaded;
        return loaded;
    }

    private static List<String> ids(List<JwtKey> keys) {
        return keys == null ? List.of() : keys.stream().map(JwtKey::id).toList();
    }
}
