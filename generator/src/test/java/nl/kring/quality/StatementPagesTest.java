package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample network publishes an accessibility statement (in the Dutch government's format) and a
 * privacy statement, and every page of every region links to both from its footer.
 */
@ExtendWith(QualitySuite.class)
class StatementPagesTest {

    static SampleSite site;

    @BeforeAll
    static void build(SampleSite sample) {
        site = sample;
    }

    @Test
    void everyPageLinksToBothStatementsFromItsFooter() throws IOException {
        for (Path file : site.files(".html")) {
            if (file.toString().contains("/insluiten/")) {
                continue; // pages made for another site's iframe have no footer: the framing site's own statement applies
            }
            Document page = Jsoup.parse(Files.readString(file));
            assertThat(page.select("footer a").eachText()).as(file.toString())
                    .contains("Toegankelijkheidsverklaring", "Privacyverklaring");
            URI here = URI.create("http://site/" + SampleSite.OUT.relativize(file).toString().replace('\\', '/'));
            assertThat(here.resolve(page.select("footer a:contains(Toegankelijkheidsverklaring)").attr("href")).getPath())
                    .as(file.toString()).endsWith("/toegankelijkheid/");
            assertThat(here.resolve(page.select("footer a:contains(Privacyverklaring)").attr("href")).getPath())
                    .as(file.toString()).endsWith("/privacy/");
        }
    }

    @Test
    void theAccessibilityStatementFollowsTheGovernmentModel() throws IOException {
        for (String region : site.regions()) {
            Document page = Jsoup.parse(Files.readString(SampleSite.OUT.resolve(region).resolve("toegankelijkheid/index.html")));
            assertThat(page.select("h1").text()).isEqualTo("Toegankelijkheidsverklaring");
            assertThat(page.select("main h2").eachText()).containsSubsequence("Nalevingsstatus", "Automatische controles",
                    "Wat nog niet goed gaat", "Een probleem melden", "Niet tevreden?", "Over deze verklaring");
            // the sample configures no audit: automated checks support status C and no more
            assertThat(page.select("main").text()).contains("WCAG 2.1 op niveau A en AA").contains("EN 301 549")
                    .contains("Status: C – eerste maatregelen genomen").contains("Nationale ombudsman")
                    .contains("De laatste automatische controle was op 23 november 2026")
                    .doesNotContain("voldoet volledig").doesNotContain("voldoet gedeeltelijk");
        }
    }

    /**
     * The statement lists exactly the checks the quality suite runs: the axe tags {@link AxeCheck} uses, the Nu
     * checker, the keyboard walk, the widths and the zoom of {@link LayoutTest}; each claim names what a test checks.
     */
    @Test
    void theStatementListsTheChecksThisSuiteRuns() throws IOException {
        Document page = Jsoup.parse(Files.readString(SampleSite.OUT.resolve("roermond/toegankelijkheid/index.html")));
        String checks = page.select("#controles ~ ul").first().text();
        assertThat(AxeCheck.WCAG_21_AA).containsExactly("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
        assertThat(checks).contains("axe-core: alle regels van WCAG 2.0 en 2.1 op niveau A en AA")
                .contains("lichte als bij donkere weergave")
                .contains("Nu Html Checker").contains("Tab-toets").contains("direct naar de inhoud")
                .contains("320 pixels breed").contains("200% vergroting").contains("A4");
        assertThat(page.select("main").text()).contains("Een computer kan niet alles controleren");
    }

    @Test
    void thePrivacyStatementSaysWhatIsKeptAndForHowLong() throws IOException {
        Document page = Jsoup.parse(Files.readString(SampleSite.OUT.resolve("roermond/privacy/index.html")));
        assertThat(page.select("h1").text()).isEqualTo("Privacyverklaring");
        assertThat(page.select("main h2").eachText()).contains("Wie is verantwoordelijk?", "Geen cookies, geen tracking",
                "Hoe lang bewaren we gegevens?", "Uw rechten", "Klacht");
        assertThat(page.select("main table tr")).hasSizeGreaterThan(3);
    }
}
