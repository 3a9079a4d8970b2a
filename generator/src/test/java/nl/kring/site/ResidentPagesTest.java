package nl.kring.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.message.Texts;
import nl.kring.testing.TestSite;

/**
 * What residents and referrers read around the groups: the "Hulp nodig nu?" notice (configured in
 * site-config.yml, prominent for sensitive topics), the all-groups page by municipality, how to sign
 * up, and the printable overview with its QR codes.
 */
class ResidentPagesTest {

    private static final String URGENT_HELP = """
            urgentHelp:
              lines:
                - name: 113 Zelfmoordpreventie
                  text: dag en nacht, anoniem.
                  phones: ["113", "0800-0113"]
                  url: https://www.113.nl
                - name: Uw huisarts
                  text: of de huisartsenpost.
            """;

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    @Test
    void urgentHelpMistakesAreReportedWithTheirPositions() {
        site.write("site-config.yml", site.read("site-config.yml").replace("staleAfterMonths: 12\n", """
                staleAfterMonths: 12
                urgentHelp:
                  title: Hulp nodig nu?
                  lines:
                    - name: 113 Zelfmoordpreventie
                      phones: ["113", "bel ons"]
                      url: www.113.nl
                    - name: Huisarts
                    - text: zonder naam
                      phone: "112"
                """));
        assertThat(site.errors(Texts.english())).containsExactly(
                "site-config.yml:9:23: error: 'bel ons' is not a phone number (write it like \"113\", \"0800-0113\" or \"046 123 45 67\")",
                "site-config.yml:10:12: error: 'url' must be a web address like https://www.113.nl, not 'www.113.nl'",
                "site-config.yml:11:7: error: 'Huisarts' needs a 'text', 'phones' or 'url': say how to reach it",
                "site-config.yml:12:7: error: missing required field 'name'",
                "site-config.yml:13:7: error: unknown field 'phone' (did you mean 'phones'?)");
    }

    @Test
    void urgentHelpWithoutLinesAndASensitiveFlagThatIsNoYesOrNo() {
        site.write("site-config.yml", site.read("site-config.yml").replace("staleAfterMonths: 12\n",
                "staleAfterMonths: 12\nurgentHelp:\n  title: Hulp\n"));
        site.write("content/topics.yml", site.read("content/topics.yml")
                .replace("  synonyms: [rouwverwerking, verdriet]\n", "  synonyms: [rouwverwerking, verdriet]\n  sensitive: misschien\n"));
        assertThat(site.errors(Texts.english())).containsExactly(
                "content/topics.yml:5:14: error: 'sensitive' must be true or false, not 'misschien'",
                "site-config.yml:6:3: error: missing required field 'lines': the places to turn to, each with a 'name' and a 'text', 'phones' or 'url'");
        assertThat(site.errors()).contains("site-config.yml:6:3: fout: het veld 'lines' ontbreekt; het is verplicht: "
                + "de plekken waar mensen terecht kunnen, elk met een 'name' en een 'text', 'phones' of 'url'");
    }

    @Test
    void theNoticeIsQuietOnEveryPageAndProminentForSensitiveTopicsTheirGroupsAndStories() {
        site.write("site-config.yml", site.read("site-config.yml").replace("staleAfterMonths: 12\n",
                "staleAfterMonths: 12\n" + URGENT_HELP));
        site.write("content/topics.yml", site.read("content/topics.yml")
                .replace("  synonyms: [rouwverwerking, verdriet]\n", "  synonyms: [rouwverwerking, verdriet]\n  sensitive: true\n"));
        assertThat(site.build().diagnostics()).noneMatch(d -> d.isError());

        Document home = page("noord/index.html");
        assertThat(home.select("footer .urgent-help h2").text()).isEqualTo("Hulp nodig nu?");
        assertThat(home.select("footer .urgent-help a[href=tel:113]").text()).isEqualTo("113");
        assertThat(home.select("footer .urgent-help a[href=tel:08000113]").text()).isEqualTo("0800-0113");
        assertThat(home.select("footer .urgent-help a[href=https://www.113.nl]").text()).isEqualTo("113.nl");
        assertThat(home.select(".urgent-help-prominent")).isEmpty();

        assertThat(page("noord/onderwerpen/rouw/index.html").select("main .urgent-help-prominent")).hasSize(1);
        assertThat(page("noord/roermond/groepen/rouwgroep/index.html").select("main .urgent-help-prominent")).hasSize(1);
        assertThat(page("noord/roermond/groepen/rouwgroep/index.html").select(".urgent-help"))
                .as("a page with the prominent notice does not repeat it in the footer").hasSize(1);
        assertThat(page("noord/onderwerpen/schulden/index.html").select("footer .urgent-help")).hasSize(1);
        assertThat(page("noord/onderwerpen/schulden/index.html").select(".urgent-help-prominent")).isEmpty();
        assertThat(page("zuid/heerlen/groepen/schuldencafe/index.html").select(".urgent-help-prominent")).isEmpty();
        assertThat(page("zuid/heerlen/groepen/schuldencafe/index.html").select("footer .urgent-help")).hasSize(1);
    }

    @Test
    void aRegionsOwnNoticeReplacesTheNetworks() {
        site.write("site-config.yml", site.read("site-config.yml").replace("staleAfterMonths: 12\n",
                "staleAfterMonths: 12\n" + URGENT_HELP) + """
                    urgentHelp:
                      title: Direct iemand spreken?
                      lines:
                        - name: Steunpunt Zuid
                          phones: ["045 123 45 67"]
                """);
        assertThat(site.build().diagnostics()).noneMatch(d -> d.isError());
        assertThat(page("zuid/index.html").select("footer .urgent-help h2").text()).isEqualTo("Direct iemand spreken?");
        assertThat(page("zuid/index.html").select("footer .urgent-help").text()).doesNotContain("113");
        assertThat(page("noord/index.html").select("footer .urgent-help").text()).contains("113 Zelfmoordpreventie");
    }

    @Test
    void withoutANoticeNoPageShowsOne() {
        site.build();
        assertThat(page("noord/index.html").select(".urgent-help")).isEmpty();
    }

    @Test
    void theAllGroupsPageListsEachGroupOnceUnderItsMunicipalityWithItsTopicsAsLinks() {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("topics: [rouw]", "topics: [rouw, schulden]"));
        site.build();
        Document groups = page("noord/groepen/index.html");
        assertThat(groups.select(".card-title a")).extracting(a -> a.text()).containsExactly("Rouwgroep Roermond");
        assertThat(groups.select("section h2#gemeente-roermond").text()).isEqualTo("Groepen in Roermond");
        assertThat(groups.select(".card .topic-tags a")).extracting(a -> a.text() + " " + a.attr("href"))
                .containsExactly("Rouw en verlies ../onderwerpen/rouw/", "Geldzorgen en schulden ../onderwerpen/schulden/");
        assertThat(groups.select(".toc-topics a")).extracting(a -> a.attr("href"))
                .containsExactly("../onderwerpen/rouw/", "../onderwerpen/schulden/");
    }

    @Test
    void theSignUpRowSaysHowWithTheMeansAsLinksAndALinkToTheContactBox() {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "registration: required")
                .replace("  email: anna@example.org", "  email: anna@example.org\n  phone: \"06 12345678\""));
        site.build();
        Document group = page("noord/roermond/groepen/rouwgroep/index.html");
        var row = group.select(".facts dt:containsOwn(Aanmelden) + dd").first();
        assertThat(row.text()).startsWith("Aanmelden is nodig. Bel of mail Anna: 06 12345678 of anna@example.org");
        assertThat(row.select("a")).extracting(a -> a.attr("href"))
                .containsExactly("tel:0612345678", "mailto:anna@example.org", "#contactgegevens");
        assertThat(group.select("#contactgegevens h2").text()).isEqualTo("Contact");
    }

    @Test
    void eachMunicipalityHasAPrintableOverviewWithAQrCodePerGroupLinkedFromItsPage() {
        site.build();
        Document overview = page("noord/roermond/overzicht/index.html");
        assertThat(overview.select("h1").text()).isEqualTo("Lotgenotengroepen in Roermond");
        assertThat(overview.select(".overview-item")).hasSize(1);
        assertThat(overview.select(".overview-item svg.qr[role=img]").attr("aria-label"))
                .isEqualTo("QR-code naar de pagina van Rouwgroep Roermond");
        assertThat(overview.select(".overview-address").text()).isEqualTo("noord.example.org/roermond/groepen/rouwgroep/");
        assertThat(page("noord/roermond/index.html").select("a[href=overzicht/]")).hasSize(1);
        assertThat(site.output("noord/sitemap.xml")).doesNotContain("overzicht");
    }

    @Test
    void aLocalPageMayNotTakeTheOverviewsAddress() {
        site.write("content/roermond/pages/overzicht.md", "---\ntitle: Overzicht\n---\nTekst.\n");
        assertThat(site.errors(Texts.english())).containsExactly("content/roermond/pages/overzicht.md:1:1: error: page name 'overzicht' "
                + "clashes with /roermond/overzicht/ of the municipality; rename the file");
    }

    private Document page(String path) {
        return Jsoup.parse(site.output(path));
    }
}
