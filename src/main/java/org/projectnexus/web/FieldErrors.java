package org.projectnexus.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.projectnexus.shared.FieldProblem;
import org.projectnexus.shared.ProblemException;

/** A module's refusal of a form, as messages next to the fields it names. */
final class FieldErrors {

    /** The field a refusal without field errors is about, by its problem slug. */
    private static final Map<String, String> FIELD_OF_SLUG = Map.of(
            "handle-taken", "handle",
            "email-taken", "email",
            "handle-or-email-taken", "handle");

    private FieldErrors() {}

    /** Field name to message; {@code form} holds what concerns no single field. */
    static Map<String, String> of(ProblemException problem) {
        var errors = new LinkedHashMap<String, String>();
        var body = problem.getBody();
        if (body.getProperties() != null && body.getProperties().get("errors") instanceof List<?> list) {
            for (var item : list) {
                if (item instanceof FieldProblem field) {
                    errors.merge(field.field(), field.message(), (a, b) -> a + "; " + b);
                }
            }
        }
        if (errors.isEmpty()) {
            var type = body.getType().toString();
            var slug = type.substring(type.lastIndexOf(':') + 1);
            errors.put(FIELD_OF_SLUG.getOrDefault(slug, "form"), body.getDetail());
        }
        return errors;
    }
}
