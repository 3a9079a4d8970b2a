package nl.kring.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** Machine-readable meeting times, used for calendars; {@code rrule} is an RFC 5545 RRULE value or null. */
public record Schedule(List<DayOfWeek> days, LocalTime start, LocalTime end, String rrule) {

    public Schedule {
        days = List.copyOf(days);
    }

    /** Every weekday the group meets on: its {@code days} and the weekdays of its {@code rrule}. */
    public List<DayOfWeek> weekdays() {
        java.util.Set<DayOfWeek> all = new java.util.TreeSet<>(days);
        if (rrule != null) {
            try {
                all.addAll(RecurrenceRule.parse(rrule).weekdays());
            } catch (IllegalArgumentException e) {
                // validation has reported it; a search facet is no place to fail
            }
        }
        return List.copyOf(all);
    }
}
