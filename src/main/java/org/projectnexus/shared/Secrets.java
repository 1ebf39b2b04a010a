package org.projectnexus.shared;

import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Server-side secrets the application makes for itself (cursor signing, unsubscribe links...):
 * generated on first use and kept in the database, so every replica and every restart shares them,
 * and none ever sits in the repository or in configuration.
 */
@Component
public class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();

    Secrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The secret of this name, made (with the given length) if it does not exist yet. */
    public byte[] get(String name, int lengthInBytes) {
        return cache.computeIfAbsent(name, key -> load(key, lengthInBytes)).clone();
    }

    private byte[] load(String name, int lengthInBytes) {
        var candidate = new byte[lengthInBytes];
        RANDOM.nextBytes(candidate);
        // Two replicas starting at once: the first insert wins and both read it back.
        jdbc.sql("insert into nexus_secret (name, value) values (:name, :value) on conflict (name) do nothing")
                .param("name", name)
                .param("value", candidate)
                .update();
        return jdbc.sql("select value from nexus_secret where name = :name")
                .param("name", name)
                .query(byte[].class)
                .single();
    }
}
