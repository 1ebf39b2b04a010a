package org.projectnexus.web;

import java.util.List;
import java.util.Map;

/**
 * The registration form, with the password rules shown before anything is sent and the accounts
 * module's refusals next to their fields.
 *
 * @param errors field name to message; {@code form} for a refusal of the whole form
 */
public record SignUpPage(
        Layout layout, Form form, List<String> passwordRules, int passwordMinLength, Map<String, String> errors) {

    /** What the visitor typed (the password is never sent back). */
    public record Form(String handle, String email, String displayName, String track, String cohort) {

        static final Form EMPTY = new Form("", "", "", "BACKEND", "");
    }

    public String error(String field) {
        return errors.get(field);
    }
}
