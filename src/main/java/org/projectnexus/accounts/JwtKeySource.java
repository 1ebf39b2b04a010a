package org.projectnexus.accounts;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.List;

/**
 * Where the JWT keys come from: PEM text in the environment, a mounted directory, or the database
 * (the default). Read at start and again every refresh, so every replica sees a key added anywhere.
 */
interface JwtKeySource {

    /**
     * A key that verifies, and signs (when its private part is here) from {@code activeFrom} on:
     * a new key is published before it signs, so every verifier has it by then.
     */
    record JwtKey(RSAKey jwk, Instant activeFrom) {

        String id() {
            return jwk.getKeyID();
        }

        boolean canSign() {
            return jwk.isPrivate();
        }
    }

    /** The keys in use at {@code now}, oldest first. */
    List<JwtKey> load(Instant now);

    /** Where they come from, for the log. */
    String describe();
}
