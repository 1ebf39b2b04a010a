package org.projectnexus.web;

import org.projectnexus.accounts.Accounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Security of the browser's pages, beside the API's stateless bearer-token chain (which keeps
 * {@code /api/**}, {@code /graphql}, {@code /actuator} and {@code /.well-known} unchanged): a form
 * sign-in with the accounts module's rules, a cookie session stored in PostgreSQL (Spring Session
 * JDBC; HttpOnly, SameSite=Lax, Secure behind HTTPS), CSRF tokens on every form, sign-out that ends
 * the session, and a strict Content-Security-Policy on every page.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    /** Pages a visitor must be signed in for; everything else is readable by anyone. */
    static final String[] MEMBERS_ONLY = {"/settings", "/settings/**"};

    /** Assets carry no session and no security context: nothing to protect, nothing to look up. */
    @Bean
    @Order(0)
    SecurityFilterChain assetSecurity(HttpSecurity http) {
        http.securityMatcher(Routes.ASSETS)
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                // The resource handler sets a year's caching on fingerprinted files.
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain pageSecurity(HttpSecurity http, Accounts accounts, PageRenderer pages, Layouts layouts) {
        var failures = new SignInFailures(pages, layouts);
        http.securityMatcher(Routes.PAGES)
                .authenticationManager(new ProviderManager(new SignInProvider(accounts)))
                .securityContext(context -> context.securityContextRepository(new SessionMembers(accounts)))
                .formLogin(form -> form.loginPage("/login")
                        .loginProcessingUrl("/login")
                        .usernameParameter("login")
                        .passwordParameter("password")
                        .failureHandler(failures)
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/?notice=signed-out")
                        .invalidateHttpSession(true)
                        .deleteCookies("SESSION"))
                .httpBasic(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler(failures))
                .headers(headers -> headers.addHeaderWriter(new PageSecurityPolicy())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions ->
                                permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")))
                .authorizeHttpRequests(requests -> requests.requestMatchers(MEMBERS_ONLY)
                        .authenticated()
                        .anyRequest()
                        .permitAll());
        return http.build();
    }
}
