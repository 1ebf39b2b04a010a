package org.projectnexus.accounts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts settings ({@code nexus.accounts.*}).
 *
 * @param jwt access tokens
 * @param refreshTokenTtl lifetime of a refresh token (each use replaces it)
 * @param limits sign-in abuse protection
 * @param argon2 password hashing cost
 * @param bootstrapAdmins handles that are made admins when they register, or at start-up if they
 *     exist ({@code NEXUS_ACCOUNTS_BOOTSTRAP_ADMINS}): how a new installation gets its first admin
 */
@ConfigurationProperties("nexus.accounts")
record AccountsProperties(
        @DefaultValue Jwt jwt,
        @DefaultValue("P30D") Duration refreshTokenTtl,
        @DefaultValue Limits limits,
        @DefaultValue Argon2 argon2,
        @DefaultValue List<String> bootstrapAdmins) {

    /**
     * Where the signing keys come from: {@code keys} if set, else {@code keyDirectory} if set, else
     * the database (made by the first replica, rotated by the scheduler). The newest active key
     * signs; every key verifies and is published in the JWKS.
     *
     * @param issuer the {@code iss} claim
     * @param audience the {@code aud} claim
     * @param accessTokenTtl lifetime of an access token
     * @param keys RSA private keys as PKCS#8 PEM text, one or more; the last signs ({@code
     *     NEXUS_ACCOUNTS_JWT_KEYS})
     * @param keyDirectory a directory of {@code *.pem} private keys, e.g. a mounted secret; the
     *     last in name order signs, read again every refresh ({@code
     *     NEXUS_ACCOUNTS_JWT_KEY_DIRECTORY})
     * @param rotationInterval how old the newest database key gets before the scheduler adds one
     * @param activationDelay how long a new database key is published before it signs, so every
     *     replica and every JWKS cache (5 minutes) has it first
     * @param refreshInterval how often each replica reads the keys again
     */
    record Jwt(
            @DefaultValue("project-nexus") String issuer,
            @DefaultValue("nexus-api") String audience,
            @DefaultValue("PT15M") Duration accessTokenTtl,
            String keys,
            Path keyDirectory,
            @DefaultValue("P30D") Duration rotationInterval,
            @DefaultValue("PT10M") Duration activationDelay,
            @DefaultValue("PT1M") Duration refreshInterval) {}

    /**
     * @param loginPerAccount sign-in attempts per account identifier (existing or not) per period
     * @param loginPerIp sign-in attempts per IP address per period
     * @param registerPerIp registrations per IP address per period
     * @param refreshPerIp token refreshes per IP address per period
     */
    record Limits(
            @DefaultValue("5") long loginPerAccount,
            @DefaultValue("PT5M") Duration loginPerAccountPeriod,
            @DefaultValue("30") long loginPerIp,
            @DefaultValue("10") long registerPerIp,
            @DefaultValue("60") long refreshPerIp,
            @DefaultValue("PT1M") Duration perIpPeriod) {}

    /**
     * OWASP's Argon2id minimum by default: 19 MiB, 2 iterations, 1 lane (~50 ms per hash on one
     * core here, see bench/README.md).
     *
     * @param maxConcurrent hashes computed at once; 0 means twice the number of cores
     */
    record Argon2(
            @DefaultValue("19456") int memoryKib,
            @DefaultValue("2") int iterations,
            @DefaultValue("1") int parallelism,
            @DefaultValue("0") int maxConcurrent) {

        Argon2 {
            if (maxConcurrent <= 0) {
                maxConcurrent = 2 * Runtime.getRuntime().availableProcessors();
            }
        }
    }
}
