package nl.kring.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A self-help or peer-support group. Optional fields are null when absent.
 *
 * @param updated      the date the information was last checked: the {@code updated} field,
 *                     else the file's last Git commit date, else null
 * @param extraRegions region ids where the group is also listed; see {@link RegionListing}
 */
public record Group(
        String municipality, String slug, String path,
        String name, List<String> topics, String summary, GroupStatus status, String audience,
        MeetingFormat format, String when, Schedule schedule, Location location, Contact contact,
        Integer facilitators, String cost, Registration registration, List<String> languages,
        LocalDate since, LocalDate updated, RegionListing extraRegions, Markdown body) implements ContentItem {

    public Group {
        topics = List.copyOf(topics);
        languages = List.copyOf(languages);
    }

    public String key() {
        return municipality + "/" + slug;
    }

    public String url() {
        return "/" + municipality + "/groepen/" + slug + "/";
    }

    /**
     * Whether the group's meeting dates may be offered (calendar file, "next meetings"): it has a schedule
     * and takes newcomers, that is it is active, or starting with a known first meeting ({@code from}).
     * Full, paused and ended groups offer none: a calendar would send someone to a closed door.
     */
    public boolean offersMeetingDates() {
        return schedule != null && (status == GroupStatus.ACTIVE
                || status == GroupStatus.STARTING && schedule.from() != null);
    }

    /** The next {@code count} meetings on or after {@code today}; empty when the group offers no dates. */
    public List<LocalDate> nextMeetings(LocalDate today, int count) {
        return offersMeetingDates() ? schedule.next(today, count) : List.of();
    }

    /** Whether the group has a calendar file: it offers meeting dates and has a meeting still to come. */
    public boolean hasCalendar(LocalDate today) {
        return !nextMeetings(today, 1).isEmpty();
    }

    /** The group's own calendar, only for groups with {@link #hasCalendar}. */
    public String calendarUrl() {
        return url() + "agenda.ics";
    }

    public boolean isListed() {
        return status.isListed();
    }

    /**
     * Whether the information should be checked with the group again: it was last checked more than
     * {@code staleAfterMonths} before {@code today}. Ended groups and groups without any date never are.
     */
    public boolean isStaleAt(LocalDate today, int staleAfterMonths) {
        return isStale(updated, status, today, staleAfterMonths);
    }

    /** The staleness rule itself, for readers that decide before the group is complete. */
    public static boolean isStale(LocalDate updated, GroupStatus status, LocalDate today, int staleAfterMonths) {
        return updated != null && status.isListed() && updated.isBefore(today.minusMonths(staleAfterMonths));
    }
}
