package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.TestMembers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accounts API over real HTTP against the real database. Per-IP sign-in limits are raised
 * here because every test calls from 127.0.0.1; {@code RateLimitTests} checks them at their size.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "nexus.accounts.bootstrap-admins=boot-admin",
            "nexus.http.cors-allowed-origins=https://frontend.example",
            "nexus.accounts.limits.login-per-ip=10000",
            "nexus.accounts.limits.register-per-ip=10000",
            "nexus.accounts.limits.refresh-per-ip=10000",
            "nexus.accounts.limits.login-per-account=100"
        })
abstract class AccountsWebTest {

    private static String adminToken;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpProbe http() {
        return new HttpProbe(port);
    }

    /** The installation's first admin, made through {@code nexus.accounts.bootstrap-admins}. */
    String adminToken() {
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

    String accessToken(String handle) {
        var response = TestMembers.login(http(), handle, TestMembers.PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("accessToken").asString();
    }

    /** A new learner; returns the handle. */
    String newLearner(String prefix) {
        var handle = TestMembers.uniqueHandle(prefix);
        TestMembers.register(http(), handle, "BACKEND");
        return handle;
    }
}
