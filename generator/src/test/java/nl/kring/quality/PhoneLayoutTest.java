package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * On a 390 × 844 phone a page starts with its own content, not with the menu: the navigation folds
 * behind one "Menu" control that works without JavaScript and with the keyboard, each page has one
 * search box, and the first screen of a group page shows its name, status, when and where.
 */
class PhoneLayoutTest extends InBrowser {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    /** The group pages of the sample whose first screen must show when and where (ended groups lead with that notice). */
    static final List<String> GROUP_PAGES = PageTypes.ALL.stream()
            .filter(p -> p.name().startsWith("group") && !p.name().contains("ended")).map(PageTypes.PageType::path).toList();

    /** Where a facts row (dt and its dd) ends, in CSS pixels from the top of the page; -1 when it is missing. */
    private static final String ROW_BOTTOM = """
            const dt = [...document.querySelectorAll('.facts dt')].find(d => d.textContent.trim() === arguments[0]);
            if (!dt) return -1;
            const dd = dt.nextElementSibling;
            return Math.max(dt.getBoundingClientRect().bottom, dd.getBoundingClientRect().bottom) + window.scrollY;
            """;

    @ParameterizedTest(name = "{0}")
    @FieldSource("GROUP_PAGES")
    void theFirstScreenOfAGroupPageShowsItsNameStatusWhenAndWhere(String path) {
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT, 1);
        try {
            browser.open(site.url(path));
            double when = ((Number) browser.script(ROW_BOTTOM, "Wanneer")).doubleValue();
            double where = ((Number) browser.script(ROW_BOTTOM, "Waar")).doubleValue();
            assertThat(when).as("the 'Wanneer' row ends within the first screen").isBetween(1.0, (double) PHONE_HEIGHT);
            assertThat(where).as("the 'Waar' row ends within the first screen").isBetween(1.0, (double) PHONE_HEIGHT);
            assertThat(bottomOf("h1")).isLessThan(PHONE_HEIGHT);
            assertThat(bottomOf(".status-line, .notice")).as("the status in words").isBetween(1.0, (double) PHONE_HEIGHT);
        } finally {
            browser.desktop();
        }
    }

    @Test
    void aScreenshotOfAGroupPagesFirstScreenOnAPhone() {
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT, 1);
        try {
            browser.open(site.url("/roermond/groepen/rouwgroep-roermond/"));
            browser.screenshot(LayoutTest.SCREENSHOTS.resolve("group-first-screen-390x844.png"));
        } finally {
            browser.desktop();
        }
        assertThat(LayoutTest.SCREENSHOTS.resolve("group-first-screen-390x844.png")).isNotEmptyFile();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("nl.kring.quality.PageTypes#ALL")
    void everyPageHasOneSearchBoxAndOnAPhoneNoOpenMenu(PageTypes.PageType page) {
        for (int width : new int[] {PHONE_WIDTH, 1280}) {
            browser.viewport(width, PHONE_HEIGHT, 1);
            try {
                browser.open(site.url(page.path()));
                assertThat(browser.script("return [...document.querySelectorAll('input[type=search]')]"
                        + ".filter(i => i.checkVisibility()).length;")).as(width + " px: visible search boxes")
                        .isEqualTo(1L);
                assertThat(browser.script("return [...document.querySelectorAll('nav[aria-label=Hoofdmenu]')]"
                        + ".filter(n => n.checkVisibility()).length;")).as(width + " px: visible main menus")
                        .isEqualTo(width == PHONE_WIDTH ? 0L : 1L);
            } finally {
                browser.desktop();
            }
        }
    }

    @Test
    void theMenuOpensWithTheKeyboardWithoutJavaScriptAndTakesLittleRoomClosed() {
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT, 1);
        try {
            browser.open(site.url("/onderwerpen/"));
            assertThat(bottomOf(".site-header")).as("the closed header").isLessThan(170);
            // The control is a <summary>: the browser opens it, no script of the site is involved.
            assertThat(browser.script("return document.querySelector('.menu > summary').textContent.trim();"))
                    .isEqualTo("Menu");
            Actions keyboard = new Actions(browser.driver());
            for (int i = 0; i < 5 && !Boolean.TRUE.equals(browser.script(
                    "return document.activeElement.matches('.menu > summary');")); i++) {
                keyboard.sendKeys(Keys.TAB).perform();
            }
            assertThat(browser.script("return document.activeElement.matches('.menu > summary');")).isEqualTo(true);
            keyboard.sendKeys(Keys.ENTER).perform();
            assertThat(browser.script("return document.querySelector('details.menu').open;")).isEqualTo(true);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.script("return [...document.querySelectorAll('.menu-nav a')]"
                    + ".filter(a => a.checkVisibility()).map(a => a.textContent.trim());");
            assertThat(links).contains("Groepen", "Onderwerpen", "Verhalen", "Activiteiten");
            assertThat(browser.script("return document.querySelector('.menu-nav a[aria-current=page]').textContent.trim();"))
                    .isEqualTo("Onderwerpen");
            keyboard.sendKeys(Keys.TAB).perform();
            assertThat(browser.script("return document.activeElement.textContent.trim();")).isEqualTo("Groepen");
            assertThat(LayoutCheck.horizontalOverflow(browser)).isEmpty();
            assertThat(AxeCheck.violations(browser)).isEmpty();
            browser.screenshot(LayoutTest.SCREENSHOTS.resolve("menu-open-390x844.png"));
        } finally {
            browser.desktop();
        }
    }

    @Test
    void theMenuWorksWithJavaScriptSwitchedOff() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT, 1);
        try {
            browser.open(site.url("/groepen/"));
            browser.driver().findElement(By.cssSelector(".menu > summary")).click();
            assertThat(browser.driver().findElement(By.cssSelector(".menu-nav a")).isDisplayed()).isTrue();
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            browser.desktop();
        }
    }

    @Test
    void theHomePageSearchShowsItsExampleInFullNotAsACutPlaceholder() {
        browser.viewport(320, 720, 1);
        try {
            browser.open(site.url("/"));
            assertThat(browser.script("return document.querySelectorAll('input[type=search][placeholder]').length;"))
                    .isEqualTo(0L);
            assertThat(browser.script("return document.getElementById(document.getElementById('zoekterm')"
                    + ".getAttribute('aria-describedby')).textContent.trim();"))
                    .isEqualTo("Bijvoorbeeld: rouw, schulden of dementie");
        } finally {
            browser.desktop();
        }
    }

    @Test
    void longDutchWordsAreHyphenatedNotCut() {
        browser.open(site.url("/roermond/groepen/rouwgroep-roermond/"));
        assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("nl");
        assertThat(browser.script("return getComputedStyle(document.querySelector('main p')).hyphens;")).isEqualTo("auto");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.contact-box a[href^=mailto]')).hyphens;"))
                .as("an e-mail address never gets a hyphen that is not its own").isEqualTo("manual");
    }

    private static double bottomOf(String selector) {
        Object bottom = browser.script("const el = document.querySelector(arguments[0]);"
                + " return el ? el.getBoundingClientRect().bottom + window.scrollY : -1;", selector);
        return ((Number) bottom).doubleValue();
    }
}
