package org.projectnexus.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * Accounts for transports other than the JSON API (the browser's pages): sign-in with the same
 * limits, checks and password hashing as {@code POST /api/v1/auth/login}, the member behind a
 * session re-read on every request, and registration with the API's rules.
 */
public interface Accounts {

    /**
     * Checks a handle or email and its password. Refusals are the API's: {@code ProblemException}
     * 401 (wrong password, suspended) and {@code RateLimitExceededException} (too many attempts per
     * account or address).
     *
     * @return the member, authenticated with every scope their roles allow
     */
    Authentication signIn(String login, String password, String ip);

    /**
     * The member a session belongs to, as they are now: their current roles, or empty when the
     * member was suspended or no longer exists (the session then ends).
     */
    Optional<Authentication> session(UUID memberId);

    /** Registers a member; field errors are {@code ProblemException} 422 with {@code errors}. */
    MemberSummary register(NewMember member, String ip);

    /** What a password must be, in words, to show before anyone submits one. */
    List<String> passwordRules();

    /** The shortest password accepted. */
    int passwordMinLength();
}
