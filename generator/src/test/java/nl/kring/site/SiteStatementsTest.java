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
 * What a region's site says about itself, from site-config.yml: its security.txt (RFC 9116) and its accessibility
 * statement, with their documented defaults, and every mistake in their settings reported at its place.
 */
class SiteStatementsTest {

    @TempDir
    Path dir;
    TestSite site;
    String config;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
        config = site.read("site-config.yml");
    }

    @Test
    void securityTxtByDefaultNamesTheRegionsContactAndExpiresWithinAYearOfTheBuild() {
        site.build();
        assertThat(site.errors(Texts.english())).isEmpty();
        // built 2026-11-23 12:00 in Amsterdam: expires at the start of 2027-11-22 there, 23:00 UTC the day before
        assertThat(site.output("noord/.well-known/security.txt")).isEqualTo("""
                Contact: mailto:info@noord.example.org
                Expires: 2027-11-21T23:00:00Z
                Preferred-Languages: nl, en
                Canonical: https://noord.example.org/.well-known/security.txt
                """);
    }

    @Test
    void securityTxtFollowsSiteConfigAndARegionUnderASubPathPointsAtItsHostsRoot() {
        site.write("site-config.yml", config.replace("regions:\n", """
                securityTxt:
                  contact: https://www.example.org/beveiliging
                  expires: 2027-06-01
                regions:
                """).replace("    municipalities: [heerlen]\n", """
                    municipalities: [heerlen]
                    securityTxt:
                      contact: security@example.org
                """));
        site.build();
        assertThat(site.errors(Texts.english())).isEmpty();
        assertThat(site.output("noord/.well-known/security.txt"))
                .startsWith("Contact: https://www.example.org/beveiliging\nExpires: 2027-05-31T22:00:00Z\n");
        assertThat(site.output("zuid/.well-known/security.txt")).isEqualTo("""
                Contact: mailto:security@example.org
                Expires: 2027-11-21T23:00:00Z
                Preferred-Languages: nl, en
                Canonical: https://www.example.org/.well-known/security.txt
                """);
    }

    @Test
    void aRegionWithoutAnyContactGetsNoSecurityTxt() {
        site.build();
        // zuid has no contact in the fixture and no securityTxt: a file without Contact would be invalid
        assertThat(site.out().resolve("zuid/.well-known/security.txt")).doesNotExist();
    }

    @Test
    void mistakesInTheStatementsSettingsAreReportedAtTheirPlaceAllAtOnce() {
        site.write("site-config.yml", config.replace("regions:\n", """
                securityTxt:
                  contact: http://www.example.org/beveiliging
                  expires: 2026-11-01
                accessibility:
                  status: B
                regions:
                """).replace("    municipalities: [heerlen]\n", """
                    municipalities: [heerlen]
                    securityTxt:
                      contact: beveiliging
                      expires: 2028-01-01
                    accessibility:
                      status: A
                      audit:
                        date: 2022-05-01
                        url: rapport.pdf
                      contact:
                        email: geen-adres
                """));
        assertThat(site.errors(Texts.english())).containsExactly(
                "site-config.yml:6:12: error: 'contact' must be an e-mail address (like security@example.org or "
                        + "mailto:security@example.org) or an https address, not 'http://www.example.org/beveiliging'",
                "site-config.yml:7:12: error: 'expires' (2026-11-01) is not after the build date (2026-11-23): an expired "
                        + "security.txt does not count; choose a date within a year, or leave the field out (then the "
                        + "file expires a year after every build)",
                "site-config.yml:9:11: error: status B needs an expert audit: add 'audit' with the report's 'date' and "
                        + "'url', or choose status C (automated checks alone show no more)",
                "site-config.yml:25:16: error: 'contact' must be an e-mail address (like security@example.org or "
                        + "mailto:security@example.org) or an https address, not 'beveiliging'",
                "site-config.yml:26:16: error: 'expires' (2028-01-01) is more than a year after the build date: RFC 9116 "
                        + "asks for 2027-11-23 at the latest; leave the field out and Kring chooses the date",
                "site-config.yml:30:15: error: the audit of 2022-05-01 is more than three years old: status A needs a "
                        + "younger one; have the site audited again or choose status C",
                "site-config.yml:31:14: error: 'url' must be the web address of the audit report, like "
                        + "https://www.example.org/report.pdf, not 'rapport.pdf'",
                "site-config.yml:33:16: error: 'geen-adres' is not an e-mail address");
    }

    @Test
    void kringCheckReportsThemInDutchWithExitCode1() {
        site.write("site-config.yml", config.replace("regions:\n", """
                securityTxt:
                  expires: 2026-11-23
                openData:
                  licence: vrij
                regions:
                """));
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        assertThat(nl.kring.testing.KringCli.run(out, err, "check", "--root", dir.toString(), "--now", "2026-11-23T12:00"))
                .isEqualTo(1);
        assertThat(err.toString())
                .contains("site-config.yml:6:12: fout: 'expires' (2026-11-23) ligt niet na de bouwdatum (2026-11-23)")
                .contains("site-config.yml:8:12: fout: 'licence' moet een SPDX-licentiecode zijn")
                .doesNotContain("Exception");
    }

    @Test
    void theAccessibilityStatementClaimsStatusCWithTheChecksAndTheBuildDateByDefault() {
        site.build();
        Document page = page("noord/toegankelijkheid/index.html");
        assertThat(page.select("h1").text()).isEqualTo("Toegankelijkheidsverklaring");
        String text = page.select("main").text();
        assertThat(text).contains("Status: C – eerste maatregelen genomen")
                .contains("De laatste automatische controle was op 23 november 2026")
                .contains("axe-core", "WCAG 2.0 en 2.1 op niveau A en AA", "Nu Html Checker", "Tab-toets",
                        "200% vergroting", "320 pixels")
                .contains("Een onderzoek door een onafhankelijke deskundige is nog niet gedaan")
                .doesNotContain("voldoet volledig").doesNotContain("voldoet gedeeltelijk");
        // the contact for problems is the region's by default
        assertThat(page.select("#probleem-melden + p + ul a").eachAttr("href")).containsExactly("mailto:info@noord.example.org");
        // no content page in the fixture: Kring still publishes the statement, and every footer links to it
        assertThat(page("noord/index.html").select("footer a:contains(Toegankelijkheidsverklaring)").attr("href"))
                .isEqualTo("toegankelijkheid/");
        assertThat(page("zuid/index.html").select("footer a:contains(Toegankelijkheidsverklaring)").attr("href"))
                .isEqualTo("toegankelijkheid/");
    }

    @Test
    void statusAndContactComeFromSiteConfigAndTheNetworksOwnWordsFromTheContentPage() {
        site.write("site-config.yml", config.replace("regions:\n", """
                accessibility:
                  status: B
                  audit:
                    date: 2026-03-15
                    url: https://www.example.org/onderzoek-2026.pdf
                  contact:
                    email: toegankelijkheid@example.org
                    phone: "046 123 45 67"
                regions:
                """));
        site.write("content/pages/toegankelijkheid.md", """
                ---
                title: Toegankelijkheidsverklaring
                summary: Hoe toegankelijk deze website is.
                ---
                ## Wat nog niet goed gaat

                - Sommige teksten zijn nog te moeilijk.
                """);
        site.build();
        assertThat(site.errors(Texts.english())).isEmpty();
        Document page = page("zuid/toegankelijkheid/index.html");
        String text = page.select("main").text();
        assertThat(text).contains("Status: B – voldoet gedeeltelijk")
                .contains("De status is gebaseerd op een onderzoek door een deskundige van 15 maart 2026.")
                .contains("Sommige teksten zijn nog te moeilijk.")
                .doesNotContain("nog niet gedaan");
        assertThat(page.select("main h2").eachText()).containsSubsequence("Nalevingsstatus", "Automatische controles",
                "Wat nog niet goed gaat", "Een probleem melden", "Niet tevreden?", "Over deze verklaring");
        assertThat(page.select("main a").eachAttr("href")).contains("https://www.example.org/onderzoek-2026.pdf",
                "mailto:toegankelijkheid@example.org", "tel:0461234567");
        // the content page is the statement, not a second footer link beside it
        assertThat(page("zuid/index.html").select("footer a:contains(Toegankelijkheidsverklaring)")).hasSize(1);
    }

    private Document page(String path) {
        return Jsoup.parse(site.output(path));
    }
}
