package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.TestMembers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Every way a bearer token can be wrong ends in 401 problem+json, and nothing else gets in. */
class TokenRejectionTests extends AccountsWebTest {

    @Autowired
    JwtEncoder encoder;

    @Autowired
    JwtKeys keys;

    private String memberId(String handle) {
        return jdbc.sql("select id::text from member where handle = :h")
                .param("h", handle)
                .query(String.class)
                .single();
    }

    private JwtClaimsSet.Builder claims(String subject) {
        var now = Instant.now();
        return JwtClaimsSet.builder()
                .issuer("project-nexus")
                .audience(List.of("nexus-api"))
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(10)))
                .id(UUID.randomUUID().toString())
                .claim("scope", "read write");
    }

    private String sign(JwtEncoder with, JwtClaimsSet claims, String keyId) {
        var header = JwsHeader.with(SignatureAlgorithm.RS256)
                .type("JWT")
                .keyId(keyId)
                .build();
        return with.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private String sign(JwtClaimsSet claims) {
        return sign(encoder, claims, keys.signingKey().getKeyID());
    }

    private HttpProbe.Response me(String token) {
        return http().as(token).get("/api/v1/me");
    }

    private static void assertRejected(HttpProbe.Response response, String detail) {
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().get("detail").asString()).contains(detail);
    }

    @Test
    void aWellFormedTokenIsAccepted() {
        var subject = memberId(newLearner("good"));
        assertThat(me(sign(claims(subject).build())).status()).isEqualTo(200);
    }

    @Test
    void noTokenIs401() {
        var response = http().get("/api/v1/me");
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void malformedTokenIs401() {
        assertRejected(me("not-a-jwt"), "not valid");
        assertRejected(me("eyJhbGciOiJSUzI1NiJ9.e30.AAAA"), "not valid");
    }

    @Test
    void wrongSignatureIs401() throws Exception {
        var subject = memberId(newLearner("sig"));
        // A stranger's key that claims the real key id.
        RSAKey stranger =
                new RSAKeyGenerator(2048).keyID(keys.signingKey().getKeyID()).generate();
        var forged = sign(
                new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(stranger))),
                claims(subject).build(),
                stranger.getKeyID());
        assertRejected(me(forged), "not valid");
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        var subject = memberId(newLearner("none"));
        var encoder64 = Base64.getUrlEncoder().withoutPadding();
        var header = encoder64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        var now = Instant.now().getEpochSecond();
        var payload = encoder64.encodeToString(("{\"iss\":\"project-nexus\",\"aud\":\"nexus-api\",\"sub\":\"" + subject
                        + "\",\"iat\":" + now + ",\"exp\":" + (now + 600) + ",\"scope\":\"read write\"}")
                .getBytes(StandardCharsets.UTF_8));
        assertRejected(me(header + "." + payload + "."), "not valid");
    }

    @Test
    void expiredTokenIs401AndSaysSo() {
        var subject = memberId(newLearner("exp"));
        var past = Instant.now().minus(Duration.ofMinutes(30));
        var expired = sign(claims(subject)
                .issuedAt(past)
                .expiresAt(past.plus(Duration.ofMinutes(15)))
                .build());
        assertRejected(me(expired), "expired");
    }

    @Test
    void wrongIssuerOrAudienceIs401() {
        var subject = memberId(newLearner("iss"));
        assertRejected(me(sign(claims(subject).issuer("someone-else").build())), "iss");
        assertRejected(me(sign(claims(subject).audience(List.of("another-api")).build())), "aud");
    }

    @Test
    void tokenOfAnUnknownMemberIs401() {
        assertRejected(me(sign(claims(UUID.randomUUID().toString()).build())), "does not exist");
    }

    @Test
    void suspendedMembersTokensStopAtOnce() {
        var handle = newLearner("suspended");
        var token = accessToken(handle);
        assertThat(me(token).status()).isEqualTo(200);

        var suspend =
                http().as(adminToken()).post("/api/v1/admin/members/" + handle + "/suspend", "{\"reason\":\"spam\"}");
        assertThat(suspend.status()).as(suspend.body()).isEqualTo(200);

        assertRejected(me(token), "suspended");
        var login = TestMembers.login(http(), handle, TestMembers.PASSWORD);
        assertProblem(login, 401);
        assertThat(login.json().get("detail").asString()).contains("suspended");
    }

    @Test
    void revokedPersonalTokenIs401() {
        var token = accessToken(newLearner("pat-revoke"));
        var created = http().as(token).post("/api/v1/me/tokens", "{\"name\":\"ci\",\"scopes\":[\"READ\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var secret = created.json().get("secret").asString();
        assertThat(secret).startsWith("nxp_");
        assertThat(me(secret).status()).isEqualTo(200);

        var id = created.json().get("token").get("id").asString();
        assertThat(http().as(token)
                        .send("DELETE", "/api/v1/me/tokens/" + id, null, "")
                        .status())
                .isEqualTo(204);
        assertRejected(me(secret), "revoked");
        assertRejected(me("nxp_" + "x".repeat(43)), "not valid");
    }
}
