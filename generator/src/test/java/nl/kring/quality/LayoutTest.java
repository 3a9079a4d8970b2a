package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Pages fit a 320 px phone and a 1280 px screen without sideways scrolling, reflow at 200% zoom
 * (WCAG 1.4.10) and print on A4 without menus. Screenshots of the main kinds of page at both
 * widths go to {@code target/screenshots/} for a person to review.
 */
class LayoutTest extends InBrowser {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @ParameterizedTest(name = "{0}")
    @FieldSource("nl.kring.quality.PageTypes#ALL")
    void noPageScrollsSidewaysOnAPhoneAScreenOrAt200PercentZoom(PageTypes.PageType page) {
        browser.open(site.url(page.path()));
        try {
            browser.viewport(320, 720, 1);
            assertThat(LayoutCheck.horizontalOverflow(browser)).as("320 px").isEmpty();
            browser.viewport(1280, 900, 1);
            assertThat(LayoutCheck.horizontalOverflow(browser)).as("1280 px").isEmpty();
            // A 1280 px window zoomed to 200% lays the page out in 640 CSS pixels at twice the density.
            browser.viewport(640, 450, 2);
            assertThat(LayoutCheck.horizontalOverflow(browser)).as("1280 px at 200%").isEmpty();
        } finally {
            browser.desktop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("nl.kring.quality.PageTypes#SCREENSHOTS")
    void screenshotsOfTheMainPagesAtBothWidths(PageTypes.PageType page) {
        String name = page.name().replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
        browser.open(site.url(page.path()));
        try {
            fullPageScreenshot(320, name + "-320.png");
            fullPageScreenshot(1280, name + "-1280.png");
        } finally {
            browser.desktop();
        }
        assertThat(SCREENSHOTS.resolve(name + "-320.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve(name + "-1280.png")).isNotEmptyFile();
    }

    /** The whole page at the given width (up to 6000 px tall), as a reviewer scrolls through it. */
    private static void fullPageScreenshot(int width, String file) {
        browser.viewport(width, 900, 1);
        long height = Math.min(6000, ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue());
        browser.viewport(width, (int) height, 1);
        browser.screenshot(SCREENSHOTS.resolve(file));
    }

    @Test
    void aGroupPagePrintsOnA4WithoutNavigation() {
        browser.open(site.url("/roermond/groepen/rouwgroep-roermond/"));
        assertThat(PrintCheck.problems(browser)).isEmpty();
        int pages = PrintCheck.pageCount(browser.printA4());
        assertThat(pages).as("A4 pages of a group").isBetween(1, 3);
    }

    @Test
    void theTopicListPrintsOnA4WithoutNavigation() {
        browser.open(site.url("/onderwerpen/"));
        assertThat(PrintCheck.problems(browser)).isEmpty();
        assertThat(PrintCheck.pageCount(browser.printA4())).as("A4 pages of the topic list").isBetween(1, 4);
    }

    @Test
    void theLayoutCheckReportsAnElementWiderThanTheScreen() {
        browser.open(faulty.url("overflow.html"));
        try {
            browser.viewport(320, 720, 1);
            assertThat(LayoutCheck.horizontalOverflow(browser)).anyMatch(o -> o.contains("class=\"breed\""));
        } finally {
            browser.desktop();
        }
    }

    @Test
    void thePrintCheckReportsAMenuOnPaper() {
        browser.open(faulty.url("print-chrome.html"));
        assertThat(PrintCheck.problems(browser)).anyMatch(p -> p.startsWith("printed navigation: <nav"));
    }
}
