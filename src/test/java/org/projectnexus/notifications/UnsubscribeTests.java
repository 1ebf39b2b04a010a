package org.projectnexus.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.HttpProbe;
import org.projectnexus.support.TestMail;

/**
 * The unsubscribe link of every email: a GET (a person, or a mail scanner following the link)
 * only shows a page asking to confirm; a POST (its button, or a mail client's one-click, RFC 8058)
 * turns email off.
 */
class UnsubscribeTests extends ApiTest {

    private record Reader(String handle, HttpProbe http) {}

    private Reader reader(String prefix) {
        var handle = newLearner(prefix);
        return new Reader(handle, http().as(accessToken(handle)));
    }

    /** An email to the author (someone comments on their entry); returns it. */
    private MimeMessage emailTo(Reader author) {
        var commenter = reader("unsub-commenter");
        var entry = author.http()
                .post("/api/v1/entries", "{\"kind\":\"LEARNING\",\"title\":\"Unsubscribe me\",\"body\":\"b\"}");
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        commenter
                .http()
                .post("/api/v1/entries/" + entry.json().get("id").asString() + "/comments", "{\"body\":\"hi\"}");
        var mails = TestMail.await(author.handle() + "@example.org", 1, Duration.ofSeconds(10));
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static String setting(Reader member) {
        return member.http()
                .get("/api/v1/me/notification-settings")
                .json()
                .get("email")
                .asString();
    }

    /** The path and query of the List-Unsubscribe URL. */
    private static String unsubscribePath(MimeMessage mail) throws Exception {
        var header = mail.getHeader("List-Unsubscribe")[0];
        assertThat(header).matches("<http://localhost:8080/api/v1/notifications/unsubscribe\\?token=[^>]+>");
        return header.substring(header.indexOf("/api/"), header.length() - 1);
    }

    @Test
    void everyEmailCarriesOneClickUnsubscribeHeaders() throws Exception {
        var mail = emailTo(reader("unsub-headers"));
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        var path = unsubscribePath(mail);
        // The link in the text and HTML parts is the same one (HTML escapes its "=").
        var token = path.substring(path.indexOf("token=") + 6);
        assertThat(NotificationsTests.texts(mail))
                .hasSize(2)
                .allSatisfy(part -> assertThat(part)
                        .contains("http://localhost:8080/api/v1/notifications/unsubscribe?token")
                        .contains(token));
    }

    @Test
    void followingTheLinkShowsAConfirmationAndChangesNothing() throws Exception {
        var author = reader("unsub-get");
        var path = unsubscribePath(emailTo(author));

        for (int i = 0; i < 3; i++) { // a scanner may follow it more than once
            var page = http().get(path, "Accept", "text/html");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.header("Cache-Control")).contains("no-store");
            assertThat(page.body())
                    .contains("@" + author.handle())
                    .contains("<form method=\"post\" action=\"unsubscribe?token=")
                    .doesNotContain("<script");
        }
        assertThat(setting(author)).isEqualTo("IMMEDIATE");

        var forged = http().get(path.replace("token=", "token=x"));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.contentType()).startsWith("text/html");
        assertThat(forged.body()).contains("not valid");
    }

    @Test
    void theButtonUnsubscribesAndSaysSo() throws Exception {
        var author = reader("unsub-button");
        var path = unsubscribePath(emailTo(author));

        var done = http().send(
                        "POST",
                        path,
                        "application/x-www-form-urlencoded",
                        "",
                        "Accept",
                        "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.contentType()).startsWith("text/html");
        assertThat(done.body()).contains("no more emails");
        assertThat(setting(author)).isEqualTo("OFF");
    }

    @Test
    void aMailClientsOneClickPostUnsubscribes() throws Exception {
        var author = reader("unsub-one-click");
        var path = unsubscribePath(emailTo(author));

        // RFC 8058: a POST to the List-Unsubscribe URL with this form body.
        var response = http().send("POST", path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("email").asString()).isEqualTo("OFF");
        assertThat(setting(author)).isEqualTo("OFF");

        var forged = http().send(
                        "POST",
                        path.replace("token=", "token=" + UUID.randomUUID() + "."),
                        "application/x-www-form-urlencoded",
                        "List-Unsubscribe=One-Click");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.contentType()).startsWith("application/problem+json");
    }
}
