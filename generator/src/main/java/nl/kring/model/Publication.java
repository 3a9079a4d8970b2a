package nl.kring.model;

import java.time.LocalDate;

/**
 * Whether a content file is meant to be on the site yet: {@code draft: true} keeps it off until the
 * editor removes the line, {@code publishFrom} until that date (the daily scheduled build then
 * publishes it).
 *
 * @param publishFrom the first day it may be published, or null
 */
public record Publication(boolean draft, LocalDate publishFrom) {

    /** An ordinary, published file. */
    public static final Publication PUBLISHED = new Publication(false, null);

    /** Whether the file is published on {@code today}. */
    public boolean isPublishedOn(LocalDate today) {
        return !draft && (publishFrom == null || !publishFrom.isAfter(today));
    }
}
