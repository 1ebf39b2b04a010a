package org.projectnexus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.PersonalTokens;
import org.projectnexus.accounts.Scope;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Settings of the signed-in member (members only: {@link WebSecurityConfiguration#MEMBERS_ONLY}). */
@Controller
class SettingsController {

    /** How long a new token may live, as the form offers it; "" is no expiry. */
    private static final Map<String, Duration> LIFETIMES =
            Map.of("P30D", Duration.ofDays(30), "P90D", Duration.ofDays(90), "P365D", Duration.ofDays(365));

    private final Layouts layouts;
    private final PersonalTokens tokens;
    private final Clock clock;

    SettingsController(Layouts layouts, PersonalTokens tokens, Clock clock) {
        this.layouts = layouts;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/settings")
    ModelAndView settings(HttpServletRequest request, @AuthenticationPrincipal CurrentMember me) {
        return page(request, me, "", null, Map.of());
    }

    @PostMapping("/settings/tokens")
    ModelAndView create(
            HttpServletRequest request,
            HttpServletResponse response,
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(name = "scope", required = false) List<String> scopes,
            @RequestParam(defaultValue = "") String lifetime) {
        var chosen = EnumSet.noneOf(Scope.class);
        (scopes == null ? List.<String>of() : scopes)
                .stream()
                        .map(s -> Params.choice(Scope.class, s))
                        .filter(s -> s != null)
                        .forEach(chosen::add);
        var duration = LIFETIMES.get(lifetime);
        Instant expiresAt = duration == null ? null : clock.instant().plus(duration);
        try {
            var issued = tokens.issue(me, name, chosen, expiresAt);
            var created = new SettingsPage.Created(issued.token().name(), issued.secret());
            return page(request, me, "", created, Map.of());
        } catch (ProblemException refused) {
            response.setStatus(refused.getStatusCode().value());
            return page(request, me, name, null, FieldErrors.of(refused));
        }
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        tokens.revoke(me, Ids.parse(id, "token"));
        return "redirect:/settings?notice=token-revoked";
    }

    private ModelAndView page(
            HttpServletRequest request,
            CurrentMember me,
            String name,
            SettingsPage.Created created,
            Map<String, String> errors) {
        var now = clock.instant();
        var list = tokens.tokensOf(me).stream()
                .map(t -> new SettingsPage.Token(
                        t.id().toString(),
                        t.name(),
                        String.join(", ", t.scopes().stream().map(Scope::value).toList()),
                        t.hint(),
                        Format.date(t.createdAt()),
                        t.expiresAt() == null
                                ? "never"
                                : Format.date(t.expiresAt()).text(),
                        t.lastUsedAt() == null
                                ? "never"
                                : Format.date(t.lastUsedAt()).text(),
                        t.revokedAt() == null
                                && (t.expiresAt() == null || t.expiresAt().isAfter(now))))
                .toList();
        var scopes = Arrays.stream(Scope.values())
                .filter(s -> me.scopes().contains(s))
                .map(s -> new SearchPage.Option(s.value(), s.value(), s != Scope.ADMIN))
                .toList();
        var lifetimes = List.of(
                new SearchPage.Option("P30D", "30 days", false),
                new SearchPage.Option("P90D", "90 days", true),
                new SearchPage.Option("P365D", "1 year", false),
                new SearchPage.Option("", "No expiry", false));
        var page = new SettingsPage(
                layouts.of(request, "Settings", "settings"), list, scopes, lifetimes, name, created, errors);
        return PageRenderer.view("settings", page);
    }
}
