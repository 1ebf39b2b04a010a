package org.projectnexus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.Browser;
import org.projectnexus.support.TestMembers;

/**
 * A learner's first visit, in a real browser and through pages only: they sign up, sign in,
 * search and find a peer's challenge, open it, open the peer's hub, and sign out — after which the
 * session is gone.
 */
class WebJourneyTests extends ApiTest {

    @Test
    void aLearnerSignsUpFindsAPeersChallengeAndSignsOut() {
        var peer = WebFixtures.peer(http(), this::accessToken);
        var handle = TestMembers.uniqueHandle("lena");
        try (var browser = Browser.start(true)) {
            var driver = browser.driver();
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            signUp(driver, wait, handle);
            var session = signIn(driver, wait, handle);
            findThePeersChallenge(driver, wait);
            openTheAuthorsHub(driver, wait, peer);
            signOut(driver, wait, session);
        }
    }

    private void signUp(WebDriver driver, WebDriverWait wait, String handle) {
        driver.get(url("/"));
        driver.findElement(By.linkText("Sign up")).click();
        driver.findElement(By.id("handle")).sendKeys(handle);
        driver.findElement(By.id("displayName")).sendKeys("Lena Learner");
        driver.findElement(By.id("email")).sendKeys(handle + "@example.org");
        driver.findElement(By.id("password")).sendKeys(TestMembers.PASSWORD);
        driver.findElement(By.id("cohort")).sendKeys("cohort-7");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Your account is ready");
        assertThat(driver.findElement(By.id("login")).getAttribute("value")).isEqualTo(handle);
    }

    private Cookie signIn(WebDriver driver, WebDriverWait wait, String handle) {
        driver.findElement(By.id("password")).sendKeys(TestMembers.PASSWORD);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account .me")));
        assertThat(driver.findElement(By.cssSelector(".account .me")).getText()).isEqualTo("@" + handle);
        var session = driver.manage().getCookieNamed("SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        return session;
    }

    private void findThePeersChallenge(WebDriver driver, WebDriverWait wait) {
        var search = driver.findElement(By.id("header-q"));
        search.sendKeys("celery " + WebFixtures.UNIQUE_WORD);
        search.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        var result = driver.findElement(By.cssSelector("#results .card-title a"));
        assertThat(result.getText()).isEqualTo(WebFixtures.CHALLENGE_TITLE);
        assertThat(driver.findElements(By.cssSelector("#results mark"))).isNotEmpty();
        result.click();
        wait.until(ExpectedConditions.textToBe(By.id("entry-title"), WebFixtures.CHALLENGE_TITLE));
        assertThat(driver.findElement(By.cssSelector(".solution")).getText()).contains("CELERY_ENABLE_UTC");
        assertThat(driver.findElements(By.cssSelector("#discussion .comment"))).hasSize(2);
    }

    private void openTheAuthorsHub(WebDriver driver, WebDriverWait wait, WebFixtures.Peer peer) {
        driver.findElement(By.cssSelector(".byline a")).click();
        wait.until(ExpectedConditions.urlContains("/members/" + peer.handle()));
        assertThat(driver.findElement(By.id("hub-title")).getText()).contains(peer.displayName());
        assertThat(driver.findElement(By.id("challenges")).getText()).contains(WebFixtures.CHALLENGE_TITLE);
    }

    private void signOut(WebDriver driver, WebDriverWait wait, Cookie session) {
        driver.findElement(By.cssSelector(".account form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("signed out");
        assertThat(driver.findElements(By.cssSelector(".account .me"))).isEmpty();
        driver.get(url("/settings"));
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElement(By.id("signin-title")).getText()).isEqualTo("Sign in");
        // The session cookie of before the sign-out opens nothing any more.
        var replay = http().send(HttpRequest.newBuilder(URI.create(url("/settings")))
                .header("Cookie", "SESSION=" + session.getValue())
                .GET()
                .build());
        assertThat(replay.status()).isEqualTo(302);
        assertThat(replay.header("Location")).endsWith("/login");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
