package org.projectnexus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.projectnexus.support.ApiTest;
import org.projectnexus.support.Browser;
import org.projectnexus.support.TestMembers;

/**
 * Every page in a real browser, at 1280 px and at 360 px, in the light and the dark scheme: no
 * serious or critical axe-core violation, no sideways scrolling on a phone, nothing refused by the
 * Content-Security-Policy, and Mermaid diagrams drawn. Screenshots of the main pages go to {@code
 * docs/screenshots/} (shown in the README), so they always show the pages as they are.
 */
class PageQualityTests extends ApiTest {

    static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    record Page(String name, String path, boolean screenshot) {}

    @Test
    void everyPageIsAccessibleResponsiveAndWithinItsPolicy() {
        var peer = WebFixtures.peer(http(), this::accessToken);
        var pages = List.of(
                new Page("home", "/", true),
                new Page("search", "/search?q=celery+" + WebFixtures.UNIQUE_WORD, true),
                new Page("entry", "/entries/" + peer.challengeId(), true),
                new Page("hub", "/members/" + peer.handle(), true),
                new Page("technology", "/technologies/celery", true),
                new Page("signup", "/register", true),
                new Page("signin", "/login", false),
                new Page("members", "/members", false),
                new Page("diagram", "/entries/" + peer.diagramId(), false),
                new Page("not-found", "/no/such/page", false),
                new Page("search-error", "/search?q=" + "x".repeat(201), false));
        var problems = new ArrayList<String>();
        try (var browser = Browser.start(true)) {
            pages.forEach(page -> audit(browser, page, problems));
            signIn(browser);
            audit(browser, new Page("settings", "/settings", true), problems);
        }
        assertThat(problems).isEmpty();
    }

    private void audit(Browser browser, Page page, List<String> problems) {
        var driver = browser.driver();
        browser.console();
        for (var scheme : List.of("light", "dark")) {
            scheme(browser, scheme);
            browser.viewport(1280, 900);
            driver.get(url(page.path()));
            settle(browser, page);
            browser.accessibilityViolations()
                    .forEach(v -> problems.add(page.name() + " (1280 px, " + scheme + "): " + v));
            if (page.name().equals("hub") && scheme.equals("light")) {
                // Mermaid is counted apart from the pages' budget: only pages with a diagram load it.
                var bytes = browser.js("return performance.getEntriesByType('resource')"
                        + ".filter(r => r.name.includes('/mermaid/')).reduce((n, r) => n + r.encodedBodySize, 0)");
                System.err.printf("[web] Mermaid loaded for the hub's diagram: %s bytes over the wire%n", bytes);
            }
            if (page.screenshot() && scheme.equals("light")) {
                browser.screenshot(SCREENSHOTS.resolve(page.name() + "-1280.png"));
            }
        }
        scheme(browser, "light");
        browser.viewport(360, 780);
        driver.navigate().refresh();
        settle(browser, page);
        if (browser.scrollsHorizontally()) {
            problems.add(page.name() + " (360 px): the page scrolls sideways");
        }
        browser.accessibilityViolations().forEach(v -> problems.add(page.name() + " (360 px): " + v));
        if (page.screenshot()) {
            browser.screenshot(SCREENSHOTS.resolve(page.name() + "-360.png"));
        }
        browser.console().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .forEach(m -> problems.add(page.name() + ": refused by the policy: " + m));
    }

    /** Waits for the page and, where it has diagrams, for Mermaid to draw them. */
    private void settle(Browser browser, Page page) {
        var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        wait.until(d -> "complete".equals(browser.js("return document.readyState")));
        if (page.name().equals("hub") || page.name().equals("diagram")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.diagram svg")));
        }
    }

    private static void scheme(Browser browser, String scheme) {
        browser.driver()
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private void signIn(Browser browser) {
        var handle = newLearner("quality");
        var driver = browser.driver();
        browser.viewport(1280, 900);
        driver.get(url("/login"));
        driver.findElement(By.id("login")).sendKeys(handle);
        driver.findElement(By.id("password")).sendKeys(TestMembers.PASSWORD);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account .me")));
        driver.get(url("/settings"));
        driver.findElement(By.id("token-name")).sendKeys("CI of my capstone");
        driver.findElement(By.cssSelector(".token-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
