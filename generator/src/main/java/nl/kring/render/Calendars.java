package nl.kring.render;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.stream.Collectors;

import nl.kring.config.SiteConfig;
import nl.kring.model.Event;
import nl.kring.model.Group;
import nl.kring.model.Location;
import nl.kring.model.RecurrenceRule;
import nl.kring.model.Schedule;
import nl.kring.region.Region;

/**
 * RFC 5545 calendars: all activities of a region, and each scheduled group's recurring meeting.
 * Local times carry a TZID with a VTIMEZONE derived from the JDK's rules for the configured zone.
 */
final class Calendars {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final SiteConfig site;
    private final Region region;
    private final MeetingDates meetings;
    private final Messages messages;
    private final LocalDateTime now;
    /** The zone's VTIMEZONE lines, the same in every calendar of the region (a national one writes thousands). */
    private final String timezone;

    Calendars(SiteConfig site, Region region, Messages messages, LocalDateTime now, MeetingDates meetings) {
        this.meetings = meetings;
        this.site = site;
        this.region = region;
        this.messages = messages;
        this.now = now;
        Ics zone = new Ics();
        timezone(zone, site.timezone());
        this.timezone = zone.out.toString();
    }

    /** The activities still to come; past ones have left the subscription. */
    byte[] activities() {
        return activities(region.config().name() + " – " + messages.get("events.title"), region.upcoming());
    }

    /**
     * The coming activities for one audience page (e.g. /activiteiten/inwoners/): a resident who subscribes
     * there should not find trainings for referrers in their calendar.
     */
    byte[] activitiesFor(String audiencePage, java.util.List<nl.kring.model.Audience> audiences) {
        return activities(region.config().name() + " – " + messages.get("events.title") + " – "
                        + messages.get("events.for." + audiencePage),
                region.upcoming().stream().filter(e -> audiences.contains(e.audience())).toList());
    }

    private byte[] activities(String name, java.util.List<Event> events) {
        Ics ics = header(name);
        for (Event event : events) {
            event(ics, event);
        }
        return ics.end();
    }

    /** One activity, for its own "Zet in uw agenda". */
    byte[] event(Event event) {
        Ics ics = header(event.title());
        event(ics, event);
        return ics.end();
    }

    private void event(Ics ics, Event event) {
        ics.line("BEGIN:VEVENT");
        ics.property("UID", event.key().replace('/', '-') + "@" + region.config().baseUrl().getHost());
        ics.property("DTSTAMP", dtstamp());
        ics.property("DTSTART;TZID=" + site.timezone().getId(), LOCAL.format(event.start()));
        if (event.end() != null) {
            ics.property("DTEND;TZID=" + site.timezone().getId(), LOCAL.format(event.end()));
        }
        ics.text("SUMMARY", event.title());
        ics.text("LOCATION", location(event.location(), event.format().needsLocation()));
        ics.property("URL", region.config().absoluteUrl(event.url()));
        ics.text("DESCRIPTION", messages.get("eventType." + event.type().code()) + " – "
                + region.config().absoluteUrl(event.url()));
        ics.line("END:VEVENT");
    }

    /**
     * A group's meetings as one recurring event. DTSTART is the next meeting on or after the build date
     * (or {@code from} when that is later, or when a COUNT counts from it), so that no calendar shows a
     * meeting that was before the group started; UNTIL is the last meeting in UTC as RFC 5545 requires
     * with a TZID start; each {@code except} date still to come is an EXDATE; pause months are left out
     * of the rule's BYMONTH. Only for groups with {@link Group#hasCalendar}.
     */
    byte[] group(Group group) {
        Schedule schedule = group.schedule();
        LocalDate today = now.toLocalDate();
        RecurrenceRule rule = schedule.rule();
        LocalDate first = rule.parts().containsKey("COUNT") && schedule.from() != null ? schedule.from()
                : meetings.next(group, today, 1).get(0);
        LocalDate last = schedule.lastDate();
        rule = rule.without("UNTIL");
        if (last != null) {
            rule = rule.with("UNTIL", UTC.format(last.atTime(schedule.start()).atZone(site.timezone()).toInstant()));
        }
        String zone = site.timezone().getId();
        Ics ics = header(group.name());
        ics.line("BEGIN:VEVENT");
        ics.property("UID", group.key().replace('/', '-') + "-meetings@" + region.config().baseUrl().getHost());
        ics.property("DTSTAMP", dtstamp());
        ics.property("DTSTART;TZID=" + zone, LOCAL.format(first.atTime(schedule.start())));
        if (schedule.end() != null) {
            ics.property("DTEND;TZID=" + zone, LOCAL.format(first.atTime(schedule.end())));
        }
        ics.property("RRULE", rule.text());
        String skipped = schedule.except().stream().filter(d -> !d.isBefore(first))
                .map(d -> LOCAL.format(d.atTime(schedule.start()))).collect(Collectors.joining(","));
        if (!skipped.isEmpty()) {
            ics.property("EXDATE;TZID=" + zone, skipped);
        }
        ics.text("SUMMARY", group.name());
        ics.text("LOCATION", location(group.location(), group.format().needsLocation()));
        ics.property("URL", region.config().absoluteUrl(group.url()));
        ics.text("DESCRIPTION", group.when() + " – " + region.config().absoluteUrl(group.url()));
        ics.line("END:VEVENT");
        return ics.end();
    }

    private String location(Location location, boolean inPerson) {
        if (!inPerson || location == null) {
            return messages.get("format.online");
        }
        Location shown = location.publicPart();
        if (shown.isPrivate()) {
            return shown.city() + " (" + messages.get("location.private") + ")";
        }
        return java.util.stream.Stream.of(shown.name(), shown.address(),
                        shown.postcode() == null ? shown.city() : shown.postcode() + " " + shown.city())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
    }

    private String dtstamp() {
        return UTC.format(now.atZone(site.timezone()).toInstant());
    }

    private Ics header(String name) {
        Ics ics = new Ics();
        ics.line("BEGIN:VCALENDAR");
        ics.property("VERSION", "2.0");
        ics.property("PRODID", "-//Kring//" + region.config().name() + "//NL");
        ics.property("CALSCALE", "GREGORIAN");
        ics.property("METHOD", "PUBLISH");
        ics.text("X-WR-CALNAME", name);
        ics.property("X-WR-TIMEZONE", site.timezone().getId());
        ics.out.append(timezone);
        return ics;
    }

    /** A VTIMEZONE built from the zone's current yearly transition rules (e.g. CET/CEST). */
    private static void timezone(Ics ics, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        ics.line("BEGIN:VTIMEZONE");
        ics.property("TZID", zone.getId());
        if (rules.getTransitionRules().isEmpty()) {
            ZoneOffset offset = rules.getOffset(Instant.EPOCH);
            ics.line("BEGIN:STANDARD");
            ics.property("DTSTART", "19700101T000000");
            ics.property("TZOFFSETFROM", offset(offset));
            ics.property("TZOFFSETTO", offset(offset));
            ics.line("END:STANDARD");
        }
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            String kind = daylight ? "DAYLIGHT" : "STANDARD";
            LocalDateTime local = rule.createTransition(1970).getDateTimeBefore();
            ics.line("BEGIN:" + kind);
            ics.property("DTSTART", LOCAL.format(local));
            ics.property("TZOFFSETFROM", offset(rule.getOffsetBefore()));
            ics.property("TZOFFSETTO", offset(rule.getOffsetAfter()));
            ics.property("RRULE", "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + byDay(rule));
            ics.line("END:" + kind);
        }
        ics.line("END:VTIMEZONE");
    }

    private static String byDay(ZoneOffsetTransitionRule rule) {
        DayOfWeek day = rule.getDayOfWeek();
        int dom = rule.getDayOfMonthIndicator();
        if (day == null) {
            return ";BYMONTHDAY=" + dom;
        }
        String code = RecurrenceRule.code(day);
        if (dom < 0) {  // "day on or before the last day minus n"
            return ";BYDAY=" + code + ";BYMONTHDAY=" + rangeList(dom - 6, dom);
        }
        return ";BYDAY=" + code + ";BYMONTHDAY=" + rangeList(dom, Math.min(dom + 6, 31));
    }

    private static String rangeList(int from, int to) {
        StringBuilder list = new StringBuilder();
        for (int i = from; i <= to; i++) {
            list.append(list.isEmpty() ? "" : ",").append(i);
        }
        return list.toString();
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        return String.format("%s%02d%02d", seconds < 0 ? "-" : "+", Math.abs(seconds) / 3600, Math.abs(seconds) / 60 % 60);
    }

    /** Content lines with escaping and folding at 75 octets, CRLF-terminated. */
    private static final class Ics {
        private final StringBuilder out = new StringBuilder();

        void line(String line) {
            if (utf8Length(line) <= 75) {
                out.append(line).append("\r\n");
                return;
            }
            int budget = 75;
            int used = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = utf8Length(cp);
                if (used + size > budget) {
                    out.append("\r\n ");
                    budget = 74;
                    used = 0;
                }
                out.appendCodePoint(cp);
                used += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }

        /**
         * How many bytes {@code String.getBytes(UTF_8)} makes of one code point: a surrogate without its other
         * half becomes {@code ?}. (Encoding each character of a long line on its own made a gigabyte of garbage
         * in a national build.)
         */
        private static int utf8Length(int cp) {
            if (cp < 0x80 || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                return 1;
            }
            return cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }

        /** {@code String.getBytes(UTF_8).length}, without making the bytes; counting stops past 75. */
        private static int utf8Length(String line) {
            int length = 0;
            for (int i = 0; i < line.length() && length <= 75; ) {
                int cp = line.codePointAt(i);
                length += utf8Length(cp);
                i += Character.charCount(cp);
            }
            return length;
        }

        void property(String name, String value) {
            line(name + ":" + value);
        }

        void text(String name, String value) {
            property(name, value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                    .replace("\r\n", "\\n").replace("\n", "\\n"));
        }

        byte[] end() {
            line("END:VCALENDAR");
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
