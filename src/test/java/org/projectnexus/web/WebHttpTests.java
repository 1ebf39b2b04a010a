package org.projectnexus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.projectnexus.support.ApiTest;

/**
 * The pages as plain HTTP sees them (a browser without JavaScript, a crawler): a strict policy on
 * every page and nothing inline for it to refuse, fingerprinted assets cached for a year within
 * their size budget, content in the HTML itself, no session for visitors who only read, and no 500
 * for anything a visitor can type.
 */
class WebHttpTests extends ApiTest {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none';"
            + " base-uri 'none'";

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("<[^>]+\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSET = Pattern.compile("(?:href|src|content)=\"(/assets/[^\"]+)\"");
    private static final Pattern FINGERPRINT = Pattern.compile(".*-[0-9a-f]{32}\\.(css|js|mjs|svg)$");

    @Test
    void everyPageHasAStrictPolicyAndNothingInlineForItToRefuse() {
        var peer = WebFixtures.peer(http(), this::accessToken);
        var web = new WebClient(port);
        for (var path : List.of(
                "/",
                "/search",
                "/search?q=celery",
                "/entries/" + peer.challengeId(),
                "/members",
                "/technologies/celery",
                "/login",
                "/register",
                "/no/such/page")) {
            var page = web.get(path);
            assertThat(page.status()).as(path).isIn(200, 404);
            assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(page.header("Content-Security-Policy")).as(path).isEqualTo(POLICY);
            assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertNothingInline(path, page.body());
        }
        // Pages that draw Mermaid diagrams allow inline styles (Mermaid's SVG has them), never scripts.
        for (var path : List.of("/members/" + peer.handle(), "/entries/" + peer.diagramId())) {
            var page = web.get(path);
            assertThat(page.header("Content-Security-Policy"))
                    .as(path)
                    .isEqualTo(POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))
                    .contains("script-src 'self';")
                    .doesNotContain("unsafe-eval");
            assertNothingInline(path, page.body());
        }
    }

    private static void assertNothingInline(String path, String html) {
        assertThat(INLINE_SCRIPT.matcher(html).find())
                .as(path + ": inline script")
                .isFalse();
        assertThat(EVENT_HANDLER.matcher(html).find())
                .as(path + ": event handler attribute")
                .isFalse();
        assertThat(STYLE_ATTRIBUTE.matcher(html).find())
                .as(path + ": style attribute")
                .isFalse();
    }

    @Test
    void assetsAreFingerprintedCachedForAYearAndWithinTheirBudget() {
        var home = new WebClient(port).get("/").body();
        var assets = new ArrayList<String>();
        ASSET.matcher(home).results().forEach(m -> assets.add(m.group(1)));
        assertThat(assets).anyMatch(a -> a.endsWith(".css")).anyMatch(a -> a.contains("htmx"));
        long js = 0;
        long css = 0;
        for (var asset : assets) {
            assertThat(asset).as("fingerprinted").matches(FINGERPRINT);
            var response = fetch(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                    .as(asset)
                    .contains("max-age=31536000")
                    .contains("immutable");
            var gzipped = gzip(response.body());
            if (asset.endsWith(".css")) {
                css += gzipped;
            } else if (asset.endsWith(".js")) {
                js += gzipped;
            }
        }
        System.err.printf("[web] gzipped on every page: JS %d bytes, CSS %d bytes%n", js, css);
        assertThat(js).as("JS of a page, gzipped").isLessThanOrEqualTo(50_000);
        assertThat(css).as("CSS of a page, gzipped").isLessThanOrEqualTo(30_000);
    }

    @Test
    void readingAndSearchingWorkWithoutJavaScript() {
        var peer = WebFixtures.peer(http(), this::accessToken);
        var web = new WebClient(port);
        var results = web.get("/search?q=celery+" + WebFixtures.UNIQUE_WORD).body();
        assertThat(results)
                .contains("href=\"/entries/" + peer.challengeId() + "\"")
                .contains("<mark>" + "daylight" + "</mark>");
        var entry = web.get("/entries/" + peer.challengeId()).body();
        assertThat(entry)
                .contains(WebFixtures.CHALLENGE_TITLE)
                .contains("CELERY_ENABLE_UTC")
                .contains("Yes, that was the fix.");
        assertThat(entry).contains("href=\"/entries/" + peer.challengeId() + "/similar\"");
        var similar = web.get("/entries/" + peer.challengeId() + "/similar");
        assertThat(similar.status()).isEqualTo(200);
        assertThat(similar.body()).contains("Others who met this").contains("class=\"card ");
        var hub = web.get("/members/" + peer.handle()).body();
        assertThat(hub).contains("Challenges &amp; solutions").contains("Retry with exponential backoff");
        // Without JavaScript the diagram's source is still there to read.
        assertThat(hub).contains("class=\"language-mermaid\"").contains("CUSTOMER ||--o{ ORDER");
    }

    @Test
    void moreResultsArePlainLinksByCursor() {
        var me = http().as(accessToken(newLearner("pager")));
        for (int i = 0; i < 23; i++) {
            var created = me.post(
                    "/api/v1/entries",
                    "{\"kind\":\"PRACTICE\",\"title\":\"Zanzibar caching note " + i + "\",\"body\":\"zanzibar\"}");
            assertThat(created.status()).isEqualTo(201);
        }
        var web = new WebClient(port);
        var first = web.get("/search?q=zanzibar").body();
        assertThat(Pattern.compile("class=\"card ").matcher(first).results().count())
                .isEqualTo(20);
        var more =
                Pattern.compile("<a class=\"button\" href=\"([^\"]+)\" hx-get=").matcher(first);
        assertThat(more.find()).isTrue();
        var second = web.get(org.springframework.web.util.HtmlUtils.htmlUnescape(more.group(1)));
        assertThat(second.status()).isEqualTo(200);
        assertThat(Pattern.compile("class=\"card ")
                        .matcher(second.body())
                        .results()
                        .count())
                .isEqualTo(3);
    }

    @Test
    void aVisitorWhoOnlyReadsGetsNoSession() {
        var peer = WebFixtures.peer(http(), this::accessToken);
        for (var path :
                List.of("/", "/search?q=celery", "/entries/" + peer.challengeId(), "/members/" + peer.handle())) {
            var page = new WebClient(port).get(path);
            assertThat(page.header("Set-Cookie")).as(path).isNull();
        }
    }

    @Test
    void nothingAVisitorTypesGivesA500() {
        var hostile = List.of(
                "/search?q=" + "x".repeat(5000),
                "/search?q=celery&cursor=not-a-cursor",
                "/search?q=celery&cursor=" + "A".repeat(3000),
                "/search?q=%22unclosed",
                "/search?q=-only",
                "/search?q=%00%01",
                "/search?kind=../../etc/passwd&q=x",
                "/search?track=%3Cscript%3E&q=x",
                "/search?q=x&technology=" + "t".repeat(500),
                "/entries/not-a-uuid",
                "/entries/00000000-0000-0000-0000-000000000000",
                "/entries/" + "9".repeat(400),
                "/members/nobody-at-all",
                "/members?cursor=zzz",
                "/members?track=ALIENS",
                "/technologies/no-such-technology",
                "/technologies/celery?cursor=tampered",
                "/login?login=" + "%3Cb%3E".repeat(100),
                "/%2e%2e/%2e%2e/etc/passwd");
        var web = new WebClient(port);
        for (var path : hostile) {
            var page = web.get(path);
            assertThat(page.status()).as(path).isBetween(200, 499);
            if (page.status() != 400 || page.header("Content-Type") != null) {
                assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
            }
            assertThat(page.body()).as(path).doesNotContain("<script>").doesNotContain("Exception");
        }
        assertThat(web.get("/entries/not-a-uuid").status()).isEqualTo(404);
        assertThat(web.get("/search?q=celery&cursor=not-a-cursor").status()).isEqualTo(400);
        assertThat(web.get("/search?q=" + "x".repeat(201)).body()).contains("id=\"search-error\"");
    }

    @Test
    void theApiKeepsItsProblemDocuments() {
        for (var path : List.of("/api/v1/nope", "/api/v1/entries/not-an-id")) {
            var response = http().get(path, "Accept", "text/html");
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(http().get("/api/v1/me").status()).isEqualTo(401);
    }

    private HttpResponse<byte[]> fetch(String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
