package nl.kring.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Dates as Dutch editors write them, read only where the date is beyond doubt. */
class WrittenDatesTest {

    @Test
    void theDayComesFirstAsDutchWritesIt() {
        LocalDate december8 = LocalDate.of(2026, 12, 8);
        for (String written : List.of("08-12-2026", "8-12-2026", "8/12/2026", "8.12.2026", "8 december 2026",
                "8 dec 2026", "8 dec. 2026", "8 December 2026", "dinsdag 8 december 2026", "dinsdag, 8 december 2026",
                "2026/12/08", "2026.12.8", " 8-12-2026 ")) {
            assertThat(WrittenDates.read(written)).as(written).contains(december8);
        }
        assertThat(WrittenDates.read("1 sept 2027")).contains(LocalDate.of(2027, 9, 1));
        assertThat(WrittenDates.read("29-02-2028")).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aDateInDoubtIsNotRead() {
        for (String written : List.of(
                "31-02-2027",              // no such day
                "29-02-2027",              // 2027 is no leap year
                "8-12-26", "9/2/27",       // the year to guess
                "8 december",              // no year
                "woensdag 12 januari 2027", // a Tuesday: which of the two was meant?
                "8-12/2026",               // two separators
                "8 decembr 2026",          // no month
                "volgende week", "", "2026-12-08T19:30")) {
            assertThat(WrittenDates.read(written)).as(written).isEmpty();
        }
    }

    @Test
    void monthsByNameAndUsualAbbreviation() {
        assertThat(WrittenDates.month("oktober")).isEqualTo(10);
        assertThat(WrittenDates.month("okt")).isEqualTo(10);
        assertThat(WrittenDates.month("mrt")).isEqualTo(3);
        assertThat(WrittenDates.month("sept")).isEqualTo(9);
        assertThat(WrittenDates.month("mei")).isEqualTo(5);
        assertThat(WrittenDates.month("maa")).isNull();
    }
}
