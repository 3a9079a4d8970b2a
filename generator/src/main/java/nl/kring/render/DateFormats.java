package nl.kring.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and times as residents read them ("dinsdag 8 december 2026", "19.30 uur"). The patterns
 * come from the theme's message bundle; this object is handed to templates as {@code fmt}.
 */
public final class DateFormats {

    private final DateTimeFormatter date;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;
    private final String timeSuffix;

    public DateFormats(Messages messages) {
        this.date = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
        this.longDate = DateTimeFormatter.ofPattern(messages.get("format.longDate"), messages.locale());
        this.shortDate = DateTimeFormatter.ofPattern(messages.get("format.shortDate"), messages.locale());
        this.time = DateTimeFormatter.ofPattern(messages.get("format.time"), messages.locale());
        this.timeSuffix = messages.get("format.timeSuffix");
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String longDate(TemporalAccessor value) {
        return value == null ? "" : longDate.format(value);
    }

    /** "di 8 december 2026": short weekday, for lists of dates. */
    public String shortDate(LocalDate value) {
        return value == null ? "" : shortDate.format(value);
    }

    public String time(LocalTime value) {
        return value == null ? "" : time.format(value);
    }

    /** "dinsdag 8 december 2026, 19.30–21.30 uur" (end on another day: both days in full). */
    public String span(LocalDateTime start, LocalDateTime end) {
        String from = longDate.format(start) + ", " + time.format(start);
        if (end == null) {
            return from + timeSuffix;
        }
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return from + "–" + time.format(end) + timeSuffix;
        }
        return from + timeSuffix + " – " + longDate.format(end) + ", " + time.format(end) + timeSuffix;
    }

    /** ISO form for machine-readable {@code <time datetime>} attributes. */
    public String iso(Object value) {
        return value == null ? "" : value.toString();
    }
}
