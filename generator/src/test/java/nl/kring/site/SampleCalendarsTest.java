package nl.kring.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.message.Texts;

/**
 * The calendars of the sample network, read back as a calendar app would (ical4j): each group's file
 * expands to the dates its page lists and to the dates the rule gives, counted by hand; groups that take no
 * newcomers offer no calendar; activities leave the subscription once they are over.
 */
class SampleCalendarsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 12, 0);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @TempDir
    static Path out;

    @BeforeAll
    static void buildTheSample() {
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("..").toAbsolutePath().normalize(), out,
                List.of(), new BuildTime.Local(NOW), true));
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.english()))).isEmpty();
    }

    /** The first five meetings of sample groups, counted on a paper calendar from the rule and the exceptions. */
    private static final Map<String, List<String>> FIRST_FIVE = Map.of(
            "westelijke-mijnstreek/sittard-geleen/groepen/rouwgroep-sittard",   // 2nd Tuesday
            List.of("2026-12-08T19:30", "2027-01-12T19:30", "2027-02-09T19:30", "2027-03-09T19:30", "2027-04-13T19:30"),
            "roermond/roermond/groepen/jong-weduwe-weduwnaar",                  // 3rd Saturday from 16 January 2027
            List.of("2027-01-16T10:00", "2027-02-20T10:00", "2027-03-20T10:00", "2027-04-17T10:00", "2027-05-15T10:00"),
            "oostelijk-zuid-limburg/heerlen/groepen/gokken-online",             // every Tuesday, not at Christmas
            List.of("2026-11-24T20:30", "2026-12-01T20:30", "2026-12-08T20:30", "2026-12-15T20:30", "2027-01-05T20:30"),
            "oostelijk-zuid-limburg/heerlen/groepen/alzheimer-cafe-heerlen",    // 3rd Tuesday, summer break
            List.of("2026-12-15T19:00", "2027-01-19T19:00", "2027-02-16T19:00", "2027-03-16T19:00", "2027-04-20T19:00"),
            "roermond/roermond/groepen/weer-grip-schulden",                     // every other Thursday from 8 January 2026
            List.of("2026-11-26T10:00", "2026-12-10T10:00", "2026-12-24T10:00", "2027-01-07T10:00", "2027-01-21T10:00"),
            "westelijke-mijnstreek/sittard-geleen/groepen/depressie-gespreksgroep-geleen",  // starts 7 January 2027
            List.of("2027-01-07T19:00", "2027-01-14T19:00", "2027-01-21T19:00", "2027-01-28T19:00", "2027-02-04T19:00"));

    @Test
    void eachSampleGroupsCalendarExpandsToTheDatesOfItsRule() throws Exception {
        for (Map.Entry<String, List<String>> group : FIRST_FIVE.entrySet()) {
            List<LocalDateTime> meetings = meetings(out.resolve(group.getKey()).resolve("agenda.ics"));
            assertThat(meetings.stream().limit(5).map(LocalDateTime::toString)).as(group.getKey())
                    .containsExactlyElementsOf(group.getValue());
        }
    }

    @Test
    void everyGroupCalendarAgreesWithTheDatesItsPageLists() throws Exception {
        List<Path> calendars = groupCalendars();
        assertThat(calendars).hasSizeGreaterThan(20);
        for (Path file : calendars) {
            List<LocalDateTime> meetings = meetings(file);
            Document page = Jsoup.parse(file.resolveSibling("index.html").toFile());
            List<LocalDateTime> listed = page.select("section.next-meetings time").stream()
                    .map(t -> LocalDateTime.parse(t.attr("datetime"))).toList();
            assertThat(listed).as("next meetings on the page of " + file).hasSize(3);
            assertThat(meetings.subList(0, 3)).as(file.toString()).isEqualTo(listed);
            assertThat(meetings.getFirst()).as("first meeting not before the build, " + file).isAfter(NOW);
            VEvent event = only(file);
            assertThat(event.getLocation() == null ? "" : event.getLocation().getValue()).as("LOCATION in " + file).isNotBlank();
            assertThat(page.select("a[href=agenda.ics]")).as(file.toString()).hasSize(1);
            assertThat(page.select("a[href^=webcal:][href$=" + out.relativize(file).toString()
                    .substring(out.relativize(file).toString().indexOf('/')) + "]")).as("webcal link on " + file).hasSize(1);
        }
    }

    @Test
    void aPrivateAddressIsNotInTheCalendar() throws Exception {
        for (Path file : groupCalendars()) {
            Document page = Jsoup.parse(file.resolveSibling("index.html").toFile());
            if (page.text().contains("adres na aanmelding")) {
                assertThat(only(file).getLocation().getValue()).endsWith("(adres na aanmelding)");
            }
        }
    }

    @Test
    void aSummerBreakHasNoMeetingsAndTheClockChangeKeepsTheLocalTime() throws Exception {
        Path file = out.resolve("oostelijk-zuid-limburg/heerlen/groepen/alzheimer-cafe-heerlen/agenda.ics");
        List<LocalDateTime> meetings = meetings(file);
        assertThat(meetings).hasSizeGreaterThan(15)
                .noneMatch(m -> m.getMonthValue() == 7 || m.getMonthValue() == 8)
                .allMatch(m -> m.toLocalTime().equals(LocalTime.of(19, 0)));
        // 16 March 2027 is winter time (UTC+1), 20 April summer time (UTC+2)
        List<ZonedDateTime> utc = starts(file).stream().map(z -> z.withZoneSameInstant(ZoneId.of("UTC"))).toList();
        assertThat(utc).extracting(Object::toString)
                .contains("2027-03-16T18:00Z[UTC]", "2027-04-20T17:00Z[UTC]");
    }

    @Test
    void groupsThatTakeNoNewcomersOfferNoCalendar() throws IOException {
        int closed = 0;
        try (Stream<Path> pages = Files.walk(out)) {
            for (Path page : pages.filter(p -> p.toString().contains("/groepen/") && p.endsWith("index.html")
                    && p.getParent().getParent().getFileName().toString().equals("groepen")).toList()) {
                Document html = Jsoup.parse(page.toFile());
                String notice = html.select("article.group > .notice").text();
                if (notice.startsWith("Vol:") || notice.startsWith("Tijdelijk gestopt:") || notice.startsWith("Deze groep is gestopt")) {
                    closed++;
                    assertThat(page.resolveSibling("agenda.ics")).as(page.toString()).doesNotExist();
                    assertThat(html.select("a[href$=agenda.ics], section.next-meetings")).as(page.toString()).isEmpty();
                }
            }
        }
        assertThat(closed).isGreaterThan(5);
        assertThat(out.resolve("westelijke-mijnstreek/sittard-geleen/groepen/mantelzorg-psychische-problemen-sittard/agenda.ics"))
                .doesNotExist();
    }

    /** The sample regions' addresses, as in site-config.yml (one has a path). */
    private static final Map<String, String> BASE_URLS = Map.of(
            "roermond", "https://zelfregie-roermond.example.org/",
            "westelijke-mijnstreek", "https://www.example.org/zelfregie-wm/",
            "oostelijk-zuid-limburg", "https://zelfregie-ozl.example.org/");

    @Test
    void noPageAnywhereOffersACalendarThatDoesNotExistAndPaperOffersNone() throws IOException {
        int subscriptions = 0;
        try (Stream<Path> pages = Files.walk(out)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Path regionDir = out.resolve(out.relativize(page).getName(0));
                Document html = Jsoup.parse(page.toFile());
                String base = BASE_URLS.get(regionDir.getFileName().toString()).replaceFirst("^https:", "webcal:");
                for (var link : html.select("a[href^=webcal:]")) {
                    subscriptions++;
                    assertThat(link.attr("href")).as(page.toString()).startsWith(base);
                    assertThat(regionDir.resolve(link.attr("href").substring(base.length())))
                            .as(page + " → " + link.attr("href")).exists();
                }
                if (page.getParent().getFileName().toString().equals("overzicht")) {
                    assertThat(html.select("main a[href$=.ics], main a[href^=webcal:]")).as(page.toString()).isEmpty();
                }
            }
        }
        assertThat(subscriptions).isGreaterThan(20);
    }

    @Test
    void theRouwgroepComesBeforeStartingAndFullGroups() throws IOException {
        Document topic = Jsoup.parse(out.resolve("roermond/onderwerpen/rouw/index.html").toFile());
        List<String> names = topic.select(".card-title a[href*=/groepen/]").eachText();
        assertThat(names.indexOf("Rouwgroep Roermond")).isNotNegative()
                .isLessThan(names.indexOf("Jong weduwe of weduwnaar"));
        List<String> statuses = topic.select(".card .tag-status").eachText();
        assertThat(statuses).as("status in words on every card").hasSameSizeAs(names).doesNotContain("");
        int firstClosed = statuses.indexOf("Vol");
        assertThat(firstClosed).isGreaterThan(names.indexOf("Rouwgroep Roermond"));
        assertThat(statuses.subList(firstClosed, statuses.size())).allMatch(s -> s.equals("Vol") || s.equals("Tijdelijk gestopt"));
        assertThat(statuses).contains("Start op 16 januari 2027");
    }

    @Test
    void activitiesThatAreOverLeaveTheSubscriptionAndEachComingOneHasItsOwnCalendar() throws Exception {
        Calendar all = parse(out.resolve("roermond/activiteiten.ics"));
        List<VEvent> events = all.getComponents("VEVENT");
        assertThat(events).isNotEmpty();
        for (VEvent event : events) {
            ZonedDateTime start = ZonedDateTime.from(event.getDateTimeStart().getDate());
            assertThat(start.toLocalDateTime()).isAfter(NOW);
        }
        Document list = Jsoup.parse(out.resolve("roermond/activiteiten/index.html").toFile());
        int upcoming = list.select("section[aria-labelledby=binnenkort] .card").size();
        assertThat(events).hasSize(upcoming);
        assertThat(list.select("section[aria-labelledby=geweest] .card")).isNotEmpty();
        try (Stream<Path> pages = Files.list(out.resolve("roermond/roermond/activiteiten"))) {
            for (Path dir : pages.toList()) {
                Document page = Jsoup.parse(dir.resolve("index.html").toFile());
                boolean past = page.select(".notice").text().contains("geweest");
                assertThat(Files.exists(dir.resolve("agenda.ics"))).as(dir.toString()).isEqualTo(!past);
                assertThat(page.select("a[href=agenda.ics]")).hasSize(past ? 0 : 1);
                if (!past) {
                    assertThat(parse(dir.resolve("agenda.ics")).getComponents("VEVENT")).hasSize(1);
                }
            }
        }
    }

    @Test
    void activitiesCanBeNarrowedToOneAudienceWithoutJavaScript() throws IOException {
        Map<String, String> pages = Map.of("inwoners", "Voor deelnemers", "begeleiders", "Voor begeleiders van groepen",
                "verwijzers", "Voor verwijzers");
        int shown = 0;
        for (Map.Entry<String, String> audience : pages.entrySet()) {
            Document page = Jsoup.parse(out.resolve("roermond/activiteiten/" + audience.getKey() + "/index.html").toFile());
            assertThat(page.select("nav.filter-links a[aria-current=page]").text()).startsWith("Voor ");
            for (var card : page.select(".card")) {
                String meta = card.select(".card-meta").text();
                assertThat(meta.contains(audience.getValue()) || meta.contains("Voor iedereen")).as(meta).isTrue();
                shown++;
            }
        }
        assertThat(shown).isGreaterThan(3);
    }

    @Test
    void anAudiencePageSubscribesToItsOwnActivitiesOnly() throws Exception {
        Set<String> everything = summaries(parse(out.resolve("roermond/activiteiten.ics")));
        for (String audience : List.of("inwoners", "begeleiders", "verwijzers")) {
            Path dir = out.resolve("roermond/activiteiten/" + audience);
            Document page = Jsoup.parse(dir.resolve("index.html").toFile());
            assertThat(page.select("a[href$=agenda.ics]").attr("href")).isEqualTo("agenda.ics");
            assertThat(page.select("a[href^=webcal:]").attr("href"))
                    .endsWith("/activiteiten/" + audience + "/agenda.ics");
            Set<String> upcoming = new java.util.TreeSet<>(
                    page.select("section[aria-labelledby=binnenkort] .card h3").eachText());
            Set<String> subscribed = summaries(parse(dir.resolve("agenda.ics")));
            assertThat(subscribed).as(audience).isEqualTo(upcoming);
            assertThat(everything).containsAll(subscribed);
        }
        assertThat(summaries(parse(out.resolve("roermond/activiteiten/inwoners/agenda.ics"))))
                .as("residents get no training for facilitators").doesNotContain("Basistraining gespreksleiding voor lotgenotengroepen");
    }

    private static Set<String> summaries(Calendar calendar) {
        Set<String> titles = new java.util.TreeSet<>();
        for (Object component : calendar.getComponents("VEVENT")) {
            titles.add(((VEvent) component).getSummary().getValue());
        }
        return titles;
    }

    private static List<Path> groupCalendars() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.endsWith("agenda.ics") && p.toString().contains("/groepen/")).sorted().toList();
        }
    }

    /** The local start of every meeting in the next two years, as ical4j expands the file's recurrence. */
    private static List<LocalDateTime> meetings(Path file) throws Exception {
        return starts(file).stream().map(z -> z.withZoneSameInstant(AMSTERDAM).toLocalDateTime()).toList();
    }

    private static List<ZonedDateTime> starts(Path file) throws Exception {
        VEvent event = only(file);
        Period<ZonedDateTime> window = new Period<>(NOW.atZone(AMSTERDAM), NOW.plusYears(2).atZone(AMSTERDAM));
        return event.<Temporal>calculateRecurrenceSet(window).stream()
                .map(p -> ZonedDateTime.from(p.getStart()))
                .sorted(Comparator.naturalOrder()).toList();
    }

    private static VEvent only(Path file) throws Exception {
        List<VEvent> events = parse(file).getComponents("VEVENT");
        assertThat(events).as(file.toString()).hasSize(1);
        return events.getFirst();
    }

    private static Calendar parse(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new CalendarBuilder().build(reader);
        }
    }

}
