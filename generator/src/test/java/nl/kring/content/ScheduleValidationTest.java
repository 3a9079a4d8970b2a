package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.message.Texts;
import nl.kring.testing.TestSite;

/**
 * The schedule fields that make meeting dates true (from, until, except, pause): valid and deliberately
 * wrong fixtures, each mistake with its position and, where one exists, the meeting the editor meant.
 * The fixture site is built at 2026-11-23.
 */
class ScheduleValidationTest {

    private static final String GROUP = "content/roermond/groups/rouwgroep.md";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    private java.util.List<String> problemsOfTheGroup(String schedule) {
        site.write(GROUP, TestSite.group("Rouwgroep", schedule));
        return site.problems(Texts.english()).stream().filter(p -> p.startsWith(GROUP)).toList();
    }

    /** The problems of the group with its own {@code when} text instead of "Elke tweede dinsdag van de maand, …". */
    private java.util.List<String> problemsOfTheGroup(String when, String schedule) {
        site.write(GROUP, TestSite.group("Rouwgroep", schedule)
                .replace("Elke tweede dinsdag van de maand, 19.30–21.30 uur", when));
        return site.problems(Texts.english()).stream().filter(p -> p.startsWith(GROUP)).toList();
    }

    @Test
    void allNewFieldsTogetherAreValid() {
        assertThat(problemsOfTheGroup("""
                schedule:
                  days: [tuesday]
                  start: "19:30"
                  end: "21:30"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                  from: 2026-01-13
                  until: 2027-12-31
                  except: [2026-12-08, 2027-04-13]
                  pause: [7, augustus]
                """)).isEmpty();
    }

    @Test
    void aDutchDayInARuleIsReportedWithTheCodeMeant() {
        assertThat(problemsOfTheGroup("""
                schedule:
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2di
                """)).singleElement().asString().contains(":19:10: error: ")
                .contains("BYDAY value '2DI' is a Dutch abbreviation; rules use English day codes: did you mean "
                        + "'2TU' (dinsdag)?");
        assertThat(problemsOfTheGroup("""
                schedule:
                  start: "19:30"
                  rrule: FREQ=WEEKLY;BYDAY=MA,DO
                """)).singleElement().asString().contains("did you mean 'MO' (maandag)?");
        assertThat(problemsOfTheGroup("""
                schedule:
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=-1ZO
                """)).singleElement().asString().contains("did you mean '-1SU' (zondag)?");
    }

    @Test
    void aWhenTextThatNamesNoneOfTheMeetingDaysIsAnError() {
        // the page shows "Elke tweede dinsdag" above dates that fall on Wednesdays: someone comes on the wrong day
        assertThat(problemsOfTheGroup("""
                schedule:
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2WE
                """)).containsExactly(GROUP + ":5:7: error: the text of 'when' names tuesday, but by its 'schedule' the "
                + "group meets on wednesday: the page shows both; make them agree, so that nobody comes on the wrong day");
        assertThat(problemsOfTheGroup("Op maandag- en donderdagavond", """
                schedule:
                  days: [wednesday, sunday]
                  start: "19:30"
                """)).singleElement().asString().contains("names monday and thursday, but by its 'schedule' the "
                + "group meets on wednesday and sunday");
        // a text that also names a meeting day, or none at all, is the editor's to word
        assertThat(problemsOfTheGroup("Elke woensdag, in de zomer op dinsdag", """
                schedule:
                  days: [wednesday]
                  start: "19:30"
                """)).isEmpty();
        assertThat(problemsOfTheGroup("Eens per maand, 's avonds", """
                schedule:
                  rrule: FREQ=MONTHLY;BYDAY=2WE
                  start: "19:30"
                """)).isEmpty();
        assertThat(problemsOfTheGroup("Elke week, dinsdagsavonds", """
                schedule:
                  days: [tuesday]
                  start: "19:30"
                """)).isEmpty();
    }

    @Test
    void aWhenTextOfAnotherWeekOfTheMonthIsAnError() {
        // "Elke tweede dinsdag" above the third Tuesdays: the right day in the wrong week
        assertThat(problemsOfTheGroup("""
                schedule:
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=3TU
                """)).containsExactly(GROUP + ":5:7: error: the text of 'when' names another tuesday of the month "
                + "than the rule FREQ=MONTHLY;BYDAY=3TU: the page shows both; make them agree, so that nobody comes "
                + "in the wrong week");
        assertThat(problemsOfTheGroup("De laatste donderdag van de maand", """
                schedule:
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=4TH
                """)).singleElement().asString().contains("another thursday of the month");
        // what agrees, and what a text does not pin to a week, is fine
        for (String[] agree : new String[][] {{"Iedere 2e dinsdag", "FREQ=MONTHLY;BYDAY=2TU"},
                {"De eerste en derde donderdag", "FREQ=MONTHLY;BYDAY=1TH,3TH"},
                {"De derde donderdag", "FREQ=MONTHLY;BYDAY=1TH,3TH"},
                {"De laatste woensdag", "FREQ=MONTHLY;BYDAY=-1WE"},
                {"Elke dinsdag, de eerste keer op maandag", "FREQ=MONTHLY;BYDAY=TU,1MO"},
                {"Elke tweede dinsdag", "FREQ=WEEKLY;BYDAY=TU"}}) {
            assertThat(problemsOfTheGroup(agree[0], "schedule:\n  start: \"19:30\"\n  rrule: " + agree[1] + "\n"))
                    .as(agree[0] + " / " + agree[1]).isEmpty();
        }
    }

    @Test
    void aWhenTextWhoseTimesAreNotTheStartIsAnError() {
        // the page says 19.30, the calendar entry and the "Zet in uw agenda" button say 20:00
        assertThat(problemsOfTheGroup("Elke tweede dinsdag, 19.30–21.30 uur", """
                schedule:
                  start: "20:00"
                  end: "22:00"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                """)).containsExactly(GROUP + ":5:7: error: the text of 'when' names 19.30 and 21.30, but by its "
                + "'schedule' the group starts at 20.00: the page shows the text, but the calendar and the 'Zet in uw "
                + "agenda' button give 20.00; make them agree, so that nobody comes at the wrong time");
        assertThat(problemsOfTheGroup("Elke tweede dinsdag om 10 uur", """
                schedule:
                  start: "14:00"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                """)).singleElement().asString().contains("names 10.00, but by its 'schedule' the group starts at 14.00");
        assertThat(problemsOfTheGroup("Elke tweede dinsdag, 19u30", """
                schedule:
                  start: "19:00"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                """)).as("Flemish").singleElement().asString().contains("names 19.30");
        // what agrees: the start among the times, on a twelve-hour clock too; and texts without clock times
        for (String agree : new String[] {"Elke tweede dinsdag, 19.30–21.30 uur", "Elke tweede dinsdag, 19:30 tot 21:30",
                "Elke tweede dinsdag van 19.30 tot 21.30 uur (inloop vanaf 19.00 uur)",
                "Elke tweede dinsdag, inloop 19.00 uur, start 19.30 uur", "Elke tweede dinsdag om 7.30 uur 's avonds",
                "Elke tweede dinsdag, 's avonds", "Elke tweede dinsdag, duurt 2 uur", "Elke tweede dinsdag, 1.5 uur",
                "Elke tweede dinsdag, voor 12.000 inwoners", "Elke tweede dinsdag, bel 043.3001122",
                "Elke tweede dinsdag, € 2.50 per keer", "Elke tweede dinsdag, vanaf 12.01.2027"}) {
            assertThat(problemsOfTheGroup(agree, """
                    schedule:
                      start: "19:30"
                      end: "21:30"
                      rrule: FREQ=MONTHLY;BYDAY=2TU
                    """)).as(agree).isEmpty();
        }
    }

    @Test
    void aWhenTextWhoseRangeEndsElsewhereIsAWarning() {
        assertThat(problemsOfTheGroup("Elke tweede dinsdag, 19.30–21.30 uur", """
                schedule:
                  start: "19:30"
                  end: "21:00"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                """)).containsExactly(GROUP + ":5:7: warning: the text of 'when' names 21.30 as the end, but by its "
                + "'schedule' the group ends at 21.00: calendars keep the time until 21.00; make them agree");
        assertThat(problemsOfTheGroup("Elke tweede dinsdag, 19.30-21.30 uur", """
                schedule:
                  start: "19:30"
                  end: "21:00"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                """)).as("a hyphen").singleElement().asString().contains("names 21.30 as the end");
        assertThat(problemsOfTheGroup("Elke tweede dinsdag van 10 tot 12 uur", """
                schedule:
                  start: "10:00"
                  end: "12:30"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                """)).singleElement().asString().contains("names 12.00 as the end");
        assertThat(problemsOfTheGroup("Elke tweede dinsdag, 19.30–21.30 uur", """
                schedule:
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                """)).as("no end to compare").isEmpty();
    }

    @Test
    void aWhenTextWhoseFirstMeetingIsNotFromIsAnError() {
        // built at 2026-11-23: a new group's first meeting, a week apart on the page and in the calendar
        assertThat(problemsOfTheGroup("Vanaf 7 januari 2027, elke donderdag", """
                status: starting
                schedule:
                  days: [thursday]
                  start: "19:30"
                  from: 2027-01-14
                """)).containsExactly(GROUP + ":5:7: error: the text of 'when' names January 7, 2027 as the start, but "
                + "by its 'schedule' the first meeting is on 2027-01-14 ('from'): the page shows both; make them agree, "
                + "so that nobody comes to the first meeting on the wrong day");
        assertThat(problemsOfTheGroup("Elke donderdag, start op 14 januari 2028", """
                status: starting
                schedule:
                  days: [thursday]
                  start: "19:30"
                  from: 2027-01-14
                """)).as("the right day in another year").singleElement().asString()
                .contains("names January 14, 2028 as the start");
        // what agrees, a date that is no beginning, and a first meeting long past ("vanaf 3 september weer")
        for (String[] agree : new String[][] {{"Vanaf 7 januari 2027, elke donderdag", "2027-01-07"},
                {"Start op 7 januari, daarna elke donderdag", "2027-01-07"},
                {"Elke donderdag (niet op 25 december)", "2027-01-07"},
                {"Elke donderdag, vanaf 3 september weer", "2025-01-09"}}) {
            assertThat(problemsOfTheGroup(agree[0], "schedule:\n  days: [thursday]\n  start: \"19:30\"\n  from: "
                    + agree[1] + "\n")).as(agree[0]).noneMatch(p -> p.contains("as the start"));
        }
    }

    @Test
    void aWhenTextThatLeavesOutMonthsTheScheduleMeetsInIsAWarning() {
        // built at 2026-11-23: "behalve in juli en augustus", and the page lists meetings in July and August
        assertThat(problemsOfTheGroup("Elke tweede dinsdag, behalve in juli en augustus", """
                schedule:
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                """)).containsExactly(GROUP + ":5:7: warning: the text of 'when' says the group does not meet in July "
                + "and August, but by its 'schedule' it meets in July and August: the page and the calendar show those dates; "
                + "put the months in 'pause', e.g. 'pause: [7, 8]'");
        assertThat(problemsOfTheGroup("Elke tweede dinsdag; geen bijeenkomsten in juni t/m augustus", """
                schedule:
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                  pause: [7]
                """)).singleElement().asString().contains("does not meet in June, July and August, but by its "
                + "'schedule' it meets in June and August").contains("'pause: [6, 7, 8]'");
        // what agrees, and months the text does not leave out
        for (String[] agree : new String[][] {{"Elke tweede dinsdag, behalve in juli en augustus", "pause: [7, 8]"},
                {"Elke tweede dinsdag, in juli en augustus niet", "pause: [juli, augustus]"},
                {"Elke tweede dinsdag, niet in december", "except: [2026-12-08]"},
                {"Elke tweede dinsdag, vanaf september weer", ""},
                {"Elke tweede dinsdag, niet in juli, wel in augustus", "pause: [7]"},
                {"Elke tweede dinsdag (start in januari)", ""}}) {
            assertThat(problemsOfTheGroup(agree[0], "schedule:\n  start: \"19:30\"\n  rrule: FREQ=MONTHLY;BYDAY=2TU\n"
                    + (agree[1].isEmpty() ? "" : "  " + agree[1] + "\n"))).as(agree[0]).isEmpty();
        }
    }

    @Test
    void aMeetingOnAPublicHolidayInTheComingWeeksIsPointedOut() {
        // built at 2026-11-23: the Friday group would meet on Christmas Day and New Year's Day
        assertThat(problemsOfTheGroup("Elke vrijdag", """
                schedule:
                  days: [friday]
                  start: "10:00"
                """)).containsExactly(
                GROUP + ":18:3: warning: by its schedule the group meets on 2026-12-25, Christmas Day: is that "
                        + "right? If not, add the date to 'except', so that the page and the calendar leave it out",
                GROUP + ":18:3: warning: by its schedule the group meets on 2027-01-01, New Year's Day: is that "
                        + "right? If not, add the date to 'except', so that the page and the calendar leave it out");
        assertThat(problemsOfTheGroup("Elke vrijdag", """
                schedule:
                  days: [friday]
                  start: "10:00"
                  except: [2026-12-25, 2027-01-01]
                """)).as("the editor's answer: not on those days").isEmpty();
        assertThat(problemsOfTheGroup("Elke maandag", """
                schedule:
                  days: [monday]
                  start: "10:00"
                """)).as("Easter Monday 2027 is more than twelve weeks away").isEmpty();
    }

    @Test
    void whereCarnivalIsKeptAMeetingOnItsDaysIsPointedOutToo() {
        // a network in Limburg: on carnival Monday 2027 (8 February) community centres close
        site.write("site-config.yml", site.read("site-config.yml").replace("staleAfterMonths: 12",
                "staleAfterMonths: 12\ncarnival: true"));
        assertThat(problemsOfTheGroup("Elke maandag", """
                schedule:
                  days: [monday]
                  start: "10:00"
                """)).containsExactly(GROUP + ":18:3: warning: by its schedule the group meets on 2027-02-08, "
                + "Carnival Monday: is that right? If not, add the date to 'except', so that the page and the calendar "
                + "leave it out");
        assertThat(site.problems().stream().filter(p -> p.startsWith(GROUP)).toList()).singleElement().asString()
                .contains("komt de groep bij elkaar op 2027-02-08, Carnavalsmaandag: klopt dat?");
    }

    @Test
    void carnivalClosesVenuesNotAnOnlineGroup() {
        site.write("site-config.yml", site.read("site-config.yml").replace("staleAfterMonths: 12",
                "staleAfterMonths: 12\ncarnival: true"));
        String online = TestSite.group("Rouwgroep online", """
                format: online
                schedule:
                  days: [monday]
                  start: "10:00"
                """).replace("when: Elke tweede dinsdag van de maand, 19.30–21.30 uur", "when: Elke maandag")
                .replaceAll("location:\n(  .*\n)+", "");
        site.write(GROUP, online);
        assertThat(online).doesNotContain("location").contains("format: online");
        assertThat(site.problems(Texts.english()).stream().filter(p -> p.startsWith(GROUP)).toList())
                .as("carnival Monday 2027 is no public holiday, and an online group needs no community centre").isEmpty();
        // Christmas and New Year's Day are holidays for everyone, online too
        site.write(GROUP, online.replace("days: [monday]", "days: [friday]").replace("Elke maandag", "Elke vrijdag"));
        assertThat(site.problems(Texts.english()).stream().filter(p -> p.startsWith(GROUP)).toList()).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("2026-12-25, Christmas Day"))
                .anySatisfy(p -> assertThat(p).contains("2027-01-01, New Year's Day"));
    }

    @Test
    void daysThatAreNotTheRulesAreAnError() {
        // the dates follow the rule; 'days' would put the group under Monday in the search as well
        assertThat(problemsOfTheGroup("""
                schedule:
                  days: [monday]
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                """)).containsExactly(GROUP + ":18:9: error: 'days' names monday, but the 'rrule' meets on tuesday: "
                + "the dates follow the 'rrule'; make 'days' the same or leave it out");
    }

    @Test
    void aFromInThePastIsFine() {
        assertThat(problemsOfTheGroup("""
                schedule:
                  days: [tuesday]
                  start: "19:30"
                  from: 2019-03-05
                """)).isEmpty();
    }

    @Test
    void datesThatDoNotExist() {
        assertThat(problemsOfTheGroup("""
                schedule:
                  days: [tuesday]
                  start: "19:30"
                  from: 2027-02-30
                  until: 2027-13-01
                  except: [2026-12-08, 2027-02-29, volgende week]
                """)).containsExactly(
                GROUP + ":20:9: error: 'schedule.from' is a date that does not exist: 2027-02-30",
                GROUP + ":21:10: error: 'schedule.until' is a date that does not exist: 2027-13-01",
                GROUP + ":22:24: error: 'schedule.except' is a date that does not exist: 2027-02-29",
                GROUP + ":22:36: error: each item of 'schedule.except' must be a date written as YYYY-MM-DD, not 'volgende week'");
    }

    @Test
    void untilBeforeFrom() {
        assertThat(problemsOfTheGroup("""
                schedule:
                  days: [tuesday]
                  start: "19:30"
                  from: 2027-01-05
                  until: 2026-12-29
                """)).containsExactly(GROUP + ":21:10: error: 'until' (2026-12-29) is before 'from' (2027-01-05)");
    }

    @Test
    void aFromThatIsNotOnTheRuleNamesBothAndTheMeetingMeant() {
        assertThat(problemsOfTheGroup("Elke derde zaterdag van de maand", """
                schedule:
                  days: [saturday]
                  start: "10:00"
                  rrule: FREQ=MONTHLY;BYDAY=3SA
                  from: 2027-01-17
                """)).containsExactly(GROUP + ":21:9: error: 'from' 2027-01-17 (a sunday) is not a meeting day of "
                + "the rule FREQ=MONTHLY;BYDAY=3SA (did you mean 2027-01-16, a saturday?)");
    }

    @Test
    void anExceptDateThatIsNoMeeting() {
        assertThat(problemsOfTheGroup("""
                schedule:
                  days: [tuesday]
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                  except: [2026-12-09]
                """)).containsExactly(GROUP + ":21:12: error: 'except' 2026-12-09 (a wednesday) is not a meeting day of "
                + "the rule FREQ=MONTHLY;BYDAY=2TU (did you mean 2026-12-08, a tuesday?)");
    }

    @Test
    void anExceptDateOfAGroupThatMeetsSinceYearsIsCheckedAgainstItsOwnMonth() {
        // the second Tuesday and the last Friday of the month, since 2019: the days named are checked as for a new group
        assertThat(problemsOfTheGroup("""
                schedule:
                  days: [tuesday]
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                  from: 2019-01-08
                  except: [2026-12-08, 2027-01-12, 2027-01-19]
                """)).containsExactly(GROUP + ":22:36: error: 'except' 2027-01-19 (a tuesday) is not a meeting day of "
                + "the rule FREQ=MONTHLY;BYDAY=2TU (did you mean 2027-01-12, a tuesday?)");
        assertThat(problemsOfTheGroup("Elke laatste vrijdag van de maand, 19.30–21.30 uur", """
                schedule:
                  days: [friday]
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1
                  from: 2019-01-25
                  except: [2026-12-25, 2027-01-29, 2027-01-22]
                """)).containsExactly(GROUP + ":22:36: error: 'except' 2027-01-22 (a friday) is not a meeting day of "
                + "the rule FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1 (did you mean 2027-01-29, a friday?)");
    }

    @Test
    void pauseTakesMonthsAndSuggestsTheName() {
        assertThat(problemsOfTheGroup("""
                schedule:
                  days: [tuesday]
                  start: "19:30"
                  pause: [13, juil]
                """)).containsExactly(
                GROUP + ":20:11: error: each item of 'pause' must be a month: a number 1–12 or a name like juli, not '13'",
                GROUP + ":20:15: error: each item of 'pause' must be a month: a number 1–12 or a name like juli, "
                        + "not 'juil' (did you mean 'juli'?)");
    }

    @Test
    void aPauseOfEveryMonthWouldNeverMeet() {
        assertThat(problemsOfTheGroup("""
                schedule:
                  days: [tuesday]
                  start: "19:30"
                  pause: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
                """)).containsExactly(GROUP + ":20:10: error: 'pause' lists every month: the group would never meet");
    }

    @Test
    void untilAndARuleWithItsOwnEnd() {
        assertThat(problemsOfTheGroup("""
                schedule:
                  days: [tuesday]
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2TU;COUNT=10
                  from: 2026-01-13
                  until: 2027-01-01
                """)).containsExactly(GROUP + ":22:10: error: write the last meeting either as 'until' or in the "
                + "'rrule' (UNTIL or COUNT), not both");
    }

    @Test
    void anOldStartingGroupWithoutFromStillBuildsWithAWarning() {
        assertThat(problemsOfTheGroup("Elke derde zaterdag van de maand", """
                status: starting
                schedule:
                  days: [saturday]
                  start: "10:00"
                  rrule: FREQ=MONTHLY;BYDAY=3SA
                """)).containsExactly(GROUP + ":19:3: warning: group is 'starting' but its schedule has no 'from' "
                + "(the date of the first meeting): add e.g. 'from: 2026-12-19' so that the page and the calendar "
                + "can show when it starts; until then Kring offers no meeting dates");
        site.build();
        assertThat(site.out().resolve("roermond/roermond/groepen/rouwgroep/agenda.ics")).doesNotExist();
    }

    @Test
    void aStartingGroupWhoseFirstMeetingHasPassedIsShownAsOpen() {
        assertThat(problemsOfTheGroup("Elke eerste dinsdag van de maand", """
                status: starting
                schedule:
                  days: [tuesday]
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=1TU
                  from: 2026-11-03
                """)).containsExactly(GROUP + ":19:3: warning: the first meeting ('from' 2026-11-03) has passed, "
                + "so the site shows the group as open: set 'status: active'");
        site.build();
        String page = site.output("noord/roermond/groepen/rouwgroep/index.html");
        String list = site.output("noord/roermond/index.html");
        assertThat(page).contains("Actief:").doesNotContain("Start binnenkort").doesNotContain("Start op");
        assertThat(list).contains("Rouwgroep").doesNotContain("Start op 3 november 2026");
        assertThat(site.out().resolve("noord/roermond/groepen/rouwgroep/agenda.ics")).exists();
    }

    @Test
    void aRuleThatDependsOnItsStartAsksForFrom() {
        assertThat(problemsOfTheGroup("Om de week op maandag", """
                schedule:
                  days: [monday]
                  start: "19:30"
                  rrule: FREQ=WEEKLY;INTERVAL=2;BYDAY=MO
                """)).containsExactly(GROUP + ":20:10: warning: the rule FREQ=WEEKLY;INTERVAL=2;BYDAY=MO depends on the "
                + "date it starts (INTERVAL, COUNT, or no day named): add 'from' with the date of a meeting, or the "
                + "dates shown count from the build date");
    }
}
