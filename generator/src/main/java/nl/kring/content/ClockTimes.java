package nl.kring.content;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock times a Dutch text names, as editors write them in a group's {@code when}: "19.30", "9.30", "19:30",
 * "19u30" (Flemish, also written in Limburg), and "om 19 uur", "vanaf 10 uur"; a range "19.30–21.30" or "van 10.00
 * tot 12.00" as a start and an end. A number without such a form ("2 uur", "1.5 uur", "€ 2,50") is no clock time.
 */
final class ClockTimes {

    /** What a text names: every clock time, and the ranges among them (a start, then its end). */
    record Named(List<LocalTime> times, List<List<LocalTime>> ranges) {
    }

    private static final String HOUR = "([01]?\\d|2[0-3])";
    /**
     * A clock time: "19.30", "19:30", "19u30"; "om 19 uur", "vanaf 10 uur", "tot 12 uur"; and "van 10" before "tot",
     * a range's start. Not glued to more digits or separators ("043.3001122", "12.000", "1.5" and the date
     * "15.01.2027" are none), nor a price ("€ 2.50").
     */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d.:,€])(?<!€ )(?:" + HOUR + "[.:u]([0-5]\\d)"
            + "|\\b(?:om|vanaf|van|tot)\\s+" + HOUR + "\\s+uur|\\bvan\\s+" + HOUR + "(?=\\s+tot\\b))(?![.:]?\\d)",
            Pattern.CASE_INSENSITIVE);
    /** Between a range's start and end: a dash or "tot (en met)", or nothing when the end begins with "tot". */
    private static final Pattern BETWEEN = Pattern.compile("\\s*(?:-|–|—|tot(?: en met)?)\\s*",
            Pattern.CASE_INSENSITIVE);

    private ClockTimes() {
    }

    static Named in(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return new Named(List.of(), List.of());
        }
        List<LocalTime> times = new ArrayList<>();
        List<List<LocalTime>> ranges = new ArrayList<>();
        Matcher clock = CLOCK.matcher(text);
        int previousEnd = -1;
        LocalTime previous = null;
        while (clock.find()) {
            LocalTime time = clock.group(1) != null
                    ? LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)))
                    : LocalTime.of(Integer.parseInt(clock.group(3) != null ? clock.group(3) : clock.group(4)), 0);
            times.add(time);
            String between = previous == null ? null : text.substring(previousEnd, clock.start());
            boolean endsARange = between != null && (BETWEEN.matcher(between).matches()
                    || between.isBlank() && clock.group().regionMatches(true, 0, "tot", 0, 3));
            if (endsARange) {
                ranges.add(List.of(previous, time));
            }
            previous = time;
            previousEnd = clock.end();
        }
        return new Named(List.copyOf(times), List.copyOf(ranges));
    }

    /**
     * Whether a time of the text is the schedule's: the same, or the same on a twelve-hour clock ("om 7 uur" for
     * 19:00, "7.30–9.30 's avonds").
     */
    static boolean sameTime(LocalTime written, LocalTime scheduled) {
        return written.equals(scheduled) || written.getHour() >= 1 && written.getHour() <= 12
                && written.getHour() + 12 == scheduled.getHour() && written.getMinute() == scheduled.getMinute();
    }

    /** A time as a Dutch text writes it: "19.30", "9.00". */
    static String written(LocalTime time) {
        return time.getHour() + "." + String.format(java.util.Locale.ROOT, "%02d", time.getMinute());
    }
}
