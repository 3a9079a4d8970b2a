package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * WCAG 2.1 AA in a real browser: axe-core finds no violation on any kind of page, and a keyboard
 * user reaches every control with Tab, sees where the focus is, can skip to the content and can
 * search without a mouse.
 */
class AccessibilityTest extends InBrowser {

    @ParameterizedTest(name = "{0}")
    @FieldSource({"nl.kring.quality.PageTypes#ALL", "nl.kring.quality.PageTypes#EMBEDS"})
    void axeFindsNoWcag21AaViolation(PageTypes.PageType page) {
        browser.desktop();
        browser.open(site.url(page.path()));
        assertThat(AxeCheck.violations(browser)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("nl.kring.quality.PageTypes#ALL")
    void axeFindsNoViolationInTheDarkColourSchemeEither(PageTypes.PageType page) {
        browser.desktop();
        browser.colorScheme("dark");
        try {
            browser.open(site.url(page.path()));
            assertThat(browser.script("return matchMedia('(prefers-color-scheme: dark)').matches;")).isEqualTo(true);
            assertThat(browser.script("return getComputedStyle(document.body).backgroundColor;"))
                    .as("the dark scheme is applied").isEqualTo("rgb(18, 22, 20)");
            assertThat(AxeCheck.violations(browser)).isEmpty();
        } finally {
            browser.colorScheme("");
        }
    }

    @Test
    void everyRegionsBrandColourPassesAxeInTheDarkSchemeAndOnAPhone() {
        browser.colorScheme("dark");
        browser.viewport(320, 800, 1);
        try {
            for (String region : site.regions()) {
                StaticServer server = site.server(region);
                for (String path : new String[] {"/", "/groepen/"}) {
                    browser.open(server.url(path));
                    browser.script("document.querySelector('details.menu').open = true;");
                    assertThat(AxeCheck.violations(browser)).as(region + path).isEmpty();
                }
            }
        } finally {
            browser.colorScheme("");
            browser.desktop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("nl.kring.quality.PageTypes#ALL")
    void everyControlIsReachableWithTabAndShowsItsFocus(PageTypes.PageType page) {
        browser.desktop();
        browser.open(site.url(page.path()));
        assertThat(KeyboardCheck.problems(browser)).isEmpty();
    }

    @Test
    void theSmallScreenLayoutPassesAxeToo() {
        browser.viewport(320, 800, 1);
        try {
            for (String path : new String[] {"/", "/roermond/groepen/rouwgroep-roermond/", "/groepen/"}) {
                browser.open(site.url(path));
                assertThat(AxeCheck.violations(browser)).as(path).isEmpty();
            }
        } finally {
            browser.desktop();
        }
    }

    @Test
    void everyRegionsBrandColourPassesAxe() {
        browser.desktop();
        for (String region : site.regions()) {
            StaticServer server = site.server(region);
            for (String path : new String[] {"/", "/groepen/", "/404.html"}) {
                browser.open(server.url(path));
                assertThat(AxeCheck.violations(browser)).as(region + path).isEmpty();
            }
        }
    }

    @Test
    void theFirstTabShowsASkipLinkThatMovesFocusToTheContent() {
        browser.desktop();
        browser.open(site.url("/roermond/groepen/rouwgroep-roermond/"));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.activeElement.textContent.trim();")).isEqualTo("Ga direct naar de inhoud");
        assertThat(browser.script("const r = document.activeElement.getBoundingClientRect();"
                + " return r.top >= 0 && r.left >= 0 && r.width > 20 && r.bottom <= window.innerHeight;"))
                .as("the focused skip link is on screen").isEqualTo(true);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.script("return document.activeElement.id;")).isEqualTo("inhoud");
        assertThat(browser.script("return document.activeElement.tagName;")).isEqualTo("MAIN");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.querySelector('main').contains(document.activeElement);"))
                .as("the next Tab stays in the content").isEqualTo(true);
    }

    @Test
    void theSearchCanBeUsedWithoutAMouse() {
        browser.desktop();
        browser.open(site.url("/"));
        Actions keyboard = new Actions(browser.driver());
        for (int i = 0; i < 10 && !"zoekterm".equals(browser.script("return document.activeElement.id;")); i++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.script("return document.activeElement.id;")).isEqualTo("zoekterm");
        keyboard.sendKeys("rouw").sendKeys(Keys.ENTER).perform();
        browser.awaitPage(site.url("/zoeken/?q=rouw"));
        assertThat(browser.script("return document.querySelector('h1').textContent;")).isEqualTo("Zoeken");
        assertThat(AxeCheck.violations(browser)).isEmpty();
    }

    @Test
    void axeReportsAPageWithAnUnlabelledFieldAndAnImageWithoutText() {
        browser.desktop();
        browser.open(faulty.url("axe-violation.html"));
        assertThat(AxeCheck.violations(browser)).anyMatch(v -> v.startsWith("image-alt"))
                .anyMatch(v -> v.startsWith("label"));
    }

    @Test
    void theKeyboardCheckReportsHiddenFocusAndALinkTabSkips() {
        browser.desktop();
        browser.open(faulty.url("keyboard-trap.html"));
        assertThat(KeyboardCheck.problems(browser))
                .anyMatch(p -> p.startsWith("no visible focus style") && p.contains("Eerste link"))
                .anyMatch(p -> p.startsWith("not reachable with Tab") && p.contains("Overgeslagen link"));
    }
}
