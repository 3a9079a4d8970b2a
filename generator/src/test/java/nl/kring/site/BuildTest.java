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

import nl.kring.message.Texts;
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
    void aPostcodeIsShownAsPostNlWritesItHoweverItWasTyped() {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", """
                schedule:
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                  start: "19:30"
                """).replace("postcode: 6041 AB", "postcode: 6041ab"));
        site.build();
        assertThat(page("noord/roermond/groepen/rouwgroep/index.html").select(".facts").text())
                .contains("6041 AB Roermond");
        assertThat(site.output("noord/roermond/groepen/rouwgroep/agenda.ics")).contains("6041 AB Roermond")
                .doesNotContain("6041ab");
        assertThat(site.output("noord/open-data/groepen.json")).contains("\"6041 AB\"").doesNotContain("6041ab");
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
                Bel [113](tel:0800-0113) of mail [ons](mailto:info@example.org).
                <b onclick="alert(1)">vet</b>
                """);
        site.build();
        Document noord = page("noord/over-zelfhulp/index.html");
        assertThat(noord.select(".prose a").eachAttr("href")).containsExactly(
                "../roermond/groepen/rouwgroep/#over", "https://www.example.org/zuid/heerlen/groepen/schuldencafe/",
                "tel:0800-0113", "mailto:info@example.org");
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
        // the series starts at the next meeting after the build (2026-11-23), not at 'since'
        assertThat(group).contains("DTSTART;TZID=Europe/Amsterdam:20261208T193000\r\n")
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
        assertThat(home.select("script:not([type=application/ld+json]):not([src])")).as("no inline script").isEmpty();
        assertThat(home.select("script[src]")).allMatch(s -> s.attr("src").startsWith("assets/"));
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
    void oneThreadBuildsTheSameBytesAsSeveral() throws Exception {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", """
                schedule:
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                  start: "19:30"
                """));
        site.build(dir.resolve("several"));
        // parallel streams started in a pool's thread run in that pool: here every page, calendar and link
        // check of the build runs on one thread, as on a machine with one core
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        try {
            one.submit(() -> site.build(dir.resolve("one"))).get();
        } finally {
            one.shutdown();
        }
        assertThat(tree(dir.resolve("one"))).isNotEmpty().containsKey("noord/activiteiten.ics")
                .isEqualTo(tree(dir.resolve("several")));
        assertThat(tree(dir.resolve("one"))).containsKey("noord/roermond/groepen/rouwgroep/agenda.ics");
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
        assertThat(result.diagnostics().getFirst().headline(Texts.dutch())).isEqualTo("content/pages/over-zelfhulp.md:1:1: "
                + "fout: de link '../bestaat-niet/' gaat naar een pagina die niet bestaat (/bestaat-niet/) "
                + "(op de pagina /over-zelfhulp/index.html)");
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void groupDescriptionHeadingsSitUnderTheSectionHeading() {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("We praten over verlies.", "## Wat gebeurt er?\n\nWe praten.\n\n### Daarna\n\nKoffie."));
        site.build();
        Document group = page("noord/roermond/groepen/rouwgroep/index.html");
        assertThat(group.select(".prose h3").text()).isEqualTo("Wat gebeurt er?");
        assertThat(group.select(".prose h4").text()).isEqualTo("Daarna");
    }

    @Test
    void storyImageIsCopiedWithAHashedNameAndItsAltText() {
        site.writeBytes("content/roermond/stories/wandeling.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        site.write("content/roermond/stories/mijn-verhaal.md", """
                ---
                title: Mijn verhaal
                date: 2026-05-01
                topics: [rouw]
                consent: true
                group: roermond/rouwgroep
                image: wandeling.svg
                imageAlt: Twee mensen wandelen langs de Maas
                ---
                Het hielp.
                """);
        assertThat(site.build().succeeded()).isTrue();
        Document story = page("noord/roermond/verhalen/mijn-verhaal/index.html");
        assertThat(story.select("figure img").attr("alt")).isEqualTo("Twee mensen wandelen langs de Maas");
        assertThat(story.select("figure img").attr("src")).matches("\\.\\./\\.\\./\\.\\./media/wandeling\\.[0-9a-f]{10}\\.svg");
        assertThat(story.select("meta[property=og:image]").attr("content")).startsWith("https://noord.example.org/media/wandeling.");
        assertThat(story.select(".byline").text()).startsWith("Verteld door Anoniem");
        assertThat(page("noord/roermond/groepen/rouwgroep/index.html").select("#verhalen + ul a").text()).isEqualTo("Mijn verhaal");
    }

    @Test
    void aThemeExtendingDefaultOverridesOnlyWhatItHasAndTheRegionGetsItsLogo() {
        site.write("themes/anders/theme.yml", "extends: default\n");
        site.write("themes/anders/messages_nl.properties", "nav.groups=Alle groepen\n");
        site.write("themes/anders/templates/404.ftlh", "<#import \"layout.ftlh\" as layout><@layout.page><h1>Oeps</h1></@layout.page>\n");
        site.write("content/zuid-logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.write("site-config.yml", site.read("site-config.yml").replace("    municipalities: [heerlen]\n",
                "    municipalities: [heerlen]\n    theme: anders\n    brand:\n      logo: content/zuid-logo.svg\n"));
        assertThat(site.build().succeeded()).isTrue();
        assertThat(page("zuid/404.html").select("h1").text()).isEqualTo("Oeps");
        assertThat(page("zuid/index.html").select(".main-nav a").first().text()).isEqualTo("Alle groepen");
        assertThat(page("zuid/index.html").select(".brand img").attr("src")).matches("assets/logo\\.[0-9a-f]{10}\\.svg");
        assertThat(page("noord/index.html").select(".main-nav a").first().text()).isEqualTo("Groepen");
    }

    @Test
    void lastCheckedDateComesFromGitWhenTheFileHasNoUpdatedField() throws Exception {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("updated: 2026-10-01\n", ""));
        git("init", "-q");
        git("add", "-A");
        git("-c", "commit.gpgsign=false", "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "content");
        assertThat(site.problems()).containsExactly("content/roermond/groups/rouwgroep.md:2:1: waarschuwing: de "
                + "gegevens van de groep zijn misschien verouderd: de laatste wijziging was op 2025-03-14, meer dan "
                + "12 maanden geleden; controleer ze met de contactpersoon");
        site.build();
        assertThat(page("noord/roermond/groepen/rouwgroep/index.html").select(".checked").text())
                .isEqualTo("Laatst gecontroleerd: 14 maart 2025");
    }

    private void git(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        builder.environment().put("GIT_COMMITTER_DATE", "2025-03-14T10:00:00+01:00");
        builder.environment().put("GIT_AUTHOR_DATE", "2025-03-14T10:00:00+01:00");
        assertThat(builder.start().waitFor()).isZero();
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
