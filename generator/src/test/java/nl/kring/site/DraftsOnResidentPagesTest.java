package nl.kring.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.message.Texts;
import nl.kring.testing.TestSite;

/**
 * Drafts ({@code draft: true}) and files waiting for their {@code publishFrom} date stay off the pages issue 12
 * added as well: the printable overview per municipality, /groepen/ by municipality, the activities for one
 * audience, and the calendars (a group's agenda.ics, an activity's own agenda.ics, /activiteiten.ics).
 */
class DraftsOnResidentPagesTest {

    private static final String SCHEDULE = """
            schedule:
              rrule: FREQ=MONTHLY;BYDAY=2TU
              start: "19:30"
            """;

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", SCHEDULE));
        site.write("content/roermond/groups/concept.md", TestSite.group("Conceptgroep Roermond", "draft: true\n" + SCHEDULE));
        site.write("content/roermond/groups/later.md",
                TestSite.group("Latere groep Roermond", "publishFrom: 2027-03-01\n" + SCHEDULE));
        site.write("content/roermond/events/open.md", event("Open avond", ""));
        site.write("content/roermond/events/concept-avond.md", event("Concept avond", "draft: true\n"));
        site.write("content/roermond/events/latere-avond.md", event("Latere avond", "publishFrom: 2027-01-01\n"));
    }

    private static String event(String title, String extra) {
        return """
                ---
                title: %s
                type: information
                audience: referrers
                start: 2026-12-03T19:30
                end: "21:00"
                format: online
                %s---
                Voor huisartsen.
                """.formatted(title, extra);
    }

    @Test
    void draftsAndNotYetDueFilesAreOnNoneOfTheNewPagesAndInNoCalendar() {
        site.build();
        assertThat(site.errors(Texts.english())).isEmpty();

        Document overview = page("noord/roermond/overzicht/index.html");
        assertThat(overview.select(".overview-item h2").eachText()).singleElement().asString().startsWith("Rouwgroep Roermond");
        assertThat(overview.select(".overview-item svg.qr")).hasSize(1);

        Document groups = page("noord/groepen/index.html");
        assertThat(groups.select(".card-title").eachText()).containsExactly("Rouwgroep Roermond");

        Document referrers = page("noord/activiteiten/verwijzers/index.html");
        assertThat(referrers.select(".card-title").eachText()).containsExactly("Open avond");
        assertThat(page("noord/activiteiten/index.html").select(".card-title").eachText()).containsExactly("Open avond");

        assertThat(site.output("noord/activiteiten.ics")).contains("SUMMARY:Open avond")
                .doesNotContain("Concept avond").doesNotContain("Latere avond");
        assertThat(site.output("noord/roermond/activiteiten/open/agenda.ics")).contains("SUMMARY:Open avond");
        assertThat(site.out().resolve("noord/roermond/activiteiten/concept-avond")).doesNotExist();
        assertThat(site.out().resolve("noord/roermond/activiteiten/latere-avond")).doesNotExist();

        assertThat(site.output("noord/roermond/groepen/rouwgroep/agenda.ics")).contains("RRULE:FREQ=MONTHLY;BYDAY=2TU");
        assertThat(site.out().resolve("noord/roermond/groepen/concept")).doesNotExist();
        assertThat(site.out().resolve("noord/roermond/groepen/later")).doesNotExist();

        for (String file : new String[] {"noord/roermond/overzicht/index.html", "noord/groepen/index.html",
                "noord/activiteiten/verwijzers/index.html", "noord/roermond/index.html", "noord/sitemap.xml"}) {
            assertThat(site.output(file)).as(file).doesNotContain("Conceptgroep").doesNotContain("Latere groep")
                    .doesNotContain("Concept avond").doesNotContain("Latere avond");
        }
    }

    @Test
    void onItsPublishFromDateTheGroupJoinsTheOverviewAndGetsItsCalendar() throws Exception {
        site.write("content/roermond/groups/later.md",
                TestSite.group("Latere groep Roermond", "publishFrom: 2026-11-23\n" + SCHEDULE));
        site.build();
        assertThat(page("noord/roermond/overzicht/index.html").select(".overview-item h2").eachText())
                .anyMatch(name -> name.startsWith("Latere groep Roermond"));
        assertThat(Files.exists(site.out().resolve("noord/roermond/groepen/later/agenda.ics"))).isTrue();
        assertThat(page("noord/groepen/index.html").select(".card-title").eachText())
                .contains("Latere groep Roermond", "Rouwgroep Roermond");
    }

    private Document page(String path) {
        return Jsoup.parse(site.output(path));
    }
}
