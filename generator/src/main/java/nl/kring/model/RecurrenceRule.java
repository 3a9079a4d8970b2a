package nl.kring.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.message.Message;

/**
 * The subset of RFC 5545 RRULE that meeting schedules use, parsed just enough to check it and to
 * find its first occurrence (a calendar's DTSTART must be one).
 */
public record RecurrenceRule(String text, Map<String, String> parts) {

    private static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    private static final Set<String> KEYS = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY",
            "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST", "BYWEEKNO", "BYYEARDAY");
    private static final Pattern BYDAY = Pattern.compile("([+-]?)(\\d{0,2})(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern NUMBER_LIST = Pattern.compile("[+-]?\\d{1,3}(,[+-]?\\d{1,3})*");
    private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    /** Why a rule cannot be read, as a message for the editor ({@link #reason()}). */
    public static final class InvalidRule extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final transient Message reason;

        InvalidRule(String key, Object... args) {
            super(key);
            this.reason = Message.of(key, args);
        }

        public Message reason() {
            return reason;
        }
    }

    /** Parses {@code text}; throws {@link InvalidRule} with an editor-readable reason. */
    public static RecurrenceRule parse(String text) {
        String body = text.strip();
        if (body.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
            body = body.substring(6);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : body.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InvalidRule("rrule.part.form", part);
            }
            String key = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new InvalidRule("rrule.part.unknown", key);
            }
            if (parts.put(key, value) != null) {
                throw new InvalidRule("rrule.part.twice", key);
            }
        }
        String freq = parts.get("FREQ");
        if (freq == null || !FREQUENCIES.contains(freq)) {
            throw new InvalidRule("rrule.freq");
        }
        if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
            throw new InvalidRule("rrule.countAndUntil");
        }
        checkNumber(parts, "INTERVAL");
        checkNumber(parts, "COUNT");
        if (parts.containsKey("UNTIL") && !parts.get("UNTIL").matches("\\d{8}(T\\d{6}Z?)?")) {
            throw new InvalidRule("rrule.until");
        }
        if (parts.containsKey("BYDAY")) {
            for (String day : parts.get("BYDAY").split(",")) {
                if (!BYDAY.matcher(day).matches()) {
                    throw new InvalidRule("rrule.byday", day);
                }
            }
        }
        for (String key : List.of("BYMONTHDAY", "BYMONTH", "BYSETPOS", "BYWEEKNO", "BYYEARDAY")) {
            if (parts.containsKey(key) && !NUMBER_LIST.matcher(parts.get(key)).matches()) {
                throw new InvalidRule("rrule.numberList", key);
            }
        }
        if (parts.containsKey("WKST") && !DAY_CODES.contains(parts.get("WKST"))) {
            throw new InvalidRule("rrule.wkst");
        }
        String normalized = String.join(";", parts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
        return new RecurrenceRule(normalized, Map.copyOf(parts));
    }

    private static void checkNumber(Map<String, String> parts, String key) {
        if (parts.containsKey(key) && !parts.get(key).matches("[1-9]\\d{0,3}")) {
            throw new InvalidRule("rrule.positive", key);
        }
    }

    /** The first date on or after {@code from} that the rule's BYxxx parts allow (within two years). */
    public LocalDate firstOnOrAfter(LocalDate from) {
        for (LocalDate day = from; day.isBefore(from.plusYears(2)); day = day.plusDays(1)) {
            if (matches(day)) {
                return day;
            }
        }
        return from;
    }

    private boolean matches(LocalDate day) {
        String months = parts.get("BYMONTH");
        if (months != null && !List.of(months.split(",")).contains(String.valueOf(day.getMonthValue()))) {
            return false;
        }
        String monthDays = parts.get("BYMONTHDAY");
        if (monthDays != null && !matchesMonthDay(day, monthDays)) {
            return false;
        }
        String byDay = parts.get("BYDAY");
        return byDay == null || List.of(byDay.split(",")).stream().anyMatch(d -> matchesDay(day, d));
    }

    private static boolean matchesMonthDay(LocalDate day, String list) {
        for (String item : list.split(",")) {
            int n = Integer.parseInt(item.replace("+", ""));
            int target = n > 0 ? n : day.lengthOfMonth() + n + 1;
            if (day.getDayOfMonth() == target) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesDay(LocalDate day, String spec) {
        Matcher m = BYDAY.matcher(spec);
        if (!m.matches() || dayOfWeek(m.group(3)) != day.getDayOfWeek()) {
            return false;
        }
        if (m.group(2).isEmpty()) {
            return true;
        }
        int ordinal = Integer.parseInt(m.group(2)) * ("-".equals(m.group(1)) ? -1 : 1);
        boolean yearly = "YEARLY".equals(parts.get("FREQ")) && !parts.containsKey("BYMONTH");
        LocalDate first = yearly ? day.withDayOfYear(1) : day.withDayOfMonth(1);
        LocalDate last = yearly ? day.withDayOfYear(day.lengthOfYear()) : day.withDayOfMonth(day.lengthOfMonth());
        long index = ordinal > 0
                ? ChronoUnit.DAYS.between(first, day) / 7 + 1
                : -(ChronoUnit.DAYS.between(day, last) / 7 + 1);
        return index == ordinal;
    }

    /** The weekdays named in BYDAY ("2TU" and "TU" both give Tuesday), in order, without repeats. */
    public List<DayOfWeek> weekdays() {
        String byDay = parts.get("BYDAY");
        if (byDay == null) {
            return List.of();
        }
        java.util.LinkedHashSet<DayOfWeek> days = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = BYDAY.matcher(byDay.toUpperCase(Locale.ROOT));
        while (m.find()) {
            days.add(dayOfWeek(m.group(3)));
        }
        return List.copyOf(days);
    }

    public static DayOfWeek dayOfWeek(String code) {
        return DayOfWeek.of(DAY_CODES.indexOf(code) + 1);
    }

    public static String code(DayOfWeek day) {
        return DAY_CODES.get(day.getValue() - 1);
    }
}
