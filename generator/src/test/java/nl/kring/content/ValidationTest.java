package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.message.Texts;
import nl.kring.testing.TestSite;

/**
 * Every content mistake an editor can make, one fixture each: the exact message and the position,
 * counted from the top of the file (not of the front-matter block). The messages are checked in English
 * (--lang en) here, every one of them; {@link DutchMessagesTest} checks the Dutch that editors read by default.
 */
class ValidationTest {

    private static final Texts ENGLISH = Texts.english();

    private static final String GROUP = "content/roermond/groups/rouwgroep.md";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    @Test
    void theFixtureSiteIsValid() {
        assertThat(site.errors(ENGLISH)).isEmpty();
    }

    @Test
    void yamlSyntaxErrorIsReportedAtItsFileLine() {
        site.write(GROUP, TestSite.group("Rouwgroep", "audience: Voor: iedereen"));
        assertThat(site.errors(ENGLISH)).containsExactly(GROUP + ":17:15: error: text with ': ' in it must be in quotes: "
                + "write audience: \"Voor: iedereen\"");
    }

    @Test
    void missingRequiredFieldPointsAtTheFrontMatter() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("when: Elke tweede dinsdag van de maand, 19.30–21.30 uur\n", ""));
        assertThat(site.errors(ENGLISH)).containsExactly(GROUP + ":2:1: error: missing required field 'when'");
    }

    @Test
    void requiredFieldThatIsEmptyOrAList() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("summary: Een groep voor wie rouwt.", "summary:")
                .replace("name: Rouwgroep", "name: [Rouwgroep]"));
        assertThat(site.errors(ENGLISH)).containsExactly(
                GROUP + ":2:7: error: 'name' must be text, not a list",
                GROUP + ":4:1: error: field 'summary' is empty");
    }

    @Test
    void unknownFieldSuggestsTheRightName() {
        site.write(GROUP, TestSite.group("Rouwgroep", "facilitator: 2"));
        assertThat(site.errors(ENGLISH)).containsExactly(
                GROUP + ":17:1: error: unknown field 'facilitator' (did you mean 'facilitators'?)");
    }

    @Test
    void valueOutsideTheAllowedSetSuggestsTheClosest() {
        site.write(GROUP, TestSite.group("Rouwgroep", "status: activ"));
        assertThat(site.errors(ENGLISH)).containsExactly(GROUP + ":17:9: error: 'status' must be one of "
                + "active, starting, full, paused or ended, not 'activ' (did you mean 'active'?)");
    }

    @Test
    void unknownTopic() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("topics: [rouw]", "topics: [rouw, rouwe, dementie]"));
        assertThat(site.errors(ENGLISH)).containsExactly(
                GROUP + ":3:16: error: unknown topic 'rouwe' (did you mean 'rouw'?); topics are listed in content/topics.yml",
                GROUP + ":3:23: error: unknown topic 'dementie'; topics are listed in content/topics.yml");
    }

    @Test
    void unknownRegion() {
        site.write(GROUP, TestSite.group("Rouwgroep", "regions: [zud]"));
        assertThat(site.errors(ENGLISH)).containsExactly(GROUP
                + ":17:11: error: unknown region 'zud' (did you mean 'zuid'?); regions are defined in site-config.yml");
    }

    @Test
    void datesAndTimesThatDoNotExist() {
        site.write(GROUP, TestSite.group("Rouwgroep", """
                since: 2026-02-30
                schedule:
                  days: [tuesday]
                  start: "25:00"
                """));
        assertThat(site.errors(ENGLISH)).containsExactly(
                GROUP + ":17:8: error: 'since' is a date that does not exist: 2026-02-30",
                GROUP + ":20:10: error: 'schedule.start' is a time that does not exist: 25:00");
    }

    @Test
    void scheduleEndBeforeStartAndBadRule() {
        site.write(GROUP, TestSite.group("Rouwgroep", """
                schedule:
                  start: "21:30"
                  end: "19:30"
                  rrule: FREQ=SOMETIMES
                """));
        assertThat(site.errors(ENGLISH)).containsExactly(
                GROUP + ":19:8: error: 'end' (19:30) must be after 'start' (21:30)",
                GROUP + ":20:10: error: 'rrule' is not a valid RFC 5545 rule: FREQ must be DAILY, WEEKLY, "
                        + "MONTHLY or YEARLY (example: FREQ=MONTHLY;BYDAY=2TU)");
    }

    @Test
    void contactFormats() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("email: anna@example.org",
                "email: anna@example\n  phone: \"06-1234\"\n  url: www.example.org"));
        assertThat(site.errors(ENGLISH)).containsExactly(
                GROUP + ":14:10: error: 'anna@example' is not an e-mail address",
                GROUP + ":15:10: error: '06-1234' has 6 digits; a Dutch phone number has 10 (with its leading 0, like "
                        + "06 12345678 or 043 123 45 67): check the number",
                GROUP + ":16:8: error: 'www.example.org' is not a web address starting with https:// "
                        + "(did you mean 'https://www.example.org'?)");
    }

    @Test
    void contactNeedsAWayToReachSomeone() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("  email: anna@example.org\n", ""));
        assertThat(site.errors(ENGLISH)).containsExactly(
                GROUP + ":13:3: error: 'contact' needs at least one of email, phone or url");
    }

    @Test
    void summaryLength() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("summary: Een groep voor wie rouwt.",
                "summary: " + "a".repeat(201)));
        assertThat(site.errors(ENGLISH)).containsExactly(
                GROUP + ":4:10: error: 'summary' is 201 characters long; keep it to 200 at most");
    }

    @Test
    void locationIsRequiredUnlessOnline() {
        String noLocation = TestSite.group("Rouwgroep", "").replaceAll("(?s)location:.*?accessible: true\n", "");
        site.write(GROUP, noLocation);
        assertThat(site.errors(ENGLISH)).containsExactly(
                GROUP + ":2:1: error: missing required field 'location' (needed unless format is online)");
        site.write(GROUP, noLocation.replace("---\nWe", "format: online\n---\nWe"));
        assertThat(site.errors(ENGLISH)).isEmpty();
    }

    @Test
    void yamlPitfallsStayText() {
        site.write(GROUP, TestSite.group("Rouwgroep", "cost: no").replace("when: Elke tweede dinsdag van de maand, 19.30–21.30 uur",
                "when: 19:30").replace("email: anna@example.org", "phone: 0612345670"));
        assertThat(site.errors(ENGLISH)).isEmpty();
        site.build();
        String page = site.output("noord/roermond/groepen/rouwgroep/index.html");
        assertThat(page).contains("<dd>no</dd>").contains(">19:30").contains("0612345670");
    }

    @Test
    void storyWithoutConsentIsAnError() {
        String story = "content/roermond/stories/mijn-verhaal.md";
        site.write(story, """
                ---
                title: Mijn verhaal
                date: 2026-05-01
                topics: [rouw]
                consent: false
                ---
                Tekst.
                """);
        assertThat(site.errors(ENGLISH)).containsExactly(story + ":5:10: error: the author has not given consent "
                + "('consent: false'): remove the story or ask for permission first");
    }

    @Test
    void storyReferencesAndImages() {
        String story = "content/roermond/stories/mijn-verhaal.md";
        site.write(story, """
                ---
                title: Mijn verhaal
                date: 2026-05-01
                topics: [rouw]
                consent: true
                group: roermond/rouwgroepp
                image: foto.jpg
                ---
                Tekst met ![](foto.jpg) en een [link](../groups/bestaat-niet.md).
                """);
        assertThat(site.errors(ENGLISH)).containsExactlyInAnyOrder(
                story + ":6:8: error: 'group' must name an existing group as <municipality>/<group-file-name>, "
                        + "e.g. roermond/rouwgroep-roermond; 'roermond/rouwgroepp' was not found",
                story + ":7:8: error: image file does not exist: foto.jpg",
                story + ":7:8: error: an image needs 'imageAlt': a short description of what it shows",
                story + ":9:11: error: image needs a description (alt text): write ![what the image shows](foto.jpg)",
                story + ":9:11: error: image file does not exist: foto.jpg",
                story + ":9:32: error: link to a file that does not exist: ../groups/bestaat-niet.md");
    }

    @Test
    void unsafeAndExternalUrlsInMarkdown() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("We praten over verlies.",
                "Klik [hier](javascript:alert(1)).\n\n![Logo](https://tracker.example.com/pixel.png)\n\n<script>x</script>"));
        assertThat(site.problems(ENGLISH)).containsExactly(
                GROUP + ":18:6: error: links may only use http(s), mailto or tel addresses, not 'javascript:'",
                GROUP + ":20:1: error: images must be files in the repository, not 'https://tracker.example.com/pixel.png' "
                        + "(visitors' browsers must not contact other sites)",
                GROUP + ":22:1: warning: HTML is not allowed in Markdown and is shown as plain text; use Markdown instead");
    }

    @Test
    void eventEndBeforeStartAndMissingType() {
        String event = "content/roermond/events/avond.md";
        site.write(event, """
                ---
                title: Informatieavond
                start: 2026-12-03T19:30
                end: 2026-12-03T18:00
                format: online
                ---
                Welkom.
                """);
        assertThat(site.errors(ENGLISH)).containsExactly(
                event + ":2:1: error: missing required field 'type' (one of meeting, training, intervision, "
                        + "speed-date, information or inspiration)",
                event + ":4:6: error: 'end' (2026-12-03 18:00) must be after 'start' (2026-12-03 19:30)");
    }

    @Test
    void anEventsTitleThatNamesAnotherDayThanItsStart() {
        String event = "content/roermond/events/open-dag.md";
        String file = """
                ---
                title: %s
                type: information
                start: 2026-10-10T11:00
                end: "15:00"
                format: online
                ---
                Welkom.
                """;
        // a file copied from last year's open day, with only 'start' changed (10 October 2026 is a Saturday)
        site.write(event, file.formatted("Open dag zaterdag 3 oktober"));
        assertThat(site.problems(ENGLISH)).filteredOn(p -> p.startsWith(event)).containsExactly(event + ":2:8: error: "
                + "the title names 3 October, but 'start' is 2026-10-10: the page shows both; make them agree, so that "
                + "nobody comes on the wrong day");
        site.write(event, file.formatted("Donderdagavond open huis"));
        assertThat(site.problems(ENGLISH)).filteredOn(p -> p.startsWith(event)).containsExactly(event + ":2:8: error: "
                + "the title names thursday, but 'start' (2026-10-10) is a saturday: the page shows both; make them "
                + "agree, so that nobody comes on the wrong day");
        site.write(event, file.formatted("Open dag 2025"));
        assertThat(site.problems(ENGLISH)).filteredOn(p -> p.startsWith(event)).containsExactly(event + ":2:8: "
                + "warning: the title names 2025, but 'start' is 2026-10-10: is the title still right? (Was the file "
                + "copied from an earlier event?)");
        // what agrees is fine: the day, its weekday, its year, an abbreviated month
        for (String agrees : List.of("Open dag zaterdag 10 oktober 2026", "Open dag 10 okt.", "Zaterdagmarkt",
                "Open dag", "Open dag - 20 jaar zelfhulp", "Start van het seizoen 2026-2027")) {
            site.write(event, file.formatted(agrees));
            assertThat(site.problems(ENGLISH)).as(agrees).filteredOn(p -> p.startsWith(event)).isEmpty();
        }
    }

    @Test
    void fileThatIsNotUtf8() {
        byte[] latin1 = "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        site.writeBytes("content/pages/cafe.md", latin1);
        assertThat(site.errors(ENGLISH)).containsExactly(
                "content/pages/cafe.md:2:11: error: file is not valid UTF-8 (byte 0xE9); save it as UTF-8 in your editor");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        site.writeBytes("content/pages/teken.md",
                "\uFEFF---\ntitle: Vraagteken \uFFFD\n---\nTekst.\n".getBytes(StandardCharsets.UTF_8));
        byte[] start = "---\ntitle: \uFFFD Caf".getBytes(StandardCharsets.UTF_8);
        byte[] mixed = java.util.Arrays.copyOf(start, start.length + 6);
        mixed[start.length] = (byte) 0xE9;
        System.arraycopy("\n---\n".getBytes(StandardCharsets.UTF_8), 0, mixed, start.length + 1, 5);
        site.writeBytes("content/pages/cafe.md", mixed);
        assertThat(site.errors(ENGLISH)).containsExactly(
                "content/pages/cafe.md:2:13: error: file is not valid UTF-8 (byte 0xE9); save it as UTF-8 in your editor");
    }

    @Test
    void emptyFileAndMissingFrontMatter() {
        site.write("content/pages/leeg.md", "\n");
        site.write("content/pages/zonder.md", "# Alleen tekst\n");
        assertThat(site.errors(ENGLISH)).containsExactly(
                "content/pages/leeg.md:1:1: error: file is empty",
                "content/pages/zonder.md:1:1: error: file must start with front matter: a line '---', "
                        + "the fields, and another line '---'");
    }

    @Test
    void fileInTheWrongFolderAndClashingUrls() {
        site.write("content/roermond/group/extra.md", TestSite.group("Extra", ""));
        site.write("content/pages/roermond.md", "---\ntitle: Roermond\n---\n");
        site.write("content/pages/groepen.md", "---\ntitle: Groepen\n---\n");
        assertThat(site.errors(ENGLISH)).containsExactly(
                "content/pages/groepen.md:1:1: error: page name 'groepen' clashes with the site's own /groepen/ pages; rename the file",
                "content/pages/roermond.md:1:1: error: page name 'roermond' clashes with the municipality /roermond/; rename the file",
                "content/roermond/group/extra.md:1:1: error: file is in the wrong place: content files belong in "
                        + "roermond/groups, /stories, /events or /pages as .md files (did you mean 'groups'?)");
    }

    @Test
    void badFileNameAndDuplicateField() {
        site.write("content/roermond/groups/Rouw_Groep.md", TestSite.group("Rouw", "name: Nog eens"));
        assertThat(site.errors(ENGLISH)).containsExactly(
                "content/roermond/groups/Rouw_Groep.md:1:1: error: file name 'Rouw_Groep' must be a slug: lower-case "
                        + "letters, digits and single '-' (e.g. rouwgroep-roermond.md)",
                "content/roermond/groups/Rouw_Groep.md:17:1: error: field 'name' appears twice (first on line 2)");
    }

    @Test
    void aMissingTopicsFileIsOneProblemNotOnePerGroup() {
        site.delete("content/topics.yml");
        assertThat(site.errors(ENGLISH)).containsExactly("content/topics.yml:1:1: error: content/topics.yml is missing");
    }

    @Test
    void tabsInYaml() {
        site.write("content/heerlen/municipality.yml", "name: Heerlen\nintro: |\n\tMet een tab.\n");
        assertThat(site.errors(ENGLISH)).containsExactly(
                "content/heerlen/municipality.yml:3:1: error: line 3 is indented with a tab; indent with spaces instead (YAML does not allow tabs)");
    }

    @Test
    void duplicateTopic() {
        site.write("content/topics.yml", """
                - slug: rouw
                  name: Rouw
                  description: Verlies.
                - slug: schulden
                  name: Schulden
                  description: Geldzorgen.
                - slug: rouw
                  name: Rouw twee
                  description: Nog eens.
                """);
        assertThat(site.errors(ENGLISH)).containsExactly(
                "content/topics.yml:7:9: error: topic 'rouw' is defined twice (first on line 1)");
    }

    @Test
    void configMistakes() {
        site.write("site-config.yml", """
                title: Test
                regions:
                  - id: Noord
                    name: Noord
                    baseUrl: noord.example.org
                    municipalities: [roermond, roermnd]
                    brand:
                      color: green
                      logo: ../../etc/passwd
                """);
        assertThat(site.errors(ENGLISH)).containsExactly(
                "site-config.yml:3:9: error: region id 'Noord' may only contain a-z, 0-9 and '-' (it is also a folder name)",
                "site-config.yml:5:14: error: 'baseUrl' must be a web address like https://www.example.org/, not 'noord.example.org'",
                "site-config.yml:6:32: error: municipality 'roermnd' has no folder content/roermnd/ (did you mean 'roermond'?)",
                "site-config.yml:8:14: error: 'color' must be a colour like \"#1d6b57\", not 'green'",
                "site-config.yml:9:13: error: the logo must be a file inside the repository, not ../../etc/passwd");
    }

    @Test
    void allProblemsAtOnceSortedByFile() {
        site.write("content/heerlen/groups/schuldencafe.md", TestSite.group("X", "status: klaar").replace("topics: [rouw]", "topics: []"));
        site.write(GROUP, TestSite.group("Rouwgroep", "format: ergens"));
        assertThat(site.errors(ENGLISH)).containsExactly(
                "content/heerlen/groups/schuldencafe.md:3:9: error: 'topics' needs at least one topic",
                "content/heerlen/groups/schuldencafe.md:17:9: error: 'status' must be one of active, starting, full, "
                        + "paused or ended, not 'klaar'",
                GROUP + ":17:9: error: 'format' must be one of in-person, online or hybrid, not 'ergens'");
    }

    @Test
    void warningsDoNotFailTheBuild() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("facilitators: 2\n", "").replace("updated: 2026-10-01", "updated: 2025-01-15"));
        site.write("content/roermond/events/avond.md", """
                ---
                title: Avond
                type: information
                start: 2026-12-03T19:30
                format: online
                ---
                """);
        assertThat(site.problems(ENGLISH)).containsExactly(
                "content/roermond/events/avond.md:4:8: warning: activity has no 'end': add one so people can plan",
                GROUP + ":2:1: warning: group has no facilitators: add 'facilitators: <number>'",
                GROUP + ":15:10: warning: group information may be out of date: 'updated' is 2025-01-15, "
                        + "more than 12 months ago; check it with the contact person");
        assertThat(site.build().succeeded()).isTrue();
    }
}
