package org.projectnexus.web;

import java.util.List;
import java.util.Map;

/**
 * The member's settings: personal access tokens for scripts (create with scopes, shown once,
 * revoke).
 *
 * @param created the token just created, with its secret (shown this once), or {@code null}
 * @param errors field name to message for the create form; {@code form} for the whole form
 */
public record SettingsPage(
        Layout layout,
        List<Token> tokens,
        List<SearchPage.Option> scopes,
        List<SearchPage.Option> lifetimes,
        String name,
        Created created,
        Map<String, String> errors) {

    /** A token in the list. */
    public record Token(
            String id,
            String name,
            String scopes,
            String hint,
            DateText created,
            String expires,
            String lastUsed,
            boolean active) {}

    /** The new token and its secret. */
    public record Created(String name, String secret) {}

    public String error(String field) {
        return errors.get(field);
    }
}
