package nl.kring.source;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as Dutch editors write them, read to suggest the form a field needs: a volunteer who types
 * {@code start: 19.30 uur} gets "bedoelt u '19:30'?" with the problem.
 * <p>
 * Dutch writes "19.30 uur", "19u30", "19:30u", "19 uur", "20u", and for the clock's first half the part of the day:
 * "7 uur 's avonds", "1 uur 's middags", "9.30 uur 's ochtends". "half acht" is left alone (which half hour?), as
 * is a part of the day that contradicts the hour ("19 uur 's ochtends", "12 uur 's avonds") and the night. A time without a part of the day is read on the 24-hour clock, as the field reads
 * "9.30" (09:30).
 */
public final class WrittenTimes {

    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:\\s*[:.uh]\\s*(\\d{2}))?\\s*(uur|u)?\\s*(?:['’`]?\\s?s\\s+(ochtends|morgens|middags|avonds))?");

    private WrittenTimes() {
    }

    /** The time {@code written} names in one of the Dutch ways above, if it is beyond doubt. */
    public static Optional<LocalTime> read(String written) {
        String text = written.strip().toLowerCase(Locale.ROOT);
        Matcher m = TIME.matcher(text);
        if (!m.matches() || m.group(2) == null && m.group(3) == null) {
            return Optional.empty();   // "19" alone is a number, not a time
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hours > 23 || minutes > 59) {
            return Optional.empty();
        }
        String part = m.group(4);
        if (part != null) {
            // the part of the day moves the clock's first half, and must agree with an hour of the second
            int first = switch (part) {
                case "middags" -> 12;   // "1 uur 's middags" 13:00, "12 uur 's middags" 12:00
                case "avonds" -> 17;    // "7 uur 's avonds" 19:00
                default -> 1;           // "9 uur 's ochtends" 09:00
            };
            int last = switch (part) {
                case "middags" -> 18;
                case "avonds" -> 23;
                default -> 11;
            };
            if (hours < 12 && first >= 12) {
                hours += 12;
            }
            if (hours < first || hours > last) {
                return Optional.empty();   // "19 uur 's ochtends", "12 uur 's avonds": which was meant?
            }
        }
        return Optional.of(LocalTime.of(hours, minutes));
    }

    /** {@link #read} as the field writes it, HH:MM. */
    public static Optional<String> suggest(String written) {
        return read(written).map(time -> String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute()));
    }
}
