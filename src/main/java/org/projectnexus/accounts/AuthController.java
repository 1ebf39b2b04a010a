package org.projectnexus.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.projectnexus.shared.ProblemResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Auth", description = "Registration, sign-in, token refresh and sign-out")
class AuthController {

    static final String HANDLE = "[A-Za-z0-9_-]{3,30}";
    static final String HANDLE_MESSAGE = "must be 3 to 30 characters of a-z, 0-9, _ or -";

    record RegisterRequest(
            @NotBlank @Pattern(regexp = HANDLE, message = HANDLE_MESSAGE)
            String handle,

            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Size(max = 1000) String password,
            @NotBlank @Size(max = 100) String displayName,
            @NotNull Track track,
            @Size(max = 50) String cohort) {}

    record LoginRequest(
            @NotBlank @Size(max = 254) String login,
            @NotNull @Size(max = 1000) String password) {}

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {}

    record TokenResponse(
            String accessToken,
            String tokenType,
            long expiresIn,
            Instant accessTokenExpiresAt,
            String refreshToken,
            Instant refreshTokenExpiresAt) {

        static TokenResponse of(TokenService.TokenPair pair, Clock clock) {
            return new TokenResponse(
                    pair.accessToken(),
                    "Bearer",
                    Duration.between(clock.instant(), pair.accessTokenExpiresAt())
                            .toSeconds(),
                    pair.accessTokenExpiresAt(),
                    pair.refreshToken(),
                    pair.refreshTokenExpiresAt());
        }
    }

    private final AuthService auth;
    private final Clock clock;

    AuthController(AuthService auth, Clock clock) {
        this.auth = auth;
        this.clock = clock;
    }

    @PostMapping("/register")
    @ApiResponse(responseCode = "201", description = "The new member; Location is their public profile")
    @ProblemResponse(
            status = 409,
            type = "handle-taken",
            title = "Conflict",
            detail = "The handle 'ada' is taken; choose another.")
    @ProblemResponse(
            status = 409,
            type = "email-taken",
            title = "Conflict",
            detail = "An account with this email address exists already; sign in instead.")
    @ProblemResponse(
            status = 409,
            type = "handle-or-email-taken",
            title = "Conflict",
            detail = "The handle or email address was just taken.")
    @ProblemResponse(
            status = 429,
            type = "rate-limited",
            detail = "Too many registrations from this address; try again in 60 seconds.")
    @Operation(
            operationId = "registerMember",
            summary = "Register a member",
            description = "Handles and emails are unique case-insensitively (409 when taken). Passwords need 10+"
                    + " characters and must not be a common password (422).")
    ResponseEntity<MemberViews.Me> register(@Valid @RequestBody RegisterRequest body, HttpServletRequest request) {
        var member = auth.register(
                new AuthService.Registration(
                        body.handle(), body.email(), body.password(), body.displayName(), body.track(), body.cohort()),
                request.getRemoteAddr());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/members/{handle}")
                .buildAndExpand(member.handle())
                .toUri();
        return ResponseEntity.created(location).body(MemberViews.Me.of(member, null));
    }

    @PostMapping("/login")
    @ApiResponse(responseCode = "200", description = "Signed in: an access token and a refresh token")
    @ProblemResponse(status = 401, type = "unauthorized", detail = "The handle, email or password is wrong.")
    @ProblemResponse(
            status = 503,
            type = "busy",
            title = "Service busy",
            detail = "Too many sign-ins are being checked right now; try again in a few seconds.")
    @Operation(
            operationId = "login",
            summary = "Sign in with handle or email",
            description = "Returns a short-lived access token (JWT) and a single-use refresh token. Repeated"
                    + " failures on one account or address end in 429 with Retry-After.")
    TokenResponse login(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
        return TokenResponse.of(auth.login(body.login(), body.password(), request.getRemoteAddr()), clock);
    }

    @PostMapping("/refresh")
    @ApiResponse(responseCode = "200", description = "A new access token and refresh token")
    @ProblemResponse(status = 401, type = "unauthorized", detail = "The refresh token was revoked; sign in again.")
    @Operation(
            operationId = "refreshTokens",
            summary = "Exchange a refresh token for new tokens",
            description = "Each refresh token works once. Presenting a used one revokes every token of that sign-in.")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest body, HttpServletRequest request) {
        return TokenResponse.of(auth.refresh(body.refreshToken(), request.getRemoteAddr()), clock);
    }

    @PostMapping("/logout")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @ProblemResponse(status = 401, type = "unauthorized", detail = "The refresh token is not valid.")
    @Operation(
            operationId = "logout",
            summary = "Sign out",
            description = "Revokes the refresh token and every token of its sign-in.")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest body) {
        auth.logout(body.refreshToken());
        return ResponseEntity.noContent().build();
    }
}
