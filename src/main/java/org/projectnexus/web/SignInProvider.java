package org.projectnexus.web;

import org.projectnexus.accounts.Accounts;
import org.projectnexus.shared.ProblemException;
import org.projectnexus.shared.RateLimitExceededException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's password check: the accounts module's, with the API's brute-force limits per
 * account and per address, its refusal of suspended members and its Argon2 hashes.
 */
final class SignInProvider implements AuthenticationProvider {

    private final Accounts accounts;

    SignInProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var ip = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        var password = attempt.getCredentials() instanceof String given ? given : null;
        try {
            return accounts.signIn(attempt.getName(), password, ip);
        } catch (RateLimitExceededException e) {
            throw new Refused(e.getBody().getDetail(), e);
        } catch (ProblemException e) {
            throw new Refused(e.getBody().getDetail(), e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A refused sign-in, carrying the accounts module's answer (its status and message). */
    static final class Refused extends AuthenticationException {

        private final transient ProblemException problem;

        Refused(String message, ProblemException problem) {
            super(message, problem);
            this.problem = problem;
        }

        ProblemException problem() {
            return problem;
        }
    }
}
