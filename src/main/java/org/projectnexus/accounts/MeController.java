package org.projectnexus.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The signed-in member: profile and personal access tokens")
class MeController {

    record ProfilePatch(
            @Size(min = 1, max = 100) String displayName,
            @Size(max = 2000) String bio,

            @Size(max = 200) @Pattern(regexp = "^$|https://.+", message = "must be an https:// link")
            String githubUrl,

            @Size(max = 200) @Pattern(regexp = "^$|https://.+", message = "must be an https:// link")
            String linkedinUrl,

            Track track,
            @Size(max = 50) String cohort) {}

    record TokenRequest(
            @NotBlank @Size(max = 100) String name, @NotNull Set<Scope> scopes, Instant expiresAt) {}

    record TokenView(
            String id,
            String name,
            List<String> scopes,
            String hint,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        static TokenView of(PersonalTokenRepository.PersonalToken t) {
            return new TokenView(
                    t.id().toString(),
                    t.name(),
                    t.scopes().stream().map(Scope::value).sorted().toList(),
                    "nxp_…" + t.hint(),
                    t.createdAt(),
                    t.expiresAt(),
                    t.lastUsedAt(),
                    t.revokedAt());
        }
    }

    /** The only time the secret is shown. */
    record CreatedToken(TokenView token, String secret) {}

    private final MemberService members;
    private final PersonalTokenService tokens;

    MeController(MemberService members, PersonalTokenService tokens) {
        this.members = members;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(operationId = "getMe", summary = "Your profile, with your email address and your token's scopes")
    MemberViews.Me me(@AuthenticationPrincipal CurrentMember me) {
        return MemberViews.Me.of(members.get(me.id()), me);
    }

    @PatchMapping
    @Operation(
            operationId = "updateMe",
            summary = "Change your profile",
            description = "Absent fields stay as they are; \"\" clears an optional one.")
    MemberViews.Me update(@AuthenticationPrincipal CurrentMember me, @Valid @RequestBody ProfilePatch patch) {
        var changes = new MemberService.ProfileChanges(
                patch.displayName(),
                patch.bio(),
                patch.githubUrl(),
                patch.linkedinUrl(),
                patch.track(),
                patch.cohort());
        return MemberViews.Me.of(members.updateProfile(me.id(), changes), me);
    }

    @GetMapping("/tokens")
    @Operation(operationId = "listTokens", summary = "Your personal access tokens (never their secrets)")
    List<TokenView> tokens(@AuthenticationPrincipal CurrentMember me) {
        return tokens.list(me).stream().map(TokenView::of).toList();
    }

    @PostMapping("/tokens")
    @ApiResponse(responseCode = "201", description = "The token, with its secret shown this once")
    @ProblemResponse(
            status = 409,
            type = "too-many-tokens",
            title = "Conflict",
            detail = "You have 20 active tokens; revoke one first.")
    @ProblemResponse(
            status = 403,
            type = "forbidden",
            detail = "A token cannot have more scopes than your roles or the token you call with.")
    @Operation(
            operationId = "createToken",
            summary = "Create a personal access token",
            description = "The secret (nxp_…) is in this response only. Scopes cannot exceed your roles or the"
                    + " scopes of the token you call with.")
    ResponseEntity<CreatedToken> createToken(
            @AuthenticationPrincipal CurrentMember me, @Valid @RequestBody TokenRequest body) {
        var created = tokens.create(me, body.name(), body.scopes(), body.expiresAt());
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(created.token().id())
                .toUri();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(location)
                .body(new CreatedToken(TokenView.of(created.token()), created.secret()));
    }

    @DeleteMapping("/tokens/{id}")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @Operation(operationId = "revokeToken", summary = "Revoke one of your personal access tokens")
    ResponseEntity<Void> revokeToken(@AuthenticationPrincipal CurrentMember me, @PathVariable String id) {
        tokens.revoke(me, Ids.parse(id, "token"));
        return ResponseEntity.noContent().build();
    }
}
