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
     * @param issuer the {@code iss} claim
     * @param audience the {@code aud} claim
     * @param accessTokenTtl lifetime of an access token
     * @param keyDirectory PEM private keys (PKCS#8 RSA); the newest signs, all verify, all are
     *     published in the JWKS: add a key to rotate, remove the old one once its tokens expired
     * @param generateKey make a key in the directory when it has none (local runs)
     */
    record Jwt(
            @DefaultValue("project-nexus") String issuer,
            @DefaultValue("nexus-api") String audience,
            @DefaultValue("PT15M") Duration accessTokenTtl,
            @DefaultValue(".nexus/keys") Path keyDirectory,
            @DefaultValue("true") boolean generateKey) {}

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
