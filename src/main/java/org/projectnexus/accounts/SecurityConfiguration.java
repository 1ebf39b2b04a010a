package org.projectnexus.accounts;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.projectnexus.shared.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what. Stateless bearer-token authentication for the whole API, anonymous reads of
 * public content, everything else default-deny; failures are problem documents like every other
 * error.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    JwtEncoder jwtEncoder(JwtKeys keys) {
        return new NimbusJwtEncoder(keys.signingKeys());
    }

    /**
     * Verifies RS256 signatures only (never {@code none} or HMAC) against every published key,
     * including keys another replica added since this one started.
     */
    @Bean
    JwtDecoder jwtDecoder(JwtKeys keys, AccountsProperties properties) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys.verificationKeys()));
        // Claims are checked by Spring's validators below, with clear messages.
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        var decoder = new NimbusJwtDecoder(processor);
        var audience = properties.jwt().audience();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.jwt().issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder(AccountsProperties properties) {
        var argon2 = properties.argon2();
        return new BoundedPasswordEncoder(
                new Argon2PasswordEncoder(16, 32, argon2.parallelism(), argon2.memoryKib(), argon2.iterations()),
                argon2.maxConcurrent(),
                Duration.ofSeconds(5));
    }

    @Bean
    AuthenticationManager bearerAuthenticationManager(
            JwtDecoder decoder, MemberRepository members, PersonalTokenRepository personalTokens, Clock clock) {
        return BearerAuthentication.manager(decoder, members, personalTokens, clock);
    }

    /**
     * GraphiQL, Spring for GraphQL's page: its scripts and styles come from esm.sh, so it gets a
     * policy of its own; the page holds no data (queries go to /graphql with the caller's token).
     */
    @Bean
    @Order(1)
    SecurityFilterChain graphiqlSecurity(HttpSecurity http) {
        var esm = "https://esm.sh";
        http.securityMatcher("/graphiql", "/graphiql/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self';"
                                + " script-src 'self' 'unsafe-inline' " + esm + "; style-src 'self' 'unsafe-inline' "
                                + esm + "; img-src 'self' data: " + esm + "; font-src 'self' data: " + esm
                                + "; connect-src 'self' " + esm + "; worker-src 'self' blob: " + esm
                                + "; frame-ancestors 'none'; object-src 'none'; base-uri 'none'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager bearerAuthenticationManager) {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(Customizer.withDefaults())
                .cors(Customizer.withDefaults())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                        + " frame-ancestors 'none'; object-src 'none'; base-uri 'none'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/error")
                        .permitAll()
                        .requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                "/api/docs",
                                "/api/docs/**",
                                "/api/swagger-ui/**",
                                "/api/openapi.json",
                                "/api/openapi.json/**",
                                "/.well-known/jwks.json")
                        .permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**", "/graphql")
                        .permitAll()
                        // GraphQL decides per field, with the same rules as the REST endpoints.
                        .requestMatchers("/graphql")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/**", "/api/v1/notifications/unsubscribe")
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**")
                        .hasAuthority("SCOPE_admin")
                        .requestMatchers(HttpMethod.GET, "/api/v1/me", "/api/v1/me/**", "/api/v1/imports/**")
                        .hasAuthority("SCOPE_read")
                        .requestMatchers("/api/v1/me", "/api/v1/me/**")
                        .hasAuthority("SCOPE_write")
                        // Public content is readable by anyone; each module hides what is not public.
                        .requestMatchers(HttpMethod.GET, "/api/v1/**")
                        .permitAll()
                        .requestMatchers("/api/v1/**")
                        .hasAuthority("SCOPE_write")
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(request -> bearerAuthenticationManager)
                        .authenticationEntryPoint(SecurityConfiguration::unauthorized))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(SecurityConfiguration::unauthorized)
                        .accessDeniedHandler(forbidden()));
        return http.build();
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        String detail;
        if (ex instanceof InvalidBearerTokenException invalid) {
            var message = invalid.getMessage() == null ? "" : invalid.getMessage();
            detail = message.contains("expired")
                    ? "The token has expired; get a new access token with POST /api/v1/auth/refresh."
                    : "The bearer token is not valid: "
                            + message.replace("An error occurred while attempting to decode the Jwt: ", "");
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        } else {
            detail = "This needs authentication: send 'Authorization: Bearer <token>' with an access token"
                    + " (POST /api/v1/auth/login) or a personal access token.";
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        Problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail));
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, ex) -> Problems.write(
                request,
                response,
                Problems.of(
                        HttpStatus.FORBIDDEN,
                        "forbidden",
                        "Forbidden",
                        "Your role or your token's scopes do not allow this."));
    }
}
