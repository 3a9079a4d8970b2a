package nl.kring.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Machine-readable meeting times, used for calendars and the "next meetings" list.
 *
 * @param rrule  an RFC 5545 RRULE value or null (then the group meets every week on {@code days})
 * @param from   the date of the first meeting, or null: the series then starts at the first meeting
 *               on or after the build date
 * @param until  the date of the last meeting, or null
 * @param except dates of the rule without a meeting (holidays, a cancelled evening)
 * @param pause  months (1–12) without meetings, e.g. 7 and 8 for a summer break
 * @param meetingRule the rule of {@link #rule()}, read once when the schedule is made (whatever a caller passes), or
 *               null where the schedule has none that can be read: a group's dates, calendar and checks ask for it
 *               many times, and reading the rule's text each time was a few percent of a build
 */
public record Schedule(List<DayOfWeek> days, LocalTime start, LocalTime end, String rrule,
                       LocalDate from, LocalDate until, List<LocalDate> except, List<Integer> pause,
                       RecurrenceRule meetingRule) {

    /** How far ahead Kring looks for the next meetings: a rule that has none within this is over. */
    private static final int YEARS_AHEAD = 5;

    public Schedule {
        days = List.copyOf(days);
        except = List.copyOf(new TreeSet<>(except));
        pause = List.copyOf(new TreeSet<>(pause));
        meetingRule = readRuleOrNull(days, rrule, pause);
    }

    public Schedule(List<DayOfWeek> days, LocalTime start, LocalTime end, String rrule,
                    LocalDate from, LocalDate until, List<LocalDate> except, List<Integer> pause) {
        this(days, start, end, rrule, from, until, except, pause, null);
    }

    /** A schedule with only a rule and times, as older content files write it. */
    public Schedule(List<DayOfWeek> days, LocalTime start, LocalTime end, String rrule) {
        this(days, start, end, rrule, null, null, List.of(), List.of());
    }

    /** Every weekday the group meets on: its {@code days} and the weekdays of its {@code rrule}. */
    public List<DayOfWeek> weekdays() {
        java.util.Set<DayOfWeek> all = new java.util.TreeSet<>(days);
        if (rrule != null) {
            try {
                all.addAll((meetingRule != null ? meetingRule : RecurrenceRule.parse(rrule)).weekdays());
            } catch (IllegalArgumentException e) {
                // validation has reported it; a search facet is no place to fail
            }
        }
        return List.copyOf(all);
    }

    /**
     * The rule the meetings follow, as a calendar writes it: the {@code rrule} (or weekly on {@code days}),
     * with the {@code pause} months left out through BYMONTH, which every calendar app understands.
     * {@code until} and {@code except} are not in it: a calendar carries them as UNTIL and EXDATE.
     * Throws {@link IllegalArgumentException} where there is no such rule (no days, a rule that cannot be read, a
     * pause of every month the rule has).
     */
    public RecurrenceRule rule() {
        return meetingRule != null ? meetingRule : readRule(days, rrule, pause);
    }

    private static RecurrenceRule readRuleOrNull(List<DayOfWeek> days, String rrule, List<Integer> pause) {
        if (rrule == null && days.isEmpty()) {
            return null;
        }
        try {
            return readRule(days, rrule, pause);
        } catch (IllegalArgumentException e) {
            return null;  // validation reports it; rule() throws it again for whoever asks
        }
    }

    private static RecurrenceRule readRule(List<DayOfWeek> days, String rrule, List<Integer> pause) {
        RecurrenceRule rule = RecurrenceRule.parse(rrule != null ? rrule
                : "FREQ=WEEKLY;BYDAY=" + days.stream().map(RecurrenceRule::code).collect(Collectors.joining(",")));
        if (pause.isEmpty()) {
            return rule;
        }
        Set<Integer> months = rule.parts().containsKey("BYMONTH")
                ? java.util.Arrays.stream(rule.parts().get("BYMONTH").split(",")).map(Integer::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new))
                : IntStream.rangeClosed(1, 12).boxed().collect(Collectors.toCollection(TreeSet::new));
        months.removeAll(pause);
        return rule.with("BYMONTH", months.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /** Whether there is a rule at all (a schedule with a mistake in it may have none). */
    public boolean hasRule() {
        return rrule != null || !days.isEmpty();
    }

    /** The date the series is counted from: {@code from}, or else the build date. */
    public LocalDate anchor(LocalDate today) {
        return from != null ? from : today;
    }

    /** The last date a meeting can be on: {@code until}, the rule's own UNTIL, or null. */
    public LocalDate lastDate() {
        if (!hasRule()) {
            return until;
        }
        LocalDate ruleUntil = rule().untilDate();
        if (until == null || ruleUntil == null) {
            return until != null ? until : ruleUntil;
        }
        return until.isBefore(ruleUntil) ? until : ruleUntil;
    }

    /**
     * The next {@code count} meeting dates on or after {@code today} (and on or after {@code from}),
     * without the {@code except} dates; fewer when the series ends.
     */
    public List<LocalDate> next(LocalDate today, int count) {
        return dates(today, null, count);
    }

    /**
     * The meeting dates from {@code today} up to and including {@code end} (and on or after {@code from}), without
     * the {@code except} dates: only the days up to {@code end} are looked at, where {@link #next} may look years
     * ahead for a monthly rule's dates.
     */
    public List<LocalDate> until(LocalDate today, LocalDate end) {
        if (end.isBefore(today)) {
            return List.of();
        }
        return dates(today, end, (int) java.time.temporal.ChronoUnit.DAYS.between(today, end) + 1);
    }

    private List<LocalDate> dates(LocalDate today, LocalDate end, int count) {
        if (!hasRule()) {
            return List.of();
        }
        LocalDate anchor = anchor(today);
        LocalDate notBefore = anchor.isAfter(today) ? anchor : today;
        LocalDate last = lastDate();
        LocalDate horizon = notBefore.plusYears(YEARS_AHEAD);
        if (end != null && end.isBefore(horizon)) {
            horizon = end;
        }
        LocalDate notAfter = last != null && last.isBefore(horizon) ? last : horizon;
        if (notAfter.isBefore(notBefore)) {
            return List.of();
        }
        Set<LocalDate> skipped = Set.copyOf(except);
        RecurrenceRule rule = rule();
        // Without a from, the series starts at the rule's first date on or after the build date.
        LocalDate dtstart = from != null ? from : firstDate(rule, anchor, horizon);
        if (dtstart == null) {
            return List.of();
        }
        return rule.dates(dtstart, notBefore, notAfter, count + except.size()).stream()
                .filter(d -> !skipped.contains(d)).limit(count).toList();
    }

    private static LocalDate firstDate(RecurrenceRule rule, LocalDate seed, LocalDate horizon) {
        List<LocalDate> first = rule.dates(seed, seed, horizon, 1);
        return first.isEmpty() ? null : first.get(0);
    }
}
