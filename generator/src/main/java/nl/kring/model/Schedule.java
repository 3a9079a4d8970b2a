package nl.kring.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** Machine-readable meeting times, used for calendars; {@code rrule} is an RFC 5545 RRULE value or null. */
public record Schedule(List<DayOfWeek> days, LocalTime start, LocalTime end, String rrule) {

    public Schedule {
        days = List.copyOf(days);
    }
}
