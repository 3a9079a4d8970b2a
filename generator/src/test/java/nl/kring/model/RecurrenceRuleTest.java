package nl.kring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.model.Recur;

/**
 * Kring expands meeting rules itself (the page lists the next meetings); a real iCalendar library must
 * expand the same rule from the same start to the same dates, or a calendar app would disagree with the page.
 */
class RecurrenceRuleTest {

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', value = {
        "FREQ=MONTHLY;BYDAY=2TU | 2026-01-13",
        "FREQ=MONTHLY;BYDAY=-1WE | 2026-01-28",
        "FREQ=MONTHLY;BYDAY=5TH | 2026-01-29",                       // a fifth Thursday: not every month has one
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 | 2026-01-30", // the last working day
        "FREQ=MONTHLY;BYDAY=SA;BYSETPOS=1 | 2026-01-03",
        "FREQ=MONTHLY;BYDAY=2FR,4FR | 2026-01-09",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO | 2026-01-12",
        "FREQ=WEEKLY;BYDAY=TU,TH | 2026-01-06",
        "FREQ=WEEKLY;INTERVAL=3;BYDAY=WE;WKST=SU | 2026-02-04",
        "FREQ=MONTHLY;BYMONTHDAY=-1 | 2026-01-31",
        "FREQ=MONTHLY;BYMONTHDAY=31 | 2026-01-31",                   // months without a 31st are skipped
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=1SA | 2026-01-03",
        "FREQ=MONTHLY;BYDAY=3TU;BYMONTH=1,2,3,4,5,6,9,10,11,12 | 2026-01-20",  // a summer pause
        "FREQ=WEEKLY;BYDAY=TH;BYMONTH=1,2,3,4,5,6,7,9,10,11,12 | 2026-01-01",
        "FREQ=YEARLY;BYMONTH=12;BYDAY=2SA | 2026-12-12",
        "FREQ=MONTHLY;BYDAY=1MO;COUNT=8 | 2026-01-05",
        "FREQ=MONTHLY;BYDAY=4TU;UNTIL=20261231 | 2026-01-27",
        "FREQ=DAILY;INTERVAL=10 | 2026-01-01",
        "FREQ=MONTHLY | 2026-01-15",
    })
    void expandsAsIcal4jDoes(String rule, LocalDate start) {
        LocalDate end = start.plusYears(3);
        List<LocalDate> expected = new Recur<LocalDate>(rule).getDates(start, start, end);
        List<LocalDate> actual = RecurrenceRule.parse(rule).dates(start, start, end, 1000);
        assertThat(actual).as(rule).isNotEmpty().isEqualTo(expected);
        // and from the middle of the series, as a build long after the first meeting does
        LocalDate later = start.plusMonths(7);
        assertThat(RecurrenceRule.parse(rule).dates(start, later, end, 1000))
                .isEqualTo(expected.stream().filter(d -> !d.isBefore(later)).toList());
    }

    /**
     * Every kind of rule editors write, started on dates years apart (a group that meets since 2019, a leap day, the
     * turn of a year), asked for its dates from later days as a build years after the first meeting does, and for
     * the next three only, as a group's page does: always the dates ical4j gives for the whole series.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=TU,FR", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
        "FREQ=WEEKLY;BYDAY=TH;BYMONTH=1,2,3,4,5,6,9,10,11,12", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU",
        "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=MONTHLY;BYDAY=1MO", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=2TU,4TU",
        "FREQ=MONTHLY;BYDAY=-2WE", "FREQ=MONTHLY;BYDAY=5FR", "FREQ=MONTHLY;BYDAY=3WE;BYMONTH=1,2,3,4,5,6,9,10,11,12",
        "FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=MONTHLY;BYMONTHDAY=1,15",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1", "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=-1",
        "FREQ=MONTHLY;INTERVAL=3;BYDAY=2TH", "FREQ=MONTHLY;BYDAY=1SA;UNTIL=20280630", "FREQ=MONTHLY;BYDAY=4MO;COUNT=10",
        "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SA", "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1", "FREQ=YEARLY;BYMONTH=6,12;BYDAY=1TU",
        "FREQ=DAILY;INTERVAL=14", "FREQ=DAILY;BYDAY=SA", "FREQ=DAILY;BYMONTHDAY=1,15",
    })
    void expandsAsIcal4jDoesFromAnyLaterDay(String rule) {
        RecurrenceRule parsed = RecurrenceRule.parse(rule);
        for (LocalDate seed : List.of(LocalDate.of(2019, 3, 7), LocalDate.of(2024, 2, 29), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 30))) {
            LocalDate start = new Recur<LocalDate>(rule).getDates(seed, seed, seed.plusYears(2)).getFirst();
            LocalDate end = start.plusYears(8);
            List<LocalDate> expected = new Recur<LocalDate>(rule).getDates(start, start, end);
            assertThat(parsed.dates(start, start, end, 10_000)).as("%s from %s", rule, start).isEqualTo(expected);
            for (LocalDate later : List.of(start.plusDays(1), start.plusMonths(13).plusDays(3), start.plusYears(5),
                    start.plusYears(7).minusDays(1))) {
                List<LocalDate> fromThen = expected.stream().filter(d -> !d.isBefore(later)).toList();
                assertThat(parsed.dates(start, later, end, 10_000)).as("%s from %s, after %s", rule, start, later)
                        .isEqualTo(fromThen);
                assertThat(parsed.dates(start, later, end, 3)).as("%s from %s, the next three after %s", rule, start, later)
                        .isEqualTo(fromThen.subList(0, Math.min(3, fromThen.size())));
            }
        }
    }

    @Test
    void anUntilThatIsNoDateIsAMistakeInTheRule() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=1MO;UNTIL=20261340"))
                .isInstanceOf(RecurrenceRule.InvalidRule.class)
                .extracting(e -> ((RecurrenceRule.InvalidRule) e).reason().key()).isEqualTo("rrule.until");
    }

    @Test
    void aFromMustBeADateOfTheRule() {
        RecurrenceRule thirdSaturday = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=3SA");
        assertThat(thirdSaturday.startsSeries(LocalDate.of(2027, 1, 16))).isTrue();
        assertThat(thirdSaturday.startsSeries(LocalDate.of(2027, 1, 9))).isFalse();
        assertThat(thirdSaturday.startsSeries(LocalDate.of(2027, 1, 17))).isFalse();
    }

    @Test
    void theNextMeetingsHonourFromUntilExceptAndPause() {
        Schedule schedule = new Schedule(List.of(DayOfWeek.TUESDAY), LocalTime.of(19, 0), LocalTime.of(21, 0),
                "FREQ=MONTHLY;BYDAY=3TU", LocalDate.of(2026, 1, 20), LocalDate.of(2027, 12, 31),
                List.of(LocalDate.of(2027, 6, 15)), List.of(7, 8));
        assertThat(schedule.next(LocalDate.of(2027, 5, 1), 4)).containsExactly(
                LocalDate.of(2027, 5, 18), LocalDate.of(2027, 9, 21), LocalDate.of(2027, 10, 19),
                LocalDate.of(2027, 11, 16));
        assertThat(schedule.next(LocalDate.of(2027, 12, 1), 3)).containsExactly(LocalDate.of(2027, 12, 21));
        assertThat(schedule.next(LocalDate.of(2028, 1, 1), 3)).isEmpty();
        // a from still to come is where the list starts, even when the build is months earlier
        Schedule starting = new Schedule(List.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0), null,
                "FREQ=MONTHLY;BYDAY=3SA", LocalDate.of(2027, 1, 16), null, List.of(), List.of());
        assertThat(starting.next(LocalDate.of(2026, 11, 23), 2))
                .containsExactly(LocalDate.of(2027, 1, 16), LocalDate.of(2027, 2, 20));
    }

    @Test
    void theMeetingsUpToADayAreTheNextOnesBeforeIt() {
        Schedule schedule = new Schedule(List.of(DayOfWeek.TUESDAY), LocalTime.of(19, 0), LocalTime.of(21, 0),
                "FREQ=MONTHLY;BYDAY=3TU", LocalDate.of(2026, 1, 20), LocalDate.of(2027, 12, 31),
                List.of(LocalDate.of(2027, 6, 15)), List.of(7, 8));
        LocalDate today = LocalDate.of(2027, 5, 1);
        assertThat(schedule.until(today, LocalDate.of(2027, 10, 19))).containsExactly(
                LocalDate.of(2027, 5, 18), LocalDate.of(2027, 9, 21), LocalDate.of(2027, 10, 19));
        assertThat(schedule.until(today, LocalDate.of(2027, 5, 17))).isEmpty();
        assertThat(schedule.until(today, LocalDate.of(2027, 4, 1))).as("an end before today").isEmpty();
        Schedule weekly = new Schedule(List.of(DayOfWeek.FRIDAY), LocalTime.of(10, 0), null, null);
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertThat(weekly.until(monday, monday.plusWeeks(12))).hasSize(12)
                .isEqualTo(weekly.next(monday, 12)).contains(LocalDate.of(2026, 12, 25));
    }

    @Test
    void everyOtherWeekKeepsItsRhythmFromFrom() {
        Schedule biweekly = new Schedule(List.of(), LocalTime.of(10, 0), null, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
                LocalDate.of(2026, 1, 8), null, List.of(), List.of());
        assertThat(biweekly.next(LocalDate.of(2026, 11, 23), 3)).containsExactly(
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 24));
    }
}
