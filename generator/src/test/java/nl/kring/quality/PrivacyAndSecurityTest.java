package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A visitor is not seen by anyone but the site, and the browser enforces that: every request of
 * every kind of page goes to the site's own origin, no cookie is set, every page carries the
 * strict Content-Security-Policy (in the page and, through {@code _headers}, as a response header)
 * and the console stays free of violations and errors.
 */
class PrivacyAndSecurityTest extends InBrowser {

    @ParameterizedTest(name = "{0}")
    @FieldSource({"nl.kring.quality.PageTypes#ALL", "nl.kring.quality.PageTypes#EMBEDS"})
    void everyRequestStaysOnTheSitesOwnOriginAndNoCookieIsSet(PageTypes.PageType page) {
        Visit visit = browser.open(site.url(page.path()));
        assertThat(visit.requests()).isNotEmpty();
        assertThat(PrivacyCheck.problems(browser, visit, site.server("roermond").origin())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource({"nl.kring.quality.PageTypes#ALL", "nl.kring.quality.PageTypes#EMBEDS"})
    void everyPageHasTheStrictPolicyAndAQuietConsole(PageTypes.PageType page) {
        Visit visit = browser.open(site.url(page.path()));
        assertThat(SecurityPolicyCheck.problems(browser, visit)).isEmpty();
    }

    @Test
    void everyRegionHasAHeadersFileWithTheSamePolicyAsItsPages() throws java.io.IOException {
        for (String region : site.regions()) {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(SampleSite.OUT.resolve(region).resolve("_headers"));
            assertThat(lines).contains("/*", "  X-Content-Type-Options: nosniff", "  Referrer-Policy: no-referrer");
            String policy = lines.stream().filter(l -> l.startsWith("  Content-Security-Policy: ")).findFirst().orElseThrow()
                    .substring("  Content-Security-Policy: ".length());
            assertThat(SecurityPolicyCheck.strictness("_headers of " + region, policy)).isEmpty();
            assertThat(policy).startsWith(nl.kring.render.SecurityHeaders.metaPolicy()).endsWith("frame-ancestors 'none'");
        }
    }

    @Test
    void searchingWithTheFormStaysPrivateToo() {
        browser.open(site.url("/"));
        browser.driver().findElement(org.openqa.selenium.By.id("zoekterm")).sendKeys("rouw\n");
        browser.awaitPage(site.url("/zoeken/?q=rouw"));
        Visit visit = browser.record(site.url("/zoeken/?q=rouw"));
        assertThat(PrivacyCheck.problems(browser, visit, site.server("roermond").origin())).isEmpty();
        assertThat(SecurityPolicyCheck.problems(browser, visit)).isEmpty();
    }

    @Test
    void aSiteUnderASubPathIsJustAsPrivateAndItsNotFoundPageWorks() {
        StaticServer server = site.server("westelijke-mijnstreek");
        Visit visit = browser.open(server.url("/bestaat-niet/"));
        assertThat(browser.script("return document.querySelector('h1').textContent;")).isNotNull();
        assertThat(visit.requests()).filteredOn(r -> r.type().equals("Stylesheet")).isNotEmpty();
        assertThat(PrivacyCheck.problems(browser, visit, server.origin())).isEmpty();
        // the only console line is the 404 status of the missing page itself
        assertThat(visit.console()).allMatch(line -> line.contains("404"));
        assertThat(browser.script("return getComputedStyle(document.querySelector('.site-header')).backgroundColor;"))
                .as("the stylesheet loaded from the sub-path").isNotEqualTo("rgba(0, 0, 0, 0)");
    }

    @Test
    void thePrivacyCheckReportsARequestToAnotherOriginAndACookie() {
        Visit visit = browser.open(faulty.url("external-request.html"));
        assertThat(PrivacyCheck.problems(browser, visit, faulty.server().origin()))
                .anyMatch(p -> p.contains("request to another origin: http://localhost:9/pixel.gif"))
                .anyMatch(p -> p.startsWith("document.cookie is 'bezoeker=12345'"));
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void theBrowserBlocksAnInlineScriptAndTheCheckReportsTheViolation() {
        Visit visit = browser.open(faulty.url("inline-script.html"));
        assertThat(browser.script("return window.__inlineRan === true;")).isEqualTo(false);
        assertThat(SecurityPolicyCheck.problems(browser, visit))
                .anyMatch(p -> p.startsWith("console:") && p.contains("Content Security Policy"));
    }

    @Test
    void thePolicyCheckRejectsAWeakPolicy() {
        Visit visit = browser.open(faulty.url("weak-policy.html"));
        assertThat(SecurityPolicyCheck.problems(browser, visit))
                .anyMatch(p -> p.contains("allows 'unsafe-inline'"))
                .anyMatch(p -> p.equals("no Content-Security-Policy response header"));
    }
}
