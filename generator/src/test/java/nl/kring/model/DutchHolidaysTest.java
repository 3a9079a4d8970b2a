package nl.kring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The Dutch public holidays, checked against the calendar as published. */
class DutchHolidaysTest {

    @Test
    void easterFallsOnItsPublishedSunday() {
        assertThat(DutchHolidays.easterSunday(2000)).isEqualTo("2000-04-23");
        assertThat(DutchHolidays.easterSunday(2024)).isEqualTo("2024-03-31");
        assertThat(DutchHolidays.easterSunday(2025)).isEqualTo("2025-04-20");
        assertThat(DutchHolidays.easterSunday(2026)).isEqualTo("2026-04-05");
        assertThat(DutchHolidays.easterSunday(2027)).isEqualTo("2027-03-28");
        assertThat(DutchHolidays.easterSunday(2038)).isEqualTo("2038-04-25");
    }

    @Test
    void theHolidaysOf2026And2027() {
        assertThat(DutchHolidays.on(LocalDate.parse("2026-01-01"))).contains("nieuwjaarsdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2026-04-06"))).contains("tweedePaasdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2026-04-27"))).contains("koningsdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2026-05-05"))).contains("bevrijdingsdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2026-05-14"))).contains("hemelvaartsdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2026-05-24"))).contains("eerstePinksterdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2026-05-25"))).contains("tweedePinksterdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2026-12-25"))).contains("eersteKerstdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2026-12-26"))).contains("tweedeKerstdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2027-03-29"))).contains("tweedePaasdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2026-04-03"))).as("Good Friday is no public holiday").isEmpty();
        assertThat(DutchHolidays.on(LocalDate.parse("2026-11-24"))).isEmpty();
    }

    @Test
    void theHolidaysBetweenTwoDaysAreTheDaysThatAreHolidays() {
        LocalDate first = LocalDate.parse("2024-11-23");
        LocalDate last = LocalDate.parse("2027-02-01");
        java.util.List<LocalDate> dayByDay = first.datesUntil(last.plusDays(1))
                .filter(day -> DutchHolidays.on(day).isPresent()).toList();
        assertThat(DutchHolidays.between(first, last)).hasSize(23).isEqualTo(dayByDay);
        assertThat(DutchHolidays.between(LocalDate.parse("2026-11-23"), LocalDate.parse("2027-02-15")))
                .containsExactly(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"),
                        LocalDate.parse("2027-01-01"));
    }

    @Test
    void carnivalCountsOnlyWhereItIsKept() {
        // 2027: Ash Wednesday on 10 February; carnival from Saturday 6 to Tuesday 9 February
        assertThat(DutchHolidays.on(LocalDate.parse("2027-02-08"))).as("no public holiday").isEmpty();
        assertThat(DutchHolidays.on(LocalDate.parse("2027-02-06"), true)).contains("carnavalszaterdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2027-02-07"), true)).contains("carnavalszondag");
        assertThat(DutchHolidays.on(LocalDate.parse("2027-02-08"), true)).contains("carnavalsmaandag");
        assertThat(DutchHolidays.on(LocalDate.parse("2027-02-09"), true)).contains("carnavalsdinsdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2027-02-10"), true)).as("Ash Wednesday").isEmpty();
        assertThat(DutchHolidays.on(LocalDate.parse("2027-02-05"), true)).isEmpty();
        // as published: 2026 from 14 to 17 February, 2028 from 26 to 29 February, 2035 from 3 to 6 February
        assertThat(DutchHolidays.on(LocalDate.parse("2026-02-16"), true)).contains("carnavalsmaandag");
        assertThat(DutchHolidays.on(LocalDate.parse("2028-02-29"), true)).contains("carnavalsdinsdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2035-02-03"), true)).contains("carnavalszaterdag");
        // the other holidays stay what they are
        assertThat(DutchHolidays.on(LocalDate.parse("2027-03-29"), true)).contains("tweedePaasdag");
        assertThat(DutchHolidays.between(LocalDate.parse("2026-11-23"), LocalDate.parse("2027-02-15"), true))
                .containsExactly(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"),
                        LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-07"),
                        LocalDate.parse("2027-02-08"), LocalDate.parse("2027-02-09"));
        LocalDate first = LocalDate.parse("2024-11-23");
        LocalDate last = LocalDate.parse("2030-03-01");
        assertThat(DutchHolidays.between(first, last, true)).isEqualTo(first.datesUntil(last.plusDays(1))
                .filter(day -> DutchHolidays.on(day, true).isPresent()).toList());
    }

    @Test
    void kingsDayOnASundayMovesToTheSaturdayBefore() {
        assertThat(DutchHolidays.on(LocalDate.parse("2025-04-26"))).contains("koningsdag");
        assertThat(DutchHolidays.on(LocalDate.parse("2025-04-27"))).isEmpty();
    }
}
