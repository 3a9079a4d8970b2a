package nl.kring.model;

/**
 * Where a group or activity meets. A private location (someone's home) is never published:
 * pages only show the city and "adres na aanmelding".
 */
public record Location(String name, String address, String postcode, String city,
                       Boolean accessible, boolean isPrivate) {

    /** The part of the location that may be shown to anyone. */
    public Location publicPart() {
        return isPrivate ? new Location(null, null, null, city, accessible, true) : this;
    }
}
