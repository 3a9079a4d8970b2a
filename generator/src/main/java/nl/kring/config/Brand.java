package nl.kring.config;

/** A region's own colour (CSS hex) and logo (repository-relative path); either may be null. */
public record Brand(String color, String logo) {

    public static final Brand NONE = new Brand(null, null);
}
