package nl.kring.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.TestSite;

/** Builds the fixture site and looks at the pages a resident, a referrer and a crawler would get. */
class BuildTest {

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    private Document page(String path) {
        return Jsoup.parse(site.output(path));
    }

    @Test
    void buildsEveryPageOfEachRegion() {
        assertThat(site.build().succeeded()).isTrue();
        for (String path : List.of("index.html", "groepen/index.html", "onderwerpen/index.html",
                "onderwerpen/rouw/index.html", "roermond/index.html", "roermond/groepen/rouwgroep/index.html",
                "verhalen/index.html", "activiteiten/index.html", "activiteiten.ics", "over-zelfhulp/index.html",
                "zoeken/index.html", "sitemap.xml", "robots.txt", "feed.xml", "404.html")) {
            assertThat(site.out().resolve("noord").resolve(path)).as(path).isRegularFile();
        }
        assertThat(site.out().resolve("zuid/heerlen/groepen/schuldencafe/index.html")).isRegularFile();
        assertThat(site.out().resolve("zuid/roermond")).doesNotExist();
    }

    @Test
    void groupPageShowsWhatAResidentNeeds() {
        site.build();
        Document group = page("noord/roermond/groepen/rouwgroep/index.html");
        assertThat(group.select("h1").text()).isEqualTo("Rouwgroep Roermond");
        assertThat(group.select(".facts").text())
                .contains("Elke tweede dinsdag van de maand, 19.30–21.30 uur")
                .contains("Wijkcentrum De Brug").contains("6041 AB Roermond")
                .contains("Ja, ook met een rolstoel").contains("2 getrainde vrijwilligers");
        assertThat(group.select(".contact-box a[href=mailto:anna@example.org]")).hasSize(1);
        assertThat(group.select(".checked").text()).isEqualTo("Laatst gecontroleerd: 1 oktober 2026");
        assertThat(group.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://noord.example.org/roermond/groepen/rouwgroep/");
        assertThat(group.select("script[type=application/ld+json]").html()).contains("\"@type\":\"Organization\"");
    }

    @Test
    void privateAddressIsNeverPublished() {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("  accessible: true", "  accessible: true\n  private: true")
                .replace("schedule", "schedule"));
        site.build();
        String html = site.output("noord/roermond/groepen/rouwgroep/index.html");
        assertThat(html).doesNotContain("Voorbeeldstraat").doesNotContain("6041 AB").contains("adres na aanmelding");
        assertThat(site.output("noord/sitemap.xml")).contains("rouwgroep");
    }

    @Test
    void endedGroupKeepsItsPageButLeavesListsSitemapAndFeed() {
        site.write("content/roermond/groups/oud.md", TestSite.group("Oude groep", "status: ended"));
        site.build();
        Document ended = page("noord/roermond/groepen/oud/index.html");
        assertThat(ended.select(".notice-ended").text()).contains("Deze groep is gestopt");
        assertThat(ended.select(".notice-ended a").attr("href")).isEqualTo("../rouwgroep/");
        assertThat(site.output("noord/groepen/index.html")).doesNotContain("Oude groep");
        assertThat(site.output("noord/sitemap.xml")).doesNotContain("/oud/");
        assertThat(site.output("noord/feed.xml")).doesNotContain("Oude groep");
    }

    @Test
    void onlineGroupListedInAllRegionsAppearsInEach() {
        site.write("content/heerlen/groups/online.md", """
                ---
                name: Online rouwgroep
                topics: [rouw]
                summary: Online praten.
                format: online
                when: Elke woensdag, 20.00 uur
                contact:
                  name: Kim
                  url: https://example.org/aanmelden
                facilitators: 2
                regions: all
                ---
                """);
        site.build();
        assertThat(page("noord/groepen/index.html").select("a[href=../heerlen/groepen/online/]")).hasSize(1);
        Document inNoord = page("noord/heerlen/groepen/online/index.html");
        assertThat(inNoord.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://www.example.org/zuid/heerlen/groepen/online/");
        assertThat(site.output("noord/sitemap.xml")).doesNotContain("online");
    }

    @Test
    void linksAreRelativeSoASubPathSiteWorksAnywhere() {
        site.build();
        Document group = page("zuid/heerlen/groepen/schuldencafe/index.html");
        assertThat(group.select(".main-nav a").first().attr("href")).isEqualTo("../../../groepen/");
        assertThat(group.select("link[rel=stylesheet]").first().attr("href")).matches("\\.\\./\\.\\./\\.\\./assets/style\\.[0-9a-f]{10}\\.css");
        assertThat(site.output("zuid/sitemap.xml")).contains("<loc>https://www.example.org/zuid/heerlen/groepen/schuldencafe/</loc>");
        assertThat(site.output("zuid/robots.txt")).contains("Sitemap: https://www.example.org/zuid/sitemap.xml");
        assertThat(page("zuid/404.html").select(".main-nav a").first().attr("href")).isEqualTo("/zuid/groepen/");
    }

    @Test
    void markdownLinksToContentFilesBecomePageLinksAndHtmlIsEscaped() {
        site.write("content/pages/over-zelfhulp.md", """
                ---
                title: Over zelfhulp
                ---
                # Kop
                Zie de [rouwgroep](../roermond/groups/rouwgroep.md#over) en het [schuldencafé](../heerlen/groups/schuldencafe.md).
                <b onclick="alert(1)">vet</b>
                """);
        site.build();
        Document noord = page("noord/over-zelfhulp/index.html");
        assertThat(noord.select(".prose a").eachAttr("href")).containsExactly(
                "../roermond/groepen/rouwgroep/#over", "https://www.example.org/zuid/heerlen/groepen/schuldencafe/");
        assertThat(noord.select(".prose h2").text()).isEqualTo("Kop");
        assertThat(noord.select(".prose b")).isEmpty();
        assertThat(noord.select(".prose").text()).contains("<b onclick=\"alert(1)\">vet</b>");
    }

    @Test
    void calendarsFollowRfc5545() {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", """
                since: 2026-01-01
                schedule:
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                  start: "19:30"
                  end: "21:30"
                """));
        site.write("content/roermond/events/avond.md", """
                ---
                title: Informatieavond, voor huisartsen
                type: information
                audience: referrers
                start: 2026-12-03T19:30
                end: "21:00"
                format: online
                ---
                """);
        site.build();
        String group = site.output("noord/roermond/groepen/rouwgroep/agenda.ics");
        assertThat(group).contains("DTSTART;TZID=Europe/Amsterdam:20260113T193000\r\n")
                .contains("RRULE:FREQ=MONTHLY;BYDAY=2TU\r\n").contains("BEGIN:VTIMEZONE\r\n");
        String all = site.output("noord/activiteiten.ics");
        assertThat(all).contains("SUMMARY:Informatieavond\\, voor huisartsen\r\n")
                .contains("DTEND;TZID=Europe/Amsterdam:20261203T210000\r\n");
        assertThat(all.lines()).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        assertThat(page("noord/activiteiten/index.html").select("#binnenkort + ul .card-title").text())
                .isEqualTo("Informatieavond, voor huisartsen");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoInlineCode() {
        site.build();
        Document home = page("noord/index.html");
        assertThat(home.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'self'").doesNotContain("unsafe-inline");
        assertThat(home.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(home.select("[style]")).isEmpty();
        assertThat(home.select("style")).isEmpty();
        assertThat(home.select("link[rel=stylesheet][href^=http], link[rel=icon][href^=http], script[src^=http], img[src^=http]")).isEmpty();
        assertThat(site.output("noord/assets/" + site.out().resolve("noord/assets").toFile().list((d, n) -> n.startsWith("brand."))[0]))
                .contains("--brand: #1d6b57");
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        site.build(dir.resolve("a"));
        site.build(dir.resolve("b"));
        assertThat(tree(dir.resolve("a"))).isEqualTo(tree(dir.resolve("b")));
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouched() throws IOException {
        assertThat(site.build().succeeded()).isTrue();
        Map<String, String> before = tree(site.out());
        site.write("content/roermond/groups/rouwgroep.md", "---\nname: [kapot\n---\n");
        BuildResult failed = site.build();
        assertThat(failed.succeeded()).isFalse();
        assertThat(tree(site.out())).isEqualTo(before);
    }

    @Test
    void brokenLinkInOutputFailsTheBuildNamingTheContentFile() {
        site.write("content/pages/over-zelfhulp.md", "---\ntitle: Over\n---\nNaar [de groepen](/groepen/) en [nergens](/bestaat-niet/).\n");
        BuildResult result = site.build();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().getFirst().headline()).isEqualTo("content/pages/over-zelfhulp.md:1:1: error: "
                + "link '../bestaat-niet/' leads to a page that does not exist (/bestaat-niet/) (on page /over-zelfhulp/index.html)");
        assertThat(site.out()).doesNotExist();
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
