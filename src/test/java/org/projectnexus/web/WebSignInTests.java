package org.projectnexus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.TestMembers;

/**
 * Browser sign-in with the API's rules, over plain HTTP: the same refusals and limits, field errors
 * next to their fields, CSRF on every form, a session in PostgreSQL whose member is re-read on
 * every request, and tokens made in settings that work against the API.
 */
class WebSignInTests extends ApiTest {

    @Test
    void aWrongPasswordShowsTheFormAgainAndTooManyAre429() {
        var handle = newLearner("guess");
        var web = new WebClient(port);
        var wrong = web.signIn(handle, "not the password at all");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body())
                .contains("The handle, email or password is wrong.")
                .contains("value=\"" + handle + "\"");
        assertThat(wrong.body()).doesNotContain("not the password at all");
        var last = wrong;
        // ApiTest allows 100 attempts per account and period; the 101st is refused like the API's.
        for (int i = 0; i < 110 && last.status() != 429; i++) {
            last = web.post("/login", Map.of("login", handle, "password", "still wrong " + i));
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotNull();
        assertThat(last.body()).contains("Too many sign-in attempts for this account");
        assertThat(web.signIn(handle, TestMembers.PASSWORD).status())
                .as("even the right password")
                .isEqualTo(429);
    }

    @Test
    void registrationErrorsAppearNextToTheirFields() {
        var taken = newLearner("taken");
        var web = new WebClient(port);
        web.get("/register");
        var weak = web.post("/register", form("weakling", "short"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(fieldError(weak.body(), "password")).contains("at least 10 characters");
        assertThat(weak.body()).contains("value=\"weakling\"").doesNotContain("value=\"short\"");
        var invalid =
                web.post("/register", Map.of("handle", "a!", "email", "nope", "password", "x", "displayName", ""));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fieldError(invalid.body(), "handle")).contains("3 to 30 characters");
        assertThat(fieldError(invalid.body(), "email")).isNotBlank();
        assertThat(fieldError(invalid.body(), "displayName")).isNotBlank();
        var clash = web.post("/register", form(taken, TestMembers.PASSWORD));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(fieldError(clash.body(), "handle")).contains("is taken");
    }

    private static Map<String, String> form(String handle, String password) {
        return Map.of(
                "handle",
                handle,
                "email",
                handle + "-web@example.org",
                "password",
                password,
                "displayName",
                "Web " + handle,
                "track",
                "FRONTEND");
    }

    private static String fieldError(String html, String field) {
        var matcher = Pattern.compile("<p class=\"field-error\" id=\"" + field + "-error\">([^<]*)</p>")
                .matcher(html);
        assertThat(matcher.find()).as("an error next to " + field).isTrue();
        return matcher.group(1);
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() {
        var handle = newLearner("csrf");
        var web = new WebClient(port);
        web.get("/login");
        var forged = web.post("/login", Map.of("login", handle, "password", TestMembers.PASSWORD), false);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired or did not come from this site");
        assertThat(web.signIn(handle, TestMembers.PASSWORD).status()).isEqualTo(302);
        assertThat(web.post("/logout", Map.of(), false).status()).isEqualTo(403);
        assertThat(web.get("/settings").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void theSessionLivesInPostgresqlAndASuspensionEndsItAtOnce() {
        var handle = newLearner("suspended");
        var web = new WebClient(port);
        var signedIn = web.signIn(handle, TestMembers.PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Set-Cookie"))
                .contains("SESSION=")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        assertThat(web.get("/settings").status()).isEqualTo(200);
        var id = jdbc.sql("select id::text from member where handle = :h")
                .param("h", handle)
                .query(String.class)
                .single();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        var suspended =
                http().as(adminToken()).post("/api/v1/admin/members/" + handle + "/suspend", "{\"reason\":\"test\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        var after = web.get("/settings");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).endsWith("/login");
        var again = web.signIn(handle, TestMembers.PASSWORD);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.body()).contains("This account is suspended.");
    }

    @Test
    void aTokenMadeInSettingsWorksAgainstTheApiUntilRevoked() {
        var handle = newLearner("scripter");
        var web = new WebClient(port);
        web.signIn(handle, TestMembers.PASSWORD);
        web.get("/settings");
        var created = web.post("/settings/tokens", Map.of("name", "CI", "scope", "read", "lifetime", "P30D"));
        assertThat(created.status()).isEqualTo(200);
        var secret =
                Pattern.compile("id=\"new-token\"[^>]*value=\"(nxp_[^\"]+)\"").matcher(created.body());
        assertThat(secret.find()).isTrue();
        var me = http().as(secret.group(1)).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("handle").asString()).isEqualTo(handle);
        assertThat(web.get("/settings").body()).doesNotContain(secret.group(1));
        var empty = web.post("/settings/tokens", Map.of("name", " ", "scope", "read"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(fieldError(empty.body(), "name")).contains("1 to 100 characters");
        var id = Pattern.compile("action=\"/settings/tokens/([0-9a-f-]+)/revoke\"")
                .matcher(web.get("/settings").body());
        assertThat(id.find()).isTrue();
        assertThat(web.post("/settings/tokens/" + id.group(1) + "/revoke", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(http().as(secret.group(1)).get("/api/v1/me").status()).isEqualTo(401);
    }
}
