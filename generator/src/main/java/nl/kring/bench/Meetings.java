package nl.kring.bench;

import java.util.List;
import java.util.SplittableRandom;

/** When a group meets: the words for people ({@code when}) and the matching {@code schedule}. */
final class Meetings {

    private static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final List<String> DUTCH_DAYS = List.of("maandag", "dinsdag", "woensdag", "donderdag",
            "vrijdag", "zaterdag", "zondag");
    private static final List<String> RRULE_DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final List<String> ORDINALS = List.of("eerste", "tweede", "derde", "vierde");
    private static final int[] START_MINUTES = {10 * 60, 10 * 60 + 30, 13 * 60 + 30, 14 * 60, 19 * 60,
            19 * 60 + 30, 19 * 60 + 30, 20 * 60};

    /**
     * @param days  the schedule's weekdays, or null without a schedule
     * @param rrule the schedule's recurrence rule, or null
     * @param from  the schedule's first meeting, for rules whose weeks depend on it (every other week), or null
     */
    record Meeting(String when, List<String> days, String start, String end, String rrule, String from) {
        Meeting(String when, List<String> days, String start, String end, String rrule) {
            this(when, days, start, end, rrule, null);
        }

        boolean scheduled() {
            return days != null || rrule != null;
        }
    }

    private Meetings() {
    }

    static Meeting of(SplittableRandom random, boolean online) {
        int day = random.nextInt(10) < 8 ? random.nextInt(5) : 5 + random.nextInt(2);
        int startMinute = START_MINUTES[random.nextInt(START_MINUTES.length)];
        if (online && startMinute < 19 * 60) {
            startMinute += 6 * 60;
        }
        int endMinute = startMinute + (random.nextBoolean() ? 90 : 120);
        String hours = dutchTime(startMinute) + "–" + dutchTime(endMinute) + " uur";
        String dutchDay = DUTCH_DAYS.get(day);
        String start = clock(startMinute);
        String end = clock(endMinute);
        int kind = random.nextInt(100);
        if (kind < 38) {
            return new Meeting("Elke " + dutchDay + ", " + hours + (online ? ", via video" : ""),
                    List.of(DAYS.get(day)), start, end, null);
        }
        if (kind < 52) {
            return new Meeting("Om de week op " + dutchDay + ", " + hours, List.of(DAYS.get(day)), start, end,
                    "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + RRULE_DAYS.get(day),
                    java.time.LocalDate.of(2026, 1, 5).plusDays(day).toString());  // 5 January 2026 is a Monday
        }
        if (kind < 82) {
            int nth = random.nextInt(ORDINALS.size());
            return new Meeting("Elke " + ORDINALS.get(nth) + " " + dutchDay + " van de maand, " + hours,
                    List.of(DAYS.get(day)), start, end, "FREQ=MONTHLY;BYDAY=" + (nth + 1) + RRULE_DAYS.get(day));
        }
        if (kind < 88) {
            return new Meeting("Elke laatste " + dutchDay + " van de maand, " + hours, null, start, end,
                    "FREQ=MONTHLY;BYDAY=-1" + RRULE_DAYS.get(day));
        }
        if (kind < 92) {
            int other = (day + 2) % 5;
            int first = Math.min(day % 5, other);
            int second = Math.max(day % 5, other);
            return new Meeting("Elke " + DUTCH_DAYS.get(first) + " en " + DUTCH_DAYS.get(second) + ", " + hours,
                    List.of(DAYS.get(first), DAYS.get(second)), start, end, null);
        }
        List<String> loose = List.of("Ongeveer eens per maand, in overleg met de groep",
                "Op afspraak, meestal op een doordeweekse avond",
                "Zes keer per jaar op " + dutchDay + "avond; de data staan in de nieuwsbrief");
        return new Meeting(DutchNames.pick(loose, random), null, null, null, null);
    }

    /** "19:30" for the schedule. */
    static String clock(int minute) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    /** "19.30" as Dutch texts write it. */
    static String dutchTime(int minute) {
        return String.format(java.util.Locale.ROOT, "%d.%02d", minute / 60, minute % 60);
    }
}
