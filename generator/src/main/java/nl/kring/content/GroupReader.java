package nl.kring.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import nl.kring.message.Message;
import nl.kring.model.DutchHolidays;
import nl.kring.model.GroupStatus;
import nl.kring.model.Group;
import nl.kring.model.Location;
import nl.kring.model.MeetingFormat;
import nl.kring.model.RecurrenceRule;
import nl.kring.model.RegionListing;
import nl.kring.model.Registration;
import nl.kring.model.Schedule;
import nl.kring.source.Suggestions;
import nl.kring.source.YamlMap;

/** Reads and checks {@code content/<municipality>/groups/<slug>.md}. */
final class GroupReader {

    static final Map<String, GroupStatus> STATUSES = codes(GroupStatus.values(), GroupStatus::code);
    static final Map<String, MeetingFormat> FORMATS = codes(MeetingFormat.values(), MeetingFormat::code);
    static final Map<String, Registration> REGISTRATIONS = codes(Registration.values(), Registration::code);
    static final Map<String, DayOfWeek> WEEKDAYS = codes(DayOfWeek.values(),
            d -> d.name().toLowerCase(Locale.ROOT));

    /** The front-matter fields a group file may have. */
    static final String[] FIELDS = {"draft", "publishFrom", "name", "topics", "summary", "status", "audience", "format", "when",
        "schedule", "location", "contact", "facilitators", "cost", "registration", "languages", "since",
        "updated", "regions"};
    /** The fields of a group's {@code schedule}. */
    static final String[] SCHEDULE_FIELDS = {"days", "start", "end", "rrule", "from", "until", "except", "pause"};
    /** Month names editors may write in {@code pause}, besides the numbers 1–12. */
    static final Map<String, Integer> MONTHS = months();

    private final ContentIndex index;
    private final MarkdownChecker markdown;

    GroupReader(ContentIndex index, MarkdownChecker markdown) {
        this.index = index;
        this.markdown = markdown;
    }

    Optional<Group> read(MarkdownFile file, String municipality) {
        YamlMap f = file.fields();
        CommonFields.publication(f);
        String slug = CommonFields.slug(file);
        String name = f.requiredText("name");
        List<String> topics = CommonFields.topics(f, index);
        String summary = CommonFields.summary(f, true);
        GroupStatus status = Optional.ofNullable(f.choice("status", STATUSES, DutchWords.STATUSES)).orElse(GroupStatus.ACTIVE);
        MeetingFormat format = Optional.ofNullable(f.choice("format", FORMATS, DutchWords.FORMATS)).orElse(MeetingFormat.IN_PERSON);
        String when = f.requiredText("when");
        Schedule schedule = f.map("schedule", SCHEDULE_FIELDS).map(this::schedule).orElse(null);
        checkWhenNamesTheMeetingDays(f, when, schedule);
        checkWhenNamesTheMeetingTimes(f, when, schedule);
        checkWhenNamesTheFirstMeeting(f, when, schedule, index.today());
        if (schedule != null && status == GroupStatus.STARTING && schedule.from() == null) {
            LocalDate example = schedule.hasRule() && !schedule.next(index.today(), 1).isEmpty()
                    ? schedule.next(index.today(), 1).get(0) : index.today().plusMonths(1);
            f.warn("schedule", "schedule.from.missingForStarting", example.toString());
        }
        if (schedule != null && status == GroupStatus.STARTING && schedule.from() != null
                && schedule.from().isBefore(index.today())) {
            f.warn("schedule", "schedule.from.passed", schedule.from().toString());
            // The group has met: a card saying "Start op <a past date>" would tell residents they missed it.
            // Until the editor updates the file, the site shows it as what it now is: an open group.
            status = GroupStatus.ACTIVE;
        }
        if (schedule != null && schedule.hasRule() && status.isListed()) {
            // carnival closes the venues (community centres, town halls); an online group meets in none of them
            warnOfHolidays(f, schedule, index.today(), index.carnival() && format.needsLocation());
            warnOfMonthsTheTextLeavesOut(f, when, schedule, index.today());
        }
        if (schedule != null && schedule.hasRule() && status.isListed() && schedule.lastDate() != null
                && schedule.lastDate().isBefore(index.today())) {
            f.warn("schedule", "schedule.until.passed", schedule.lastDate().toString());
        }
        Location location = CommonFields.location(f, "location");
        if (format.needsLocation() && !f.has("location")) {
            f.diagnostics().error(f.start(), "location.missing");
        }
        if (!f.has("contact")) {
            f.diagnostics().error(f.start(), "group.contact.missing");
        }
        var contact = CommonFields.contact(f, "contact", true);
        Integer facilitators = f.integer("facilitators");
        if ((facilitators == null && !f.has("facilitators") || Integer.valueOf(0).equals(facilitators))
                && status.isListed()) {
            // at the facilitators line when there is one (empty or 0), else at the start of the front matter
            f.diagnostics().warning(f.positionOf("facilitators"), "group.noFacilitators");
        }
        LocalDate since = f.date("since");
        LocalDate updated = f.date("updated");
        if (updated != null && updated.isAfter(index.today())) {
            f.error("updated", "group.updated.future", updated);
        }
        if (updated == null && !f.has("updated")) {
            updated = index.git().lastCommit(file.file().path()).orElse(null);
        }
        if (Group.isStale(updated, status, index.today(), index.staleAfterMonths())) {
            f.diagnostics().warning(f.has("updated") ? f.positionOf("updated") : f.start(),
                    f.has("updated") ? "group.stale.updated" : "group.stale.lastChange", updated,
                    index.staleAfterMonths());
        }
        RegionListing regions = regions(f);
        markdown.check(file.body(), index);
        if (index.sketchesDraft(file.file().path()) && location != null && location.city() == null) {
            location = null;  // a half-filled place in a draft: not shown until it is a place (its fields are reported)
        }
        if (name == null || summary == null || when == null) {
            if (!index.sketchesDraft(file.file().path())) {
                return Optional.empty();
            }
            // a half-written draft in the preview: shown with what is there; its problems are in the panel
            name = name == null ? slug : name;
            summary = summary == null ? "" : summary;
            when = when == null ? "" : when;
        }
        return Optional.of(new Group(municipality, slug, file.file().path(), name, topics, summary, status,
                f.text("audience"), format, when, schedule, location, contact, facilitators, f.text("cost"),
                f.choice("registration", REGISTRATIONS, DutchWords.REGISTRATIONS), f.textList("languages"), since, updated, regions,
                file.body()));
    }

    private Schedule schedule(YamlMap s) {
        List<DayOfWeek> days = new ArrayList<>();
        for (Node item : s.items("days")) {
            String raw = item instanceof ScalarNode scalar ? scalar.getValue().strip().toLowerCase(Locale.ROOT) : "";
            DayOfWeek day = WEEKDAYS.get(raw);
            if (day == null) {
                s.report(item, "schedule.days.invalid", raw, Suggestions.hint(raw, WEEKDAYS.keySet(), DutchWords.WEEKDAYS));
            } else if (!days.contains(day)) {
                days.add(day);
            }
        }
        LocalTime start = s.time("start");
        LocalTime end = s.time("end");
        if (start != null && end != null && !end.isAfter(start)) {
            s.error("end", "field.end.beforeStart", end, start);
        }
        String rrule = s.text("rrule");
        if (rrule != null) {
            try {
                rrule = RecurrenceRule.parse(rrule).text();
            } catch (RecurrenceRule.InvalidRule e) {
                s.error("rrule", "schedule.rrule.invalid", e.reason());
                rrule = null;
            }
        }
        if (days.isEmpty() && rrule == null && !s.has("rrule")) {
            s.diagnostics().error(s.start(), "schedule.noDays");
        }
        if (start == null && !s.has("start")) {
            s.diagnostics().error(s.start(), "schedule.noStart");
        }
        LocalDate from = s.date("from");
        LocalDate until = s.date("until");
        if (from != null && until != null && until.isBefore(from)) {
            s.error("until", "schedule.until.beforeFrom", until.toString(), from.toString());
            until = null;
        }
        List<LocalDate> except = new ArrayList<>();
        List<Node> exceptNodes = new ArrayList<>();
        for (Node item : s.items("except")) {
            LocalDate day = s.dateItem(item, "except");
            if (day != null) {
                except.add(day);
                exceptNodes.add(item);
            }
        }
        List<Integer> pause = new ArrayList<>();
        for (Node item : s.items("pause")) {
            Integer month = month(item);
            if (month == null) {
                String raw = item instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
                s.report(item, "schedule.pause.invalid", raw,
                        Suggestions.hint(raw.toLowerCase(Locale.ROOT), MONTHS.keySet()));
            } else {
                pause.add(month);
            }
        }
        if (pause.stream().distinct().count() == 12) {
            s.error("pause", "schedule.pause.everyMonth");
            pause.clear();
        }
        Schedule schedule = new Schedule(days, start, end, rrule, from, until, except, pause);
        if (days.isEmpty() && rrule == null) {
            return schedule;
        }
        RecurrenceRule rule;
        try {
            rule = schedule.rule();
        } catch (IllegalArgumentException e) {
            s.error("pause", "schedule.pause.noMonthLeft");
            return new Schedule(days, start, end, rrule, from, until, except, List.of());
        }
        if (!days.isEmpty() && rrule != null && !rule.weekdays().isEmpty()
                && !java.util.Set.copyOf(days).equals(java.util.Set.copyOf(rule.weekdays()))) {
            // the dates follow the rule; 'days' would still put the group under other weekdays in the search
            s.error("days", "schedule.days.notTheRules", Message.and(days.stream().map(DutchWords::weekdayName).toList()),
                    Message.and(rule.weekdays().stream().map(DutchWords::weekdayName).toList()));
        }
        if (until != null && (rule.parts().containsKey("UNTIL") || rule.parts().containsKey("COUNT"))) {
            s.error("until", "schedule.until.andRuleEnd");
        }
        if (from != null && !rule.startsSeries(from)) {
            s.error("from", "schedule.from.notOnRule", from.toString(), weekday(from), rule.text(),
                    nearest(rule, rule.dependsOnStart() ? from : from.minusYears(1), from));
        } else if (from == null && rule.dependsOnStart()) {
            s.diagnostics().warning(s.positionOf("rrule"), "schedule.rrule.dependsOnStart", rule.text());
        }
        if (from != null || !rule.dependsOnStart()) {
            for (int i = 0; i < except.size(); i++) {
                LocalDate day = except.get(i);
                LocalDate seed = from != null ? from : day.minusYears(1);
                if (day.isBefore(seed)) {
                    continue;
                }
                // a rule that does not depend on its start meets on the same days of each calendar period whatever
                // the start: walking from a 'from' years back (a group that meets since 2019) only cost time
                LocalDate walkFrom = rule.dependsOnStart() || seed.isAfter(day.minusYears(1)) ? seed : day.minusYears(1);
                if (!rule.dates(walkFrom, day, day, 1).contains(day)) {
                    s.report(exceptNodes.get(i), "schedule.except.notOnRule", day.toString(), weekday(day),
                            rule.text(), nearest(rule, seed, day));
                }
            }
        }
        return schedule;
    }

    /** " (did you mean 2027-01-16, a saturday?)": the meeting of the series from {@code seed} nearest to {@code day}. */
    private static Message nearest(RecurrenceRule rule, LocalDate seed, LocalDate day) {
        LocalDate notBefore = day.minusDays(45).isBefore(seed) ? seed : day.minusDays(45);
        return rule.dates(seed, notBefore, day.plusDays(45), 200).stream()
                .min(java.util.Comparator.comparingLong((LocalDate d) -> Math.abs(d.toEpochDay() - day.toEpochDay()))
                        .thenComparing(d -> d.isBefore(day)))
                .map(d -> Message.of("schedule.nearestMeeting", d.toString(), weekday(d))).orElse(Suggestions.NONE);
    }

    /**
     * The page shows the editor's {@code when} ("Elke tweede dinsdag van de maand") above the meeting dates the
     * schedule gives: when the text names weekdays and the schedule meets on none of them, one of the two sends
     * residents out on the wrong day. Only a text that names no day the group meets on is reported ("dinsdag, in
     * de zomer op woensdag" is fine with either).
     */
    private static void checkWhenNamesTheMeetingDays(YamlMap f, String when, Schedule schedule) {
        if (when == null || schedule == null || !schedule.hasRule()) {
            return;
        }
        java.util.Set<DayOfWeek> named = DutchWords.weekdaysNamedIn(when);
        if (named.isEmpty()) {
            return;   // a text that names no weekday ("Eens per maand") is the editor's to word
        }
        RecurrenceRule rule;
        try {
            rule = schedule.rule();
        } catch (IllegalArgumentException e) {
            return;   // reported with the schedule
        }
        List<DayOfWeek> meets = rule.weekdays();
        if (!meets.isEmpty() && java.util.Collections.disjoint(named, meets)) {
            f.error("when", "group.when.otherDays", Message.and(named.stream().map(DutchWords::weekdayName).toList()),
                    Message.and(meets.stream().map(DutchWords::weekdayName).toList()));
            return;
        }
        // "Elke tweede dinsdag" above a rule of the third: the right day, in the wrong week
        Map<DayOfWeek, java.util.Set<Integer>> ruleWeeks = rule.weeksOfTheMonth();
        if (ruleWeeks.isEmpty()) {
            return;
        }
        DutchWords.weeksOfTheMonthNamedIn(when).forEach((day, weeks) -> {
            java.util.Set<Integer> meetsIn = ruleWeeks.get(day);
            if (meetsIn != null && java.util.Collections.disjoint(weeks, meetsIn)) {
                f.error("when", "group.when.otherWeek", DutchWords.weekdayName(day), rule.text());
            }
        });
    }

    /**
     * The page shows the {@code when} text ("Elke dinsdag, 19.30–21.30 uur"); the calendar entries, the "add to my
     * calendar" links and the open data take the schedule's {@code start} and {@code end}. A text whose clock times
     * are none of the start sends residents out at another time than their calendar: an error. A range that starts
     * at the start but ends elsewhere than {@code end} is a warning (nobody comes too late, but the calendar blocks
     * the wrong hours). Times on a twelve-hour clock count ("om 7 uur" for 19:00); a text that names no clock time,
     * or also the start ("inloop vanaf 18.30, start 19.00"), is the editor's to word.
     */
    private static void checkWhenNamesTheMeetingTimes(YamlMap f, String when, Schedule schedule) {
        if (when == null || schedule == null || schedule.start() == null) {
            return;
        }
        ClockTimes.Named named = ClockTimes.in(when);
        if (named.times().isEmpty()) {
            return;
        }
        if (named.times().stream().noneMatch(time -> ClockTimes.sameTime(time, schedule.start()))) {
            f.error("when", "group.when.otherTime", Message.and(named.times().stream().map(ClockTimes::written).distinct()
                    .toList()), ClockTimes.written(schedule.start()));
            return;
        }
        if (schedule.end() == null) {
            return;
        }
        for (List<java.time.LocalTime> range : named.ranges()) {
            if (ClockTimes.sameTime(range.get(0), schedule.start())
                    && !ClockTimes.sameTime(range.get(1), schedule.end())) {
                f.warn("when", "group.when.otherEnd", ClockTimes.written(range.get(1)),
                        ClockTimes.written(schedule.end()));
                return;
            }
        }
    }

    /**
     * "Vanaf 7 januari 2027, elke donderdag" above {@code from: 2027-01-14}: the page shows the text above dates that
     * start a week later, and a resident who has waited for a new group comes to its first meeting on the wrong day.
     * Only a first meeting still to come is compared (a group that began years ago may write "vanaf 3 september
     * weer" after its summer pause), and only a day the text names as a beginning ("vanaf", "start", "per", …).
     */
    private static void checkWhenNamesTheFirstMeeting(YamlMap f, String when, Schedule schedule, LocalDate today) {
        if (when == null || schedule == null || schedule.from() == null || schedule.from().isBefore(today)) {
            return;
        }
        LocalDate from = schedule.from();
        for (DutchWords.NamedDay named : DutchWords.beginningsNamedIn(when)) {
            boolean sameDay = named.day().equals(java.time.MonthDay.from(from));
            if (!sameDay || named.year() != null && named.year() != from.getYear()) {
                Message day = Message.of("date.dayMonth", named.day().getDayOfMonth(),
                        Message.of("month." + named.day().getMonthValue()));
                f.error("when", "group.when.otherFrom", named.year() == null ? day
                        : Message.of("date.dayMonthYear", day, named.year().toString()), from.toString());
                return;
            }
        }
    }

    /**
     * "Elke derde dinsdag, behalve in juli en augustus" above a schedule without {@code pause}: the page lists the
     * next meetings and the calendar carries them in July and August, and someone comes to a closed door. A warning
     * (the text is read by rules), which names the months with meetings in the coming year and the {@code pause}
     * that leaves them out.
     */
    private static void warnOfMonthsTheTextLeavesOut(YamlMap f, String when, Schedule schedule, LocalDate today) {
        if (when == null) {
            return;
        }
        java.util.Set<Integer> leftOut = DutchWords.monthsLeftOutIn(when);
        if (leftOut.isEmpty()) {
            return;
        }
        java.util.Set<Integer> meets = new java.util.TreeSet<>();
        try {
            for (LocalDate date : schedule.until(today, today.plusYears(1))) {
                if (leftOut.contains(date.getMonthValue())) {
                    meets.add(date.getMonthValue());
                }
            }
        } catch (IllegalArgumentException e) {
            return;   // an invalid rule is reported with the schedule
        }
        if (!meets.isEmpty()) {
            f.warn("when", "group.when.monthsLeftOut", months(leftOut), months(meets),
                    String.join(", ", leftOut.stream().map(String::valueOf).toList()));
        }
    }

    private static Message months(java.util.Set<Integer> months) {
        return Message.and(months.stream().map(m -> Message.of("month." + m)).toList());
    }

    /**
     * A meeting the schedule puts on a public holiday in the coming weeks: the page and the calendar list it, and
     * the venue may be closed (Easter Monday, Boxing Day). A warning, since many groups do meet: the editor either
     * lets it stand or adds the date to 'except'. Carnival counts too where the network keeps it ({@code carnival}).
     */
    private static void warnOfHolidays(YamlMap f, Schedule schedule, LocalDate today, boolean carnival) {
        LocalDate end = today.plusWeeks(DutchHolidays.WEEKS_AHEAD);
        List<LocalDate> holidays = DutchHolidays.between(today, end, carnival);
        if (holidays.isEmpty()) {
            return;
        }
        List<DayOfWeek> weekdays = schedule.weekdays();
        if (!weekdays.isEmpty() && holidays.stream().noneMatch(day -> weekdays.contains(day.getDayOfWeek()))) {
            return;   // no holiday on a day the group meets: most groups, without working out their dates
        }
        List<LocalDate> coming;
        try {
            coming = schedule.until(today, end);
        } catch (IllegalArgumentException e) {
            return;   // reported with the schedule
        }
        for (LocalDate day : coming) {
            DutchHolidays.on(day, carnival).ifPresent(holiday -> f.warn("schedule", "schedule.holiday", day.toString(),
                    Message.of("holiday." + holiday)));
        }
    }

    /** The weekday in the editor's language ("zaterdag", "saturday"): a message, translated when printed. */
    private static Message weekday(LocalDate day) {
        return DutchWords.weekdayName(day.getDayOfWeek());
    }

    private static Integer month(Node item) {
        if (!(item instanceof ScalarNode scalar)) {
            return null;
        }
        String raw = scalar.getValue().strip().toLowerCase(Locale.ROOT);
        if (raw.matches("\\d{1,2}")) {
            int n = Integer.parseInt(raw);
            return n >= 1 && n <= 12 ? n : null;
        }
        return MONTHS.get(raw);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(DutchWords.MONTH_NAMES.get(i), i + 1);
            months.put(java.time.Month.of(i + 1).name().toLowerCase(Locale.ROOT), i + 1);
        }
        return Map.copyOf(months);
    }

    private RegionListing regions(YamlMap f) {
        if (!f.has("regions")) {
            return RegionListing.NONE;
        }
        if (f.isScalar("regions") && "all".equals(f.text("regions"))) {
            return RegionListing.ALL;
        }
        List<Node> items = f.items("regions");
        if (items.size() == 1 && items.getFirst() instanceof ScalarNode only && only.getValue().strip().equals("all")) {
            return RegionListing.ALL;  // [all] says the same as all: nothing to be strict about
        }
        List<String> ids = new ArrayList<>();
        for (Node item : items) {
            String id = item instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
            if (index.regionIds().contains(id) || !index.regionsKnown() && !id.equals("all")) {
                ids.add(id);
            } else if (id.equals("all")) {
                f.report(item, "regions.allInList");
            } else {
                f.report(item, "regions.unknown", id, Suggestions.hint(id, index.regionIds()));
            }
        }
        return new RegionListing(false, ids);
    }

    static <E> Map<String, E> codes(E[] values, java.util.function.Function<E, String> code) {
        Map<String, E> map = new java.util.LinkedHashMap<>();
        for (E value : values) {
            map.put(code.apply(value), value);
        }
        return map;
    }
}
