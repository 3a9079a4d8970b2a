package nl.kring.model;

import java.time.LocalDateTime;

/** An activity of the network: a meeting, training, information evening... {@code end} may be null. */
public record Event(
        String municipality, String slug, String path,
        String title, EventType type, LocalDateTime start, LocalDateTime end, Audience audience,
        MeetingFormat format, Location location, Contact registration, String cost, Markdown body) implements ContentItem {

    public String key() {
        return municipality + "/" + slug;
    }

    /** The activity's own calendar file, offered while it is still to come. */
    public String calendarUrl() {
        return url() + "agenda.ics";
    }

    public String url() {
        return "/" + municipality + "/activiteiten/" + slug + "/";
    }

    /** Upcoming until it has ended (or, without an end, until its start). */
    public boolean isUpcomingAt(LocalDateTime now) {
        return (end != null ? end : start).isAfter(now);
    }
}
