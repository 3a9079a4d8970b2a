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
            dinsdag             | Herstelgroep depressie
            praatgroepje        | Diabetes praatgroep
            wandelgroepje       | Eenzaamheid: samen wandelen
            burnout             | Burn-out herstelcirkel
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

    /** What the resident tries: a clear Dutch message or the best results, no console error, no hang. */
    @ParameterizedTest(name = "bad input {0}")
    @CsvSource(delimiter = '|', textBlock = """
            only stop words | de%20het%20een%20van                        | Zoek op een woord
            punctuation     | %3F%21...%2C%3B%20-%20%22%22                 | Zoek op een woord
            emoji           | %F0%9F%98%80%F0%9F%99%8F%E2%9D%A4%EF%B8%8F   | Zoek op een woord
            NUL             | %00                                          | Zoek op een woord
            HTML            | %3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cb%3Erouw%3C%2Fb%3E | resultaten voor
            filler only     | ik%20zoek%20een%20groep                      | resultaten voor
            """)
    void badInputGetsAClearMessageOrTheBestResults(String what, String query, String expected) {
        Visit visit = browser.open(site.url("/zoeken/?q=" + query));
        assertThat(browser.script("return document.querySelector('.search-page').dataset.state;")).isEqualTo("ready");
        assertThat(status()).as(what).contains(expected);
        assertThat(visit.console()).as("console of %s", what).isEmpty();
        assertThat(visit.dialogs()).as("dialogs of %s", what).isEmpty();
        assertThat(browser.script("return document.querySelectorAll('.search-results script, .search-results b').length;"))
                .as("nothing typed is parsed as HTML").isEqualTo(0L);
    }

    @Test
    void aLongPasteAnswersAtOnceWithTheBestResults() {
        String paste = ("Mijn man is vorig jaar overleden en sindsdien voel ik me vaak alleen. Ik zoek een groep waar "
                + "ik met mensen kan praten die hetzelfde hebben meegemaakt, het liefst op dinsdag in Roermond. ")
                .repeat(12).substring(0, 2000);
        Visit visit = browser.open(site.url("/zoeken/?q=" + java.net.URLEncoder.encode(paste,
                java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(browser.script("return document.querySelector('.search-page').dataset.state;")).isEqualTo("ready");
        assertThat(status()).contains("resultaten voor");
        assertThat(titles()).isNotEmpty();
        assertThat(visit.console()).isEmpty();
    }

    @Test
    void sentenceQueriesPutTheGroupsOfTheirSubjectOnTopThenSomeWordsUnderANote() {
        browser.open(site.url("/zoeken/?q=mijn+man+is+overleden"));
        // "overleden" names the topic rouw: its three groups lead, whichever words of the sentence they have
        assertThat(titles().subList(0, 3)).containsExactlyInAnyOrder("Jong weduwe of weduwnaar",
                "Rouwgroep Roermond", "Rouw na zelfdoding");
        assertThat(titles()).contains("Eindelijk mensen die het snappen");   // the widow's story follows
        assertThat(String.valueOf(browser.script("return document.querySelector('.result-note').textContent;")))
                .contains("deel van de woorden");
        assertThat(browser.script("return document.querySelectorAll('.search-results ol').length;")).isEqualTo(2L);

        browser.open(site.url("/zoeken/?q=ik+voel+me+alleen"));
        assertThat(titles().subList(0, 2)).containsExactlyInAnyOrder("Samen aan tafel", "Eenzaamheid: samen wandelen");
        browser.open(site.url("/zoeken/?q=dinsdag"));
        assertThat(titles().getFirst()).isNotEqualTo("Samen aan tafel");   // it only says "meld je uiterlijk dinsdag aan"
    }

    @Test
    void aDutchWordThatIsNotInTheTextsGetsNoSuggestion() {
        browser.open(site.url("/zoeken/?q=dood"));
        assertThat(status()).doesNotContain("Bedoelde u");
        assertThat(titles()).first().isEqualTo("Rouwgroep Roermond");
        browser.open(site.url("/zoeken/?q=fiets"));
        assertThat(status()).contains("Geen resultaten").doesNotContain("Bedoelde u");
    }

    @Test
    void aSearchThatFindsNothingSaysWhoThinksAlongInsteadOfLeavingAnEmptyPage() {
        // someone looking for a group the network does not have (yet) gets a next step, not a blank screen
        browser.open(site.url("/zoeken/?q=anorexia"));
        WebElement none = browser.driver().findElement(By.cssSelector(".search-none"));
        assertThat(none.isDisplayed()).isTrue();
        assertThat(none.getText()).contains("Niets gevonden?", "Zelfregienetwerk Roermond denkt graag met u mee");
        assertThat(none.findElement(By.cssSelector("a[href='tel:0475123456']")).getText()).isEqualTo("0475 123 456");
        assertThat(none.findElement(By.cssSelector("a[href='mailto:info@zelfregie-roermond.example.org']"))
                .isDisplayed()).isTrue();
        assertThat(status()).as("the status a screen reader announces")
                .isEqualTo("Geen resultaten voor ‘anorexia’. Hieronder leest u wie met u meedenkt.");
        assertThat(browser.driver().findElement(By.cssSelector(".search-layout")).getRect().getHeight())
                .as("no empty results area between the help and the topics below it").isLessThan(50);
        none.findElement(By.linkText("Bekijk alle onderwerpen en gemeenten")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#op-onderwerp");
        // typing on until something is found takes the help away again
        retype("diabetes");
        assertThat(none.isDisplayed()).isFalse();
        assertThat(status()).doesNotContain("meedenkt");
        assertThat(titles()).first().isEqualTo("Diabetes praatgroep");
        // words that say nothing about a group get their own hint, not this help
        browser.open(site.url("/zoeken/?q=de+het+een"));
        assertThat(browser.driver().findElement(By.cssSelector(".search-none")).isDisplayed()).isFalse();
    }

    @Test
    void theMatchedPieceOfACompoundIsMarked() {
        browser.open(site.url("/zoeken/?q=kanker"));
        @SuppressWarnings("unchecked")
        List<String> marks = (List<String>) browser.script(
                "return [...document.querySelectorAll('.result-snippet mark')].map(m => m.textContent.toLowerCase());");
        assertThat(marks).contains("kanker");
        assertThat(firstSnippet()).contains("borst<mark>kanker</mark>");
        browser.open(site.url("/zoeken/?q=rouw"));
        assertThat(titles()).doesNotContain("Lotgenotengroep Borstkanker");
        assertThat(String.valueOf(browser.script("return document.querySelector('.search-results').innerHTML;")))
                .as("no look-alike in vrouwen").doesNotContain("v<mark>rouw</mark>");
        browser.open(site.url("/zoeken/?q=prostaat"));
        assertThat(titles()).first().isEqualTo("Mannengroep prostaatkanker");
        // "burnout" found the text's "burn-out" through the joined word the index holds: marked whole
        browser.open(site.url("/zoeken/?q=burnout"));
        assertThat(firstSnippet()).containsIgnoringCase("<mark>burn-out</mark>");
        // "longcovid" found the text's "Long covid" through the joined word the index holds: first, marked whole
        browser.open(site.url("/zoeken/?q=longcovid"));
        assertThat(titles()).first().isEqualTo("Long covid en vermoeidheid");
        assertThat(firstSnippet()).containsIgnoringCase("<mark>long covid</mark>");
    }

    @Test
    void aSearchAboutSuicideOrASensitiveTopicShowsWhereToGetHelpAboveTheResults() {
        // someone in crisis may type it into the search box: 113 first, not only a group for the bereaved
        browser.open(site.url("/zoeken/?q=zelfmoordgedachten"));
        WebElement help = browser.driver().findElement(By.cssSelector(".search-urgent"));
        assertThat(help.isDisplayed()).isTrue();
        assertThat(help.getText()).contains("Hulp nodig nu?", "113 Zelfmoordpreventie");
        assertThat(help.findElement(By.cssSelector("a[href='tel:113']")).isDisplayed()).isTrue();
        assertThat(help.getRect().getY()).as("above the results")
                .isLessThan(browser.driver().findElement(By.cssSelector(".search-results")).getRect().getY());
        assertThat(status()).as("the status a screen reader announces")
                .startsWith("Hulp nodig nu? Boven de resultaten");
        // a topic marked sensitive, by a synonym (depressief → Psychische klachten), typed
        retype("depressief");
        assertThat(help.isDisplayed()).isTrue();
        assertThat(titles()).contains("Herstelgroep depressie");
        // a phrase, without accents or capitals as typed in a hurry
        browser.open(site.url("/zoeken/?q=Ik+wil+niet+meer+leven"));
        assertThat(browser.driver().findElement(By.cssSelector(".search-urgent")).isDisplayed()).isTrue();
        // other subjects keep the quiet notice in the footer only
        browser.open(site.url("/zoeken/?q=diabetes"));
        assertThat(browser.driver().findElement(By.cssSelector(".search-urgent")).isDisplayed()).isFalse();
        assertThat(status()).doesNotContain("Hulp nodig nu");
        assertThat(browser.driver().findElement(By.id("hulp-nu-footer")).isDisplayed()).isTrue();
    }

    private void tabTo(WebElement target) {
        for (int i = 0; i < 80 && !target.equals(browser.driver().switchTo().activeElement()); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement()).as("reachable with Tab").isEqualTo(target);
    }

    /** Replaces what the search box holds by {@code query}, typed, and waits for its results. */
    private void retype(String query) {
        WebElement box = browser.driver().findElement(By.id("zoekveld"));
        box.clear();
        box.sendKeys(query);
        awaitStatusFor(query);
    }

    private String firstSnippet() {
        return String.valueOf(browser.script("return document.querySelector('.result-snippet').innerHTML;"));
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
