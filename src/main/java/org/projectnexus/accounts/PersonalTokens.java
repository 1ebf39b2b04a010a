package org.projectnexus.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Personal access tokens for transports other than the JSON API (the settings page), with the
 * same rules as {@code /api/v1/me/tokens}: never more scopes than the member's roles and the
 * caller's own token allow, a limit of active tokens, the secret shown once.
 */
public interface PersonalTokens {

    /** The member's tokens, never their secrets. */
    List<TokenSummary> tokensOf(CurrentMember me);

    /** Issues a token; refusals are {@code ProblemException} 422 (fields) or 409 (too many). */
    IssuedToken issue(CurrentMember me, String name, Set<Scope> scopes, Instant expiresAt);

    /** Revokes one of the member's tokens; 404 for a token that is not theirs. */
    void revoke(CurrentMember me, UUID id);

    /** A token as its owner sees it later: its name, scopes, last four characters and dates. */
    record TokenSummary(
            UUID id,
            String name,
            List<Scope> scopes,
            String hint,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {}

    /** A new token with its secret, which is never shown again. */
    record IssuedToken(TokenSummary token, String secret) {}
}
