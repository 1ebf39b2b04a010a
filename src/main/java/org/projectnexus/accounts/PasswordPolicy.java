package org.projectnexus.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.projectnexus.shared.ProblemException;
import org.springframework.stereotype.Component;

/** What a password must be: long enough, not famous, not the member's own handle. */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    // Argon2 hashes whatever it is given; an upper bound keeps a megabyte "password" from being a DoS.
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The checks of {@link #check} in words, for a sign-up form to show before submitting. */
    List<String> rules() {
        return List.of(
                "at least " + MIN_LENGTH + " characters (a few words make a good one) and at most " + MAX_LENGTH,
                "not one of the most common passwords",
                "not containing your handle, and not your email address");
    }

    void check(String password, String handle, String email) {
        var length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw ProblemException.invalid("password", "must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            throw ProblemException.invalid("password", "must be at most " + MAX_LENGTH + " characters long");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw ProblemException.invalid(
                    "password", "is one of the most common passwords and would be guessed first; choose another");
        }
        if (handle != null && lower.contains(handle.toLowerCase(Locale.ROOT))) {
            throw ProblemException.invalid("password", "must not contain your handle");
        }
        if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
            throw ProblemException.invalid("password", "must not be your email address");
        }
    }

    private static Set<String> load() {
        var resource = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt");
        if (resource == null) {
            throw new IllegalStateException("accounts/common-passwords.txt is missing from the classpath");
        }
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
