package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.message.Texts;
import nl.kring.testing.TestSite;

/**
 * What editors read by default: problems in Dutch, with "u", the Dutch words next to English values, and a
 * "bedoelt u …?" for the Dutch words editors write where the file format wants an English value.
 * {@link ValidationTest} checks every problem (in English); this checks the Dutch of the common ones.
 */
class DutchMessagesTest {

    private static final String GROUP = "content/roermond/groups/rouwgroep.md";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    /** An information evening with the given {@code start} and {@code end}, as the editor wrote them. */
    private static String event(String start, String end) {
        return """
                ---
                title: Informatieavond
                type: information
                start: %s
                end: %s
                audience: everyone
                location:
                  address: Voorbeeldstraat 12
                  city: Roermond
                ---
                Welkom.
                """.formatted(start, end);
    }

    @Test
    void aDutchStatusNamesTheValuesInDutchAndSuggestsTheRightOne() {
        site.write(GROUP, TestSite.group("Rouwgroep", "status: vol"));
        assertThat(site.errors()).containsExactly(GROUP + ":17:9: fout: 'status' moet een van active, starting, full, "
                + "paused of ended zijn (actief, start binnenkort, vol, gepauzeerd of gestopt), niet 'vol' — bedoelt u 'full'?");
        site.write(GROUP, TestSite.group("Rouwgroep", "status: Gepauzeerd"));
        assertThat(site.errors()).singleElement().asString().endsWith("niet 'Gepauzeerd' — bedoelt u 'paused'?");
    }

    @Test
    void theSameProblemInEnglishOnRequest() {
        site.write(GROUP, TestSite.group("Rouwgroep", "status: vol"));
        assertThat(site.errors(Texts.english())).containsExactly(GROUP + ":17:9: error: 'status' must be one of "
                + "active, starting, full, paused or ended, not 'vol' (did you mean 'full'?)");
    }

    @Test
    void dutchFormatsSuggestTheirValue() {
        site.write(GROUP, TestSite.group("Rouwgroep", "format: op locatie"));
        assertThat(site.errors()).containsExactly(GROUP + ":17:9: fout: 'format' moet een van in-person, online "
                + "of hybrid zijn (op locatie, online of op locatie en online), niet 'op locatie' — bedoelt u 'in-person'?");
        site.write(GROUP, TestSite.group("Rouwgroep", "format: Online"));
        assertThat(site.errors()).singleElement().asString().endsWith("niet 'Online' — bedoelt u 'online'?");
        site.write(GROUP, TestSite.group("Rouwgroep", "format: hybride"));
        assertThat(site.errors()).singleElement().asString().endsWith("niet 'hybride' — bedoelt u 'hybrid'?");
    }

    @Test
    void jaAndNeeForRegistrationSuggestTheValues() {
        site.write(GROUP, TestSite.group("Rouwgroep", "registration: ja"));
        assertThat(site.errors()).containsExactly(GROUP + ":17:15: fout: 'registration' moet een van required "
                + "of not-needed zijn (aanmelden nodig of aanmelden niet nodig), niet 'ja' — bedoelt u 'required'?");
        site.write(GROUP, TestSite.group("Rouwgroep", "registration: nee"));
        assertThat(site.errors()).singleElement().asString().endsWith("niet 'nee' — bedoelt u 'not-needed'?");
    }

    @Test
    void aDutchWeekdaySuggestsTheEnglishDay() {
        site.write(GROUP, TestSite.group("Rouwgroep", """
                schedule:
                  days: [dinsdag, thursday]
                  start: "19:30"
                """).replace("Elke tweede dinsdag van de maand", "Elke dinsdag en donderdag"));
        assertThat(site.errors()).containsExactly(GROUP + ":18:10: fout: 'days' moet weekdagen noemen "
                + "(monday … sunday, dus maandag … zondag), niet 'dinsdag' — bedoelt u 'tuesday'?");
    }

    @Test
    void aDateWrittenTheDutchWaySuggestsTheFormTheFieldNeeds() {
        site.write(GROUP, TestSite.group("Rouwgroep", """
                schedule:
                  days: [tuesday]
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                  from: 08-12-2026
                  except: [12 januari 2027, 9/2/27]
                """));
        String event = "content/roermond/events/avond.md";
        site.write(event, event("10 december 2026 om 19.30", "\"21:00\""));
        assertThat(site.errors()).containsExactly(
                event + ":4:8: fout: 'start' moet een datum en tijd in de vorm JJJJ-MM-DDTUU:MM zijn, niet '10 december "
                        + "2026 om 19.30' — bedoelt u '2026-12-10T19:30'?",
                GROUP + ":21:9: fout: 'schedule.from' moet een datum in de vorm JJJJ-MM-DD zijn, niet '08-12-2026' — "
                        + "bedoelt u '2026-12-08'?",
                GROUP + ":22:12: fout: elk onderdeel van 'schedule.except' moet een datum zijn in de vorm JJJJ-MM-DD, "
                        + "niet '12 januari 2027' — bedoelt u '2027-01-12'?",
                // the year left to guess: no suggestion for a date someone will travel on
                GROUP + ":22:29: fout: elk onderdeel van 'schedule.except' moet een datum zijn in de vorm JJJJ-MM-DD, "
                        + "niet '9/2/27'");
    }

    @Test
    void aTimeWrittenTheDutchWaySuggestsTheFormTheFieldNeeds() {
        site.write(GROUP, TestSite.group("Rouwgroep", """
                schedule:
                  days: [tuesday]
                  start: 19.30 uur
                  end: half tien
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                """));
        String event = "content/roermond/events/avond.md";
        site.write(event, event("10 december 2026, 19 uur", "21u"));
        assertThat(site.errors()).containsExactly(
                event + ":4:8: fout: 'start' moet een datum en tijd in de vorm JJJJ-MM-DDTUU:MM zijn, niet '10 december "
                        + "2026, 19 uur' — bedoelt u '2026-12-10T19:00'?",
                event + ":5:6: fout: 'end' moet een tijd in de vorm UU:MM zijn, niet '21u' — bedoelt u '21:00'?",
                GROUP + ":19:10: fout: 'schedule.start' moet een tijd in de vorm UU:MM zijn, niet '19.30 uur' — "
                        + "bedoelt u '19:30'?",
                // which half hour: no suggestion for a time someone will travel at
                GROUP + ":20:8: fout: 'schedule.end' moet een tijd in de vorm UU:MM zijn, niet 'half tien'");
        // the field's own date with a Dutch time
        site.write(event, event("2026-12-10 19.30 uur", "21:00"));
        assertThat(site.errors()).filteredOn(e -> e.startsWith(event + ":4:")).singleElement().asString()
                .endsWith("niet '2026-12-10 19.30 uur' — bedoelt u '2026-12-10T19:30'?");
    }

    @Test
    void aTopicWrittenByItsNameOrSynonymSuggestsItsSlug() {
        String group = TestSite.group("Rouwgroep", "");
        site.write(GROUP, group.replace("topics: [rouw]", "topics: [Rouw en verlies, verdriet, rouww]"));
        assertThat(site.errors()).containsExactly(
                GROUP + ":3:10: fout: 'Rouw en verlies' is geen bekend onderwerp (zie content/topics.yml) — bedoelt u 'rouw'?",
                GROUP + ":3:27: fout: 'verdriet' is geen bekend onderwerp (zie content/topics.yml) — bedoelt u 'rouw'?",
                GROUP + ":3:37: fout: 'rouww' is geen bekend onderwerp (zie content/topics.yml) — bedoelt u 'rouw'?");
    }

    @Test
    void anAddressOrNumberWithASlipSuggestsWhatWasMeant() {
        String group = TestSite.group("Rouwgroep", "").replace("facilitators: 2", "facilitators: twee");
        site.write(GROUP, group.replace("email: anna@example.org", "email: anna@example,org"));
        assertThat(site.errors()).containsExactly(
                GROUP + ":14:10: fout: 'anna@example,org' is geen e-mailadres — bedoelt u 'anna@example.org'?",
                GROUP + ":15:15: fout: 'facilitators' moet een heel getal zijn, niet 'twee' — bedoelt u '2'?");
        site.write(GROUP, group.replace("email: anna@example.org", "email: anna (at) example.org"));
        assertThat(site.errors()).first().asString().endsWith("— bedoelt u 'anna@example.org'?");
        site.write(GROUP, group.replace("email: anna@example.org", "email: \"mailto:anna@example.org\""));
        assertThat(site.errors()).first().asString().endsWith("— bedoelt u 'anna@example.org'?");
        // no slip explains it: no suggestion
        site.write(GROUP, group.replace("email: anna@example.org", "email: anna"));
        assertThat(site.errors()).first().asString().endsWith("'anna' is geen e-mailadres");
    }

    @Test
    void aWebAddressWithoutHttpsSuggestsTheAddressMeant() {
        String group = TestSite.group("Rouwgroep", "");
        site.write(GROUP, group.replace("  email: anna@example.org", "  email: anna@example.org\n  url: www.rouwgroep.nl"));
        assertThat(site.errors()).containsExactly(GROUP + ":15:8: fout: 'www.rouwgroep.nl' is geen webadres dat begint met "
                + "https:// — bedoelt u 'https://www.rouwgroep.nl'?");
        site.write(GROUP, group.replace("  email: anna@example.org", "  email: anna@example.org\n  url: https//rouwgroep.nl/roermond"));
        assertThat(site.errors()).singleElement().asString().endsWith("— bedoelt u 'https://rouwgroep.nl/roermond'?");
        site.write(GROUP, group.replace("  email: anna@example.org", "  email: anna@example.org\n  url: rouwgroep"));
        assertThat(site.errors()).singleElement().asString().endsWith("'rouwgroep' is geen webadres dat begint met https://");
    }

    @Test
    void aWhenTextOfAnotherDayIsExplainedWithDutchWeekdays() {
        site.write(GROUP, TestSite.group("Rouwgroep", """
                schedule:
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2WE
                """));
        assertThat(site.errors()).containsExactly(GROUP + ":5:7: fout: de tekst bij 'when' noemt dinsdag, maar "
                + "volgens 'schedule' komt de groep op woensdag bij elkaar: de pagina toont beide; maak ze gelijk, "
                + "zodat niemand op de verkeerde dag komt");
    }

    @Test
    void aWhenTextWithAnotherStartingTimeIsExplainedInDutch() {
        site.write(GROUP, TestSite.group("Rouwgroep", """
                schedule:
                  start: "20:00"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                """));
        assertThat(site.errors()).containsExactly(GROUP + ":5:7: fout: de tekst bij 'when' noemt 19.30 en 21.30 uur, "
                + "maar volgens 'schedule' begint de groep om 20.00 uur: de pagina toont de tekst, maar de agenda en de "
                + "knop 'Zet in uw agenda' geven 20.00 uur; maak ze gelijk, zodat niemand op de verkeerde tijd komt");
    }

    @Test
    void meetingDatesThatDoNotFitTheRuleAreExplainedWithDutchWeekdays() {
        site.write(GROUP, TestSite.group("Rouwgroep", """
                schedule:
                  days: [saturday]
                  start: "10:00"
                  rrule: FREQ=MONTHLY;BYDAY=3SA
                  from: 2027-01-17
                  pause: [juil]
                """).replace("Elke tweede dinsdag van de maand, 19.30–21.30 uur",
                "Elke derde zaterdag van de maand, 10.00–12.00 uur"));
        assertThat(site.errors()).containsExactly(
                GROUP + ":21:9: fout: 'from' 2027-01-17 (een zondag) is geen dag waarop de groep bij elkaar komt "
                        + "volgens de regel FREQ=MONTHLY;BYDAY=3SA — bedoelt u 2027-01-16, een zaterdag?",
                GROUP + ":22:11: fout: elk onderdeel van 'pause' moet een maand zijn: een getal van 1 tot en met 12 "
                        + "of een naam zoals juli, niet 'juil' — bedoelt u 'juli'?");
    }

    @Test
    void aStartingGroupWithoutFromIsToldInDutch() {
        site.write(GROUP, TestSite.group("Rouwgroep", """
                status: starting
                schedule:
                  days: [tuesday]
                  start: "19:30"
                """));
        assertThat(site.problems()).filteredOn(p -> p.startsWith(GROUP)).singleElement().asString()
                .contains(": waarschuwing: de groep start binnenkort ('starting'), maar bij 'schedule' staat geen 'from'")
                .contains("voeg bijvoorbeeld 'from: ");
    }

    @Test
    void aDutchActivityTypeAndAudienceSuggestTheirValues() {
        String event = "content/roermond/events/avond.md";
        site.write(event, """
                ---
                title: Informatieavond
                type: informatieavond
                start: 2026-12-01T19:30
                end: "21:00"
                audience: iedereen
                location:
                  address: Voorbeeldstraat 12
                  city: Roermond
                ---
                Welkom.
                """);
        assertThat(site.errors()).containsExactly(
                event + ":3:7: fout: 'type' moet een van meeting, training, intervision, speed-date, information "
                        + "of inspiration zijn (ontmoeting, training, intervisie, speeddate, informatiebijeenkomst of "
                        + "inspiratiebijeenkomst), niet 'informatieavond' — bedoelt u 'information'?",
                event + ":6:11: fout: 'audience' moet een van facilitators, participants, referrers of everyone zijn "
                        + "(begeleiders, deelnemers, verwijzers of iedereen), niet 'iedereen' — bedoelt u 'everyone'?");
    }

    @Test
    void misspeltValuesStillGetTheClosestSuggestion() {
        site.write(GROUP, TestSite.group("Rouwgroep", "facilitator: 2"));
        assertThat(site.errors()).containsExactly(GROUP + ":17:1: fout: onbekend veld 'facilitator' — bedoelt u 'facilitators'?");
    }

    @Test
    void aRequiredTextOfOnlyQuotesOrSpacesIsEmptyToo() {
        // a web editor clearing a field, or an editor writing name: "", leaves a value that says nothing
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("name: Rouwgroep", "name: \"\"")
                .replace("summary: Een groep voor wie rouwt.", "summary: '   '"));
        assertThat(site.errors()).containsExactly(
                GROUP + ":2:7: fout: het veld 'name' is leeg",
                GROUP + ":4:10: fout: het veld 'summary' is leeg");
    }

    @Test
    void commonProblemsReadInDutch() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("summary: Een groep voor wie rouwt.", "summary:")
                .replace("when: Elke tweede dinsdag van de maand, 19.30–21.30 uur\n", "")
                .replace("facilitators: 2\n", "")
                .replace("topics: [rouw]", "topics: [rouwe]"));
        assertThat(site.problems()).containsExactly(
                GROUP + ":2:1: fout: het veld 'when' ontbreekt; het is verplicht",
                GROUP + ":2:1: waarschuwing: de groep heeft geen begeleiders: voeg 'facilitators: <aantal>' toe",
                GROUP + ":3:10: fout: 'rouwe' is geen bekend onderwerp (zie content/topics.yml) — bedoelt u 'rouw'?",
                GROUP + ":4:1: fout: het veld 'summary' is leeg");
    }

    @Test
    void datesAndTimesThatDoNotExist() {
        site.write(GROUP, TestSite.group("Rouwgroep", """
                since: 2026-02-30
                schedule:
                  days: [tuesday]
                  start: "19.3O"
                """));
        assertThat(site.errors()).containsExactly(
                GROUP + ":17:8: fout: 'since' is een datum die niet bestaat: 2026-02-30",
                GROUP + ":20:10: fout: 'schedule.start' moet een tijd in de vorm UU:MM zijn, niet '19.3O'");
    }

    @Test
    void warningsAndSummariesSayUNotJe() {
        // one form of address: the bundle never says "je" or "jij" to an editor
        Texts dutch = Texts.dutch();
        assertThat(dutch.keys()).allSatisfy(key -> assertThat(dutch.text(key).toLowerCase())
                .as(key).doesNotContainPattern("\\b(je|jij|jou|jouw)\\b"));
    }
}
