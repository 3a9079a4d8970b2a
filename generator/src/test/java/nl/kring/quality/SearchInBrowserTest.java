package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search as a resident uses it, in headless Chromium on the sample network (Roermond): typing in the
 * search box gives the groups one would expect at the top, facets narrow them, a search can be opened from
 * its URL, the keyboard suffices, and the script loads only when it is wanted.
 */
class SearchInBrowserTest extends InBrowser {

    @BeforeEach
    void wide() {
        browser.desktop();
    }

    @ParameterizedTest(name = "typing ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            kanker              | Lotgenotengroep Borstkanker
            rouw                | Rouwgroep Roermond
            financiele zorgen   | Schuldhulp lotgenoten 'Weer Grip'
            mantelzorg dementie | Partners van mensen met dementie
            diabetis            | Diabetes praatgroep
            online              | Jong en kanker online
            dinsdag             | Samen aan tafel
            """)
    void typingAWordPutsTheExpectedGroupOnTop(String query, String expectedFirst) {
        browser.open(site.url("/zoeken/"));
        WebElement box = browser.driver().findElement(By.id("zoekveld"));
        box.sendKeys(query);
        awaitStatusFor(query);
        assertThat(titles()).first().isEqualTo(expectedFirst);
        assertThat(browser.driver().getCurrentUrl()).as("the URL follows the search")
                .contains("?q=" + query.replace(' ', '+'));
    }

    @Test
    void aMisspelledWordIsAnsweredWithASuggestion() {
        browser.open(site.url("/zoeken/?q=diabetis"));
        assertThat(status()).contains("Bedoelde u: diabetes?");
        browser.driver().findElement(By.linkText("diabetes")).click();
        awaitStatusFor("diabetes");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/zoeken/?q=diabetes");
    }

    @Test
    void aSearchOpensFromItsUrlAndFacetsNarrowIt() {
        browser.open(site.url("/zoeken/?q=schulden"));
        assertThat(browser.driver().findElement(By.id("zoekveld")).getAttribute("value")).isEqualTo("schulden");
        assertThat(titles()).contains("Schuldhulp lotgenoten 'Weer Grip'");
        int all = titles().size();

        browser.open(site.url("/zoeken/?q=kanker"));
        List<String> everything = titles();
        WebElement online = browser.driver().findElement(By.cssSelector("input[name=vorm][value=online]"));
        online.click();
        awaitReady();
        assertThat(titles()).isNotEmpty().hasSizeLessThan(everything.size()).allMatch(t -> t.toLowerCase().contains("online"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/zoeken/?q=kanker&vorm=online");
        assertThat(all).isPositive();
    }

    @Test
    void facetsAloneBrowseAndWorkWithTheKeyboard() {
        browser.open(site.url("/zoeken/"));
        assertThat(titles()).as("an empty page lists nothing yet").isEmpty();
        WebElement summary = browser.driver().findElement(By.cssSelector(".facets-panel summary"));
        tabTo(summary);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        WebElement tuesday = browser.driver().findElement(By.cssSelector("input[name=dag][value=di]"));
        tabTo(tuesday);
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        awaitReady();
        assertThat(titles()).isNotEmpty();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/zoeken/?dag=di");
        assertThat(browser.script("return document.activeElement.getAttribute('value');"))
                .as("focus stays on the checkbox just used").isEqualTo("di");
        assertThat(status()).matches("\\d+ resultaten?");
    }

    @Test
    void theScriptLoadsOnlyWhenTheSearchIsWanted() {
        Visit home = browser.open(site.url("/roermond/"));
        assertThat(home.requests()).noneMatch(r -> r.url().contains("/search/") || r.url().matches(".*/search\\.[0-9a-f]+\\.js"));
        browser.driver().findElement(By.id("zoekterm")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.record(site.url("/roermond/"))
                .requests().stream().anyMatch(r -> r.url().endsWith("/search/index.json")));
    }

    private void tabTo(WebElement target) {
        for (int i = 0; i < 80 && !target.equals(browser.driver().switchTo().activeElement()); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement()).as("reachable with Tab").isEqualTo(target);
    }

    private void awaitStatusFor(String query) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> status().contains("‘" + query + "’") && isReady());
    }

    private void awaitReady() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> isReady());
    }

    private boolean isReady() {
        return "ready".equals(browser.script("return document.querySelector('.search-page').dataset.state;"));
    }

    private String status() {
        return String.valueOf(browser.script("return document.querySelector('.search-status').textContent;"));
    }

    @SuppressWarnings("unchecked")
    private List<String> titles() {
        return (List<String>) browser.script(
                "return [...document.querySelectorAll('.result-title a')].map(a => a.textContent);");
    }
}
