package nl.kring.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
 * <p>
 * A value like a record (equal by its text and parts), but a class: the BYxxx parts are read into numbers once, when
 * the rule is parsed. Expanding a rule asks each day of a period whether it is one of the rule's, and doing that by
 * splitting and matching the parts' text was about 9% of a build's CPU (every group's next meetings, calendar and
 * checks; docs/performance.md, "Issue 16: a meeting rule read once").
 */
public final class RecurrenceRule {

    private static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    private static final Set<String> KEYS = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY",
            "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST", "BYWEEKNO", "BYYEARDAY");
    private static final Pattern BYDAY = Pattern.compile("([+-]?)(\\d{0,2})(MO|TU|WE|TH|FR|SA|SU)");
    /** A day written with a Dutch abbreviation (ma, di, wo, do, vr, za, zo): what an editor in the Netherlands types. */
    private static final Pattern DUTCH_BYDAY = Pattern.compile("([+-]?\\d{0,2})(MA|DI|WO|DO|VR|ZA|ZO)");
    private static final Map<String, String[]> DUTCH_DAYS = Map.of("MA", new String[] {"MO", "maandag"},
            "DI", new String[] {"TU", "dinsdag"}, "WO", new String[] {"WE", "woensdag"},
            "DO", new String[] {"TH", "donderdag"}, "VR", new String[] {"FR", "vrijdag"},
            "ZA", new String[] {"SA", "zaterdag"}, "ZO", new String[] {"SU", "zondag"});
    private static final Pattern NUMBER_LIST = Pattern.compile("[+-]?\\d{1,3}(,[+-]?\\d{1,3})*");
    private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    private final String text;
    private final Map<String, String> parts;
    private final String freq;
    private final int interval;
    /** COUNT, or 0 for none. */
    private final int count;
    private final LocalDate until;
    private final DayOfWeek weekStart;
    /** Whether the rule names months (BYMONTH), and which: bit n for month n. */
    private final boolean namesMonths;
    private final int byMonth;
    /** The numbers of BYMONTHDAY, BYYEARDAY, BYWEEKNO and BYSETPOS, or null where the rule has no such part. */
    private final int[] byMonthDay;
    private final int[] byYearDay;
    private final int[] byWeekNo;
    private final int[] bySetPos;
    /** BYDAY's weekdays (1 = Monday) and their ordinals (0 for every such weekday of the period), or null. */
    private final int[] byDayWeekday;
    private final int[] byDayOrdinal;
    private final boolean dependsOnStart;

    private RecurrenceRule(String text, Map<String, String> parts) {
        this.text = text;
        this.parts = parts;
        this.freq = parts.get("FREQ");
        this.interval = parts.containsKey("INTERVAL") ? Integer.parseInt(parts.get("INTERVAL")) : 1;
        this.count = parts.containsKey("COUNT") ? Integer.parseInt(parts.get("COUNT")) : 0;
        String untilText = parts.get("UNTIL");
        try {
            this.until = untilText == null ? null
                    : LocalDate.parse(untilText.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRule("rrule.until");  // eight digits, but no date ("20261340")
        }
        this.weekStart = parts.containsKey("WKST") ? dayOfWeek(parts.get("WKST")) : DayOfWeek.MONDAY;
        int months = 0;
        for (int month : numbers(parts.get("BYMONTH"), new int[0])) {
            if (month >= 1 && month <= 12) {
                months |= 1 << month;
            }
        }
        this.namesMonths = parts.containsKey("BYMONTH");
        this.byMonth = months;
        this.byMonthDay = numbers(parts.get("BYMONTHDAY"), null);
        this.byYearDay = numbers(parts.get("BYYEARDAY"), null);
        this.byWeekNo = numbers(parts.get("BYWEEKNO"), null);
        this.bySetPos = numbers(parts.get("BYSETPOS"), null);
        String byDay = parts.get("BYDAY");
        if (byDay == null) {
            this.byDayWeekday = null;
            this.byDayOrdinal = null;
        } else {
            String[] days = byDay.split(",");
            this.byDayWeekday = new int[days.length];
            this.byDayOrdinal = new int[days.length];
            for (int i = 0; i < days.length; i++) {
                Matcher m = BYDAY.matcher(days[i]);
                if (!m.matches()) {
                    throw new InvalidRule("rrule.byday", days[i]);
                }
                byDayWeekday[i] = dayOfWeek(m.group(3)).getValue();
                // "0TU" (an ordinal of zero) names no day; Integer.MIN_VALUE never equals a week's index
                int ordinal = m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2)) * ("-".equals(m.group(1)) ? -1 : 1);
                byDayOrdinal[i] = !m.group(2).isEmpty() && ordinal == 0 ? Integer.MIN_VALUE : ordinal;
            }
        }
        boolean namesDay = byDay != null || byMonthDay != null || byYearDay != null;
        this.dependsOnStart = interval != 1 || count != 0 || !namesDay && !"DAILY".equals(freq);
    }

    /** The comma-separated numbers of a part ("+2,-1"), or {@code none} when the rule has no such part. */
    private static int[] numbers(String list, int[] none) {
        if (list == null) {
            return none;
        }
        String[] items = list.split(",");
        int[] numbers = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            numbers[i] = Integer.parseInt(items[i].replace("+", ""));
        }
        return numbers;
    }

    /** The rule as Kring writes it: its parts, FREQ first. */
    public String text() {
        return text;
    }

    /** The rule's parts by name (FREQ, BYDAY, ...), their values in capitals. */
    public Map<String, String> parts() {
        return parts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecurrenceRule rule && rule.text.equals(text) && rule.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + parts.hashCode();
    }

    @Override
    public String toString() {
        return "RecurrenceRule[text=" + text + ", parts=" + parts + "]";
    }

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
                Matcher dutch = DUTCH_BYDAY.matcher(day);
                if (dutch.matches()) {
                    String[] english = DUTCH_DAYS.get(dutch.group(2));
                    throw new InvalidRule("rrule.byday.dutch", day, dutch.group(1) + english[0], english[1]);
                }
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
                .sorted(java.util.Comparator.comparing(e -> !e.getKey().equals("FREQ")))
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
        return new RecurrenceRule(normalized, Map.copyOf(parts));
    }

    private static void checkNumber(Map<String, String> parts, String key) {
        if (parts.containsKey(key) && !parts.get(key).matches("[1-9]\\d{0,3}")) {
            throw new InvalidRule("rrule.positive", key);
        }
    }

    /**
     * The dates of the series that starts with {@code dtstart} (the calendar's DTSTART), as RFC 5545
     * expands it: period by period (day, week from WKST, month or year, every INTERVAL), the days the BYxxx
     * parts allow in that period (with DTSTART's weekday, day or month where the rule names none), then
     * BYSETPOS, then COUNT and UNTIL. Returns the dates on or after {@code notBefore} and not after
     * {@code notAfter}, at most {@code limit} of them. DTSTART is expected to be a date of the rule
     * (validation checks it); a date before it never is one.
     */
    public List<LocalDate> dates(LocalDate dtstart, LocalDate notBefore, LocalDate notAfter, int limit) {
        List<LocalDate> out = new java.util.ArrayList<>();
        LocalDate end = until != null && until.isBefore(notAfter) ? until : notAfter;
        // A rule that does not depend on its start meets on the same days of each period, whatever the start: the
        // walk begins at the period of notBefore, not at a DTSTART years back (a group that meets since 2019).
        LocalDate walkFrom = !dependsOnStart && notBefore.isAfter(dtstart) ? notBefore : dtstart;
        LocalDate first = switch (freq) {
            case "DAILY" -> walkFrom;
            case "WEEKLY" -> walkFrom.with(java.time.temporal.TemporalAdjusters.previousOrSame(weekStart));
            case "MONTHLY" -> walkFrom.withDayOfMonth(1);
            default -> walkFrom.withDayOfYear(1);
        };
        int seen = 0;
        for (long k = 0; ; k++) {
            LocalDate periodStart = switch (freq) {
                case "DAILY" -> first.plusDays(k * interval);
                case "WEEKLY" -> first.plusWeeks(k * interval);
                case "MONTHLY" -> first.plusMonths(k * interval);
                default -> first.plusYears(k * interval);
            };
            if (periodStart.isAfter(end)) {
                return out;
            }
            LocalDate periodEnd = switch (freq) {
                case "DAILY" -> periodStart;
                case "WEEKLY" -> periodStart.plusDays(6);
                case "MONTHLY" -> periodStart.withDayOfMonth(periodStart.lengthOfMonth());
                default -> periodStart.withDayOfYear(periodStart.lengthOfYear());
            };
            for (LocalDate day : setPositions(candidates(periodStart, periodEnd, dtstart))) {
                if (day.isBefore(dtstart)) {
                    continue;
                }
                seen++;
                if (count != 0 && seen > count || day.isAfter(end)) {
                    return out;
                }
                if (!day.isBefore(notBefore)) {
                    out.add(day);
                    if (out.size() >= limit) {
                        return out;
                    }
                }
            }
        }
    }

    /** Whether {@code day} is a date of the series that starts there (the check for a {@code from}). */
    public boolean startsSeries(LocalDate day) {
        return dates(day, day, day, 1).equals(List.of(day));
    }

    /** Whether the rule's dates depend on its start date (INTERVAL, COUNT, or no weekday or day to meet on). */
    public boolean dependsOnStart() {
        return dependsOnStart;
    }

    /** The rule's UNTIL as a date, or null. */
    public LocalDate untilDate() {
        return until;
    }

    /** The same rule without the given parts (e.g. UNTIL, when Kring writes its own). */
    public RecurrenceRule without(String... keys) {
        Map<String, String> kept = ordered();
        kept.keySet().removeAll(List.of(keys));
        return parse(String.join(";", kept.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }

    /** The same rule with one part set (added at the end, or replacing the part where it is). */
    public RecurrenceRule with(String key, String value) {
        Map<String, String> changed = ordered();
        changed.put(key, value);
        return parse(String.join(";", changed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }

    /** The parts in the order the rule writes them (FREQ first: some calendar apps expect it there). */
    private Map<String, String> ordered() {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            ordered.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return ordered;
    }

    /** The days of one period that the BYxxx parts allow, with DTSTART's defaults. */
    private List<LocalDate> candidates(LocalDate from, LocalDate to, LocalDate dtstart) {
        boolean byDay = byDayWeekday != null;
        boolean byMonthDay = this.byMonthDay != null;
        boolean byMonth = namesMonths;
        boolean byYearDay = this.byYearDay != null;
        boolean byWeekNo = this.byWeekNo != null;
        List<LocalDate> days = new java.util.ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!matches(day)) {
                continue;
            }
            if (byYearDay && !matchesNumber(day.getDayOfYear(), day.lengthOfYear(), this.byYearDay)) {
                continue;
            }
            if (byWeekNo && !matchesNumber(day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    (int) java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(day).getMaximum(),
                    this.byWeekNo)) {
                continue;
            }
            boolean keep = switch (freq) {
                case "WEEKLY" -> byDay || day.getDayOfWeek() == dtstart.getDayOfWeek();
                case "MONTHLY" -> byDay || byMonthDay || day.getDayOfMonth() == dtstart.getDayOfMonth();
                case "YEARLY" -> byDay || byMonthDay || byYearDay || byWeekNo
                        || (byMonth || day.getMonth() == dtstart.getMonth()) && day.getDayOfMonth() == dtstart.getDayOfMonth();
                default -> true;
            };
            if (keep) {
                days.add(day);
            }
        }
        return days;
    }

    private static boolean matchesNumber(int value, int size, int[] numbers) {
        for (int n : numbers) {
            if (n > 0 ? value == n : value == size + n + 1) {
                return true;
            }
        }
        return false;
    }

    private List<LocalDate> setPositions(List<LocalDate> days) {
        if (bySetPos == null || days.isEmpty()) {
            return days;
        }
        java.util.TreeSet<LocalDate> chosen = new java.util.TreeSet<>();
        for (int n : bySetPos) {
            int index = n > 0 ? n - 1 : days.size() + n;
            if (index >= 0 && index < days.size()) {
                chosen.add(days.get(index));
            }
        }
        return List.copyOf(chosen);
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
        if (namesMonths && (byMonth & 1 << day.getMonthValue()) == 0) {
            return false;
        }
        if (byMonthDay != null && !matchesNumber(day.getDayOfMonth(), day.lengthOfMonth(), byMonthDay)) {
            return false;
        }
        if (byDayWeekday == null) {
            return true;
        }
        int weekday = day.getDayOfWeek().getValue();
        for (int i = 0; i < byDayWeekday.length; i++) {
            if (byDayWeekday[i] == weekday && (byDayOrdinal[i] == 0 || isOrdinal(day, byDayOrdinal[i]))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code day} is the {@code ordinal}-th of its weekday in its month (in its year for a yearly rule
     * without months), counted from the end when negative. */
    private boolean isOrdinal(LocalDate day, int ordinal) {
        boolean yearly = "YEARLY".equals(freq) && !namesMonths;
        int position = yearly ? day.getDayOfYear() : day.getDayOfMonth();
        int length = yearly ? day.lengthOfYear() : day.lengthOfMonth();
        int index = ordinal > 0 ? (position - 1) / 7 + 1 : -((length - position) / 7 + 1);
        return index == ordinal;
    }

    /**
     * For a monthly rule, the weeks of the month in which each weekday of BYDAY falls ("2TU,-1FR": Tuesday in week 2,
     * Friday in the last week, -1); a weekday BYDAY names without a number (each of them in the month) is absent.
     * Empty for any other rule.
     */
    public Map<DayOfWeek, Set<Integer>> weeksOfTheMonth() {
        String byDay = parts.get("BYDAY");
        if (byDay == null || !"MONTHLY".equals(parts.get("FREQ")) || parts.containsKey("BYSETPOS")) {
            return Map.of();
        }
        Map<DayOfWeek, Set<Integer>> weeks = new java.util.EnumMap<>(DayOfWeek.class);
        Set<DayOfWeek> everyWeek = java.util.EnumSet.noneOf(DayOfWeek.class);
        Matcher m = BYDAY.matcher(byDay.toUpperCase(Locale.ROOT));
        while (m.find()) {
            DayOfWeek day = dayOfWeek(m.group(3));
            if (m.group(2).isEmpty()) {
                everyWeek.add(day);
            } else {
                int week = Integer.parseInt(m.group(2)) * ("-".equals(m.group(1)) ? -1 : 1);
                weeks.computeIfAbsent(day, d -> new java.util.TreeSet<>()).add(week);
            }
        }
        everyWeek.forEach(weeks::remove);
        return weeks;
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
