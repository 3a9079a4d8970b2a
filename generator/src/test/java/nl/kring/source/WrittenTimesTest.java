package nl.kring.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Times as Dutch editors write them, read only where the time is beyond doubt. */
class WrittenTimesTest {

    @Test
    void theWaysDutchWritesATime() {
        Map<String, String> meant = Map.ofEntries(
                Map.entry("19.30 uur", "19:30"), Map.entry("19:30 uur", "19:30"), Map.entry("19u30", "19:30"),
                Map.entry("19.30u", "19:30"), Map.entry("19 uur", "19:00"), Map.entry("20u", "20:00"),
                Map.entry("9.30 uur", "09:30"), Map.entry("10 uur", "10:00"), Map.entry(" 19.30 UUR ", "19:30"),
                Map.entry("7 uur 's avonds", "19:00"), Map.entry("7.30 uur ’s avonds", "19:30"),
                Map.entry("19.30 uur 's avonds", "19:30"), Map.entry("1 uur 's middags", "13:00"),
                Map.entry("12 uur 's middags", "12:00"), Map.entry("9 uur 's ochtends", "09:00"),
                Map.entry("10 uur s morgens", "10:00"));
        meant.forEach((written, time) -> assertThat(WrittenTimes.suggest(written)).as(written).contains(time));
    }

    @Test
    void aTimeInDoubtIsNotRead() {
        for (String written : List.of(
                "19",                    // a number
                "half acht",             // which half hour?
                "19 uur 's ochtends",    // the hour and the part of the day disagree
                "12 uur 's avonds", "7 uur 's middags",
                "3 uur 's nachts",       // the night: left to the editor
                "25 uur", "19.75 uur",   // no such time
                "19.30-21.30",           // a start and an end
                "na het eten", "")) {
            assertThat(WrittenTimes.read(written)).as(written).isEmpty();
        }
    }
}
