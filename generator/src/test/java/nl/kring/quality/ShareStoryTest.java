package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Deel dit verhaal" on a story page: plain links that ask no other site anything until a reader
 * clicks, and a copy button that the site's own script adds where the browser can copy.
 */
class ShareStoryTest extends InBrowser {

    static final String STORY = "/roermond/verhalen/eindelijk-mensen-die-het-snappen/";
    static final String ADDRESS = "https://zelfregie-roermond.example.org" + STORY;

    @Test
    void theShareLinksCarryTheStorysAddressAndMakeNoRequestUntilClicked() {
        Visit visit = browser.open(site.url(STORY));
        assertThat(PrivacyCheck.problems(browser, visit, site.server("roermond").origin())).isEmpty();
        assertThat(browser.script("return document.querySelector('.share h2').textContent;")).isEqualTo("Deel dit verhaal");
        String mail = (String) browser.script("return document.querySelector('.share a[href^=mailto]').getAttribute('href');");
        assertThat(mail).startsWith("mailto:?subject=Eindelijk%20mensen%20die%20het%20snappen&body=")
                .endsWith("%20" + ADDRESS.replace(":", "%3A").replace("/", "%2F"));
        String whatsapp = (String) browser.script("return document.querySelector('.share a[href*=\"wa.me\"]').href;");
        assertThat(whatsapp).startsWith("https://wa.me/?text=");
        assertThat(browser.script("return document.querySelector('.share-url').textContent;")).isEqualTo(ADDRESS);
    }

    @Test
    void theCopyButtonCopiesTheAddressAndSaysSo() {
        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
                java.util.List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.open(site.url(STORY));
        assertThat(browser.driver().findElement(By.cssSelector(".share button")).isDisplayed()).isTrue();
        browser.driver().findElement(By.cssSelector(".share button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(d -> !((String) browser.script("return document.querySelector('.share-status').textContent;")).isEmpty());
        assertThat(browser.script("return document.querySelector('.share-status').textContent;"))
                .isEqualTo("De link is gekopieerd. U kunt hem nu plakken in een bericht.");
        Object copied = browser.driver().executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('error: ' + e));");
        assertThat(copied).isEqualTo(ADDRESS);
    }

    @Test
    void withoutJavaScriptTheButtonStaysHiddenAndTheLinksRemain() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open(site.url(STORY));
            assertThat(browser.driver().findElement(By.cssSelector(".share button")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElement(By.cssSelector(".share a[href^=mailto]")).isDisplayed()).isTrue();
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
