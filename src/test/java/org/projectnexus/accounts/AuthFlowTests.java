package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.TestMembers;
import tools.jackson.databind.json.JsonMapper;

/** Register → sign in → call → refresh (rotation, reuse detection) → sign out. */
class AuthFlowTests extends AccountsWebTest {

    @Test
    void fullLifecycleWithRotationAndTheftDetection() {
        var handle = newLearner("flow");

        var login = TestMembers.login(http(), handle, TestMembers.PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        var tokens = login.json();
        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isBetween(850L, 900L);
        var access = tokens.get("accessToken").asString();
        var refresh1 = tokens.get("refreshToken").asString();

        var me = http().as(access).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("handle").asString()).isEqualTo(handle);
        assertThat(me.json().get("email").asString()).isEqualTo(handle + "@example.org");

        var rotated = http().post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh1 + "\"}");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        var refresh2 = rotated.json().get("refreshToken").asString();
        assertThat(refresh2).isNotEqualTo(refresh1);
        assertThat(http().as(rotated.json().get("accessToken").asString())
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);

        // The old refresh token is spent; presenting it again ends the whole sign-in...
        var reused = http().post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh1 + "\"}");
        assertProblem(reused, 401);
        assertThat(reused.json().get("detail").asString()).contains("may have been stolen");
        // ...including the token that rotation had just handed out.
        assertProblem(http().post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh2 + "\"}"), 401);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'refresh-token.reuse-detected'")
                        .query(Integer.class)
                        .single())
                .isPositive();

        // A new sign-in, then sign-out: its refresh token stops working.
        var second = TestMembers.login(http(), handle, TestMembers.PASSWORD).json();
        var refresh3 = second.get("refreshToken").asString();
        assertThat(http().post("/api/v1/auth/logout", "{\"refreshToken\":\"" + refresh3 + "\"}")
                        .status())
                .isEqualTo(204);
        var afterLogout = http().post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh3 + "\"}");
        assertProblem(afterLogout, 401);
        assertThat(afterLogout.json().get("detail").asString()).contains("revoked");
    }

    @Test
    void accessTokenCarriesTheDocumentedClaims() {
        var handle = newLearner("claims");
        var access = accessToken(handle);
        var parts = access.split("\\.");
        var json = JsonMapper.builder().build();
        var header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
        var claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.get("alg").asString()).isEqualTo("RS256");
        assertThat(header.get("kid").asString()).isNotBlank();
        assertThat(claims.get("iss").asString()).isEqualTo("project-nexus");
        var audience = claims.get("aud");
        assertThat(audience.isArray() ? audience.get(0).asString() : audience.asString())
                .isEqualTo("nexus-api");
        assertThat(claims.get("sub").asString())
                .isEqualTo(jdbc.sql("select id::text from member where handle = :h")
                        .param("h", handle)
                        .query(String.class)
                        .single());
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("LEARNER");
        assertThat(claims.get("scope").asString()).isEqualTo("read write");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
        assertThat(claims.get("jti").asString()).isNotBlank();
    }

    @Test
    void signInWorksWithEmailInAnyCase() {
        var handle = newLearner("email");
        var response = TestMembers.login(http(), handle.toUpperCase() + "@EXAMPLE.ORG", TestMembers.PASSWORD);
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownAccountLookAlike() {
        var handle = newLearner("alike");
        var wrongPassword = TestMembers.login(http(), handle, "not the password at all");
        var unknown = TestMembers.login(http(), "nobody-" + handle, "not the password at all");
        assertProblem(wrongPassword, 401);
        assertProblem(unknown, 401);
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknown.json().get("detail"));
    }

    @Test
    void passwordsAreStoredAsArgon2idAndNeverReturned() {
        var handle = TestMembers.uniqueHandle("hash");
        var response = http().post("/api/v1/auth/register", """
                {"handle":"%s","email":"%s@example.org","password":"%s","displayName":"H","track":"FRONTEND"}""".formatted(handle, handle, TestMembers.PASSWORD));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Location")).endsWith("/api/v1/members/" + handle);
        assertThat(response.body()).doesNotContain(TestMembers.PASSWORD, "password", "argon");
        var hash = jdbc.sql("select password_hash from member where handle = :h")
                .param("h", handle)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void handlesAndEmailsAreUniqueWhateverTheirCase() {
        var handle = newLearner("unique");
        var sameHandle =
                http().post("/api/v1/auth/register", """
                {"handle":"%s","email":"other-%s@example.org","password":"%s","displayName":"X","track":"BACKEND"}""".formatted(handle.toUpperCase(), handle, TestMembers.PASSWORD));
        assertProblem(sameHandle, 409);
        assertThat(sameHandle.json().get("detail").asString()).contains("handle", "taken");

        var sameEmail = http().post("/api/v1/auth/register", """
                {"handle":"x%s","email":"%s@EXAMPLE.org","password":"%s","displayName":"X","track":"BACKEND"}""".formatted(
                handle.substring(0, Math.min(handle.length(), 28)), handle.toUpperCase(), TestMembers.PASSWORD));
        assertProblem(sameEmail, 409);
        assertThat(sameEmail.json().get("type").asString()).endsWith("email-taken");
    }

    @Test
    void weakOrMalformedRegistrationsAreRefusedWithTheReason() {
        var common = register("common-pw", "1234567890");
        assertProblem(common, 422);
        assertThat(common.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(common.json().get("errors").get(0).get("message").asString()).contains("most common");

        var shortOne = register("short-pw", "abc123");
        assertProblem(shortOne, 422);
        assertThat(shortOne.json().get("detail").asString()).contains("at least 10 characters");

        var badHandle = register("No Spaces!", TestMembers.PASSWORD);
        assertProblem(badHandle, 422);
        assertThat(badHandle.json().get("errors").get(0).get("field").asString())
                .isEqualTo("handle");

        var badTrack = http().post("/api/v1/auth/register", """
                {"handle":"tracky","email":"t@example.org","password":"%s","displayName":"T","track":"DEVOPS"}""".formatted(TestMembers.PASSWORD));
        assertProblem(badTrack, 400);
        assertThat(badTrack.json().get("detail").asString()).contains("BACKEND, FRONTEND");
    }

    private org.projectnexus.support.HttpProbe.Response register(String handle, String password) {
        return http().post("/api/v1/auth/register", """
                {"handle":"%s","email":"%s@example.org","password":"%s","displayName":"W","track":"BACKEND"}""".formatted(handle, TestMembers.uniqueHandle("w"), password));
    }
}
