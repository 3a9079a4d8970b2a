package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.message.Texts;
import nl.kring.serve.Preview;
import nl.kring.serve.PreviewOptions;
import nl.kring.site.BuildTime;
import nl.kring.testing.TestSite;

/**
 * What only the preview shows an editor meets WCAG 2.1 AA too: a draft's page with its "Concept — niet
 * gepubliceerd" banner and the drafts' problem panel opened, served by a real {@code kring serve} (Preview) on a
 * free port and checked by axe in headless Chromium.
 */
@ExtendWith(QualitySuite.class)
class PreviewAccessibilityTest {

    static Browser browser;

    @TempDir
    Path dir;
    Preview preview;

    @BeforeAll
    static void browser(Browser shared) {
        browser = shared;
    }

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void aDraftWithItsBannerAndTheOpenProblemPanelMeetsWcag21AA() {
        TestSite site = new TestSite(dir);
        // a half-written draft: its problems (an unknown status) go to the panel, its page gets the banner
        site.write("content/roermond/groups/wandelgroep.md", TestSite.group("Wandelgroep", "draft: true\nstatus: vol"));
        preview = Preview.start(new PreviewOptions(dir, List.of(), () -> new BuildTime.Local(TestSite.NOW),
                        PreviewOptions.LOCAL_HOST, 0, DiagnosticFormat.TEXT, Texts.dutch()),
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));

        browser.desktop();
        browser.open(preview.url().resolve("/noord/roermond/groepen/wandelgroep/").toString());
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Concept — niet gepubliceerd");
        // the panel comes with the preview's first event; open it as an editor would, by its summary
        WebElement summary = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#kring-drafts summary")).stream().findFirst().orElse(null));
        summary.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                Boolean.TRUE.equals(browser.script("return document.querySelector('#kring-drafts details').open;")));
        assertThat(browser.driver().findElement(By.id("kring-drafts")).getText())
                .contains("in een concept (draft: true): 'status' moet een van");

        assertThat(AxeCheck.violations(browser)).as("axe WCAG 2.1 AA on a draft in the preview").isEmpty();
    }
}
