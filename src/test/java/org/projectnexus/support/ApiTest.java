package org.projectnexus.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API over real HTTP against the real database, one shared application context. Per-IP
 * sign-in limits are raised because every test calls from 127.0.0.1 ({@code RateLimitTests} checks
 * them at their real size).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "nexus.accounts.bootstrap-admins=boot-admin",
            "nexus.http.cors-allowed-origins=https://frontend.example",
            "nexus.accounts.limits.login-per-ip=10000",
            "nexus.accounts.limits.register-per-ip=10000",
            "nexus.accounts.limits.refresh-per-ip=10000",
            "nexus.accounts.limits.login-per-account=100",
            "nexus.http.rate-limit.member-requests=100000",
            "nexus.http.rate-limit.anonymous-requests=100000"
        })
public abstract class ApiTest {

    /** Email goes to a real SMTP server (GreenMail) for the whole run. */
    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    private static String adminToken;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected HttpProbe http() {
        return new HttpProbe(port);
    }

    /** The installation's first admin, made through {@code nexus.accounts.bootstrap-admins}. */
    protected String adminToken() {
        if (adminToken == null) {
            var existing = jdbc.sql("select count(*) from member where handle = 'boot-admin'")
                    .query(Integer.class)
                    .single();
            if (existing == 0) {
                TestMembers.register(http(), "boot-admin", "BACKEND");
            }
            adminToken = accessToken("boot-admin");
        }
        return adminToken;
    }

    protected String accessToken(String handle) {
        var response = TestMembers.login(http(), handle, TestMembers.PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("accessToken").asString();
    }

    /** A new learner; returns the handle. */
    protected String newLearner(String prefix) {
        var handle = TestMembers.uniqueHandle(prefix);
        TestMembers.register(http(), handle, "BACKEND");
        return handle;
    }

    /** Promotes a member to mentor through the admin API. */
    protected void makeMentor(String handle) {
        var response = http().as(adminToken())
                .send(
                        "PUT",
                        "/api/v1/admin/members/" + handle + "/roles",
                        "application/json",
                        "{\"roles\":[\"MENTOR\"]}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
