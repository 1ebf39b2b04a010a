package org.projectnexus.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.method.HandlerMethod;

/**
 * The security requirement of each operation, read from the security rules themselves (asked
 * whether an anonymous caller, or a token with one scope, may call the path) and from the
 * method's {@code @PreAuthorize}, so the document cannot disagree with what the server enforces.
 */
final class OperationSecurity {

    static final String SCHEME = "bearer";

    private static final List<String> SCOPES = List.of("read", "write", "admin");
    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    /** Whether an operation takes a token: not at all, optionally (it shows more), or it needs one. */
    enum Access {
        NONE,
        OPTIONAL,
        REQUIRED;

        boolean needsToken() {
            return this == REQUIRED;
        }
    }

    private final WebInvocationPrivilegeEvaluator rules;

    OperationSecurity(WebInvocationPrivilegeEvaluator rules) {
        this.rules = rules;
    }

    Access document(Operation operation, HandlerMethod handler, String method, String path) {
        var uri = path.replaceAll("\\{[^}]+}", "x");
        var notes = new ArrayList<String>();
        Access access;
        if (rules.isAllowed("", uri, method, anonymous())) {
            access = readsCaller(handler) ? Access.OPTIONAL : Access.NONE;
            operation.setSecurity(
                    access == Access.NONE
                            ? List.of()
                            : List.of(new SecurityRequirement(), new SecurityRequirement().addList(SCHEME)));
            if (access == Access.OPTIONAL) {
                notes.add("Anonymous callers may call this; with a token it also shows what is yours.");
            }
        } else {
            access = Access.REQUIRED;
            var scope = SCOPES.stream()
                    .filter(candidate -> rules.isAllowed("", uri, method, member(candidate)))
                    .findFirst();
            operation.setSecurity(List.of(
                    new SecurityRequirement().addList(SCHEME, scope.stream().toList())));
            notes.add(
                    scope.map(s -> "Needs a token with the `" + s + "` scope.").orElse("Needs a token."));
        }
        var roles = roles(handler);
        if (!roles.isEmpty()) {
            notes.add("Only for members with the role " + String.join(" or ", roles) + ".");
        }
        var description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
        operation.setDescription(description + String.join(" ", notes));
        return access;
    }

    private static boolean readsCaller(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(AuthenticationPrincipal.class));
    }

    private static List<String> roles(HandlerMethod handler) {
        var rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            return List.of();
        }
        return ROLE.matcher(rule.value()).results().map(m -> m.group(1)).toList();
    }

    private static Authentication anonymous() {
        return new AnonymousAuthenticationToken(
                "openapi", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }

    private static Authentication member(String scope) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "openapi", null, AuthorityUtils.createAuthorityList("SCOPE_" + scope));
    }
}
