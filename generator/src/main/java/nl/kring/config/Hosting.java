package nl.kring.config;

import java.util.List;

/**
 * How a region's web server is told to serve it (site-config.yml, {@code hsts} and {@code embedding} of a region).
 *
 * @param hstsMaxAge            seconds browsers keep to https only for the host; at least a year (internet.nl)
 * @param hstsIncludeSubDomains whether that also holds for every sub-domain: only the host's owner can promise
 *                              that, so it is off unless the region says so
 * @param embedOrigins          the sites (origins such as {@code https://www.roermond.nl}) that may show the
 *                              region's {@code /insluiten/} pages in an iframe; every other page may not be framed
 */
public record Hosting(long hstsMaxAge, boolean hstsIncludeSubDomains, List<String> embedOrigins) {

    /** One year: the least internet.nl accepts. */
    public static final long MIN_HSTS_MAX_AGE = 31_536_000L;

    public static final Hosting DEFAULT = new Hosting(MIN_HSTS_MAX_AGE, false, List.of());

    public Hosting {
        embedOrigins = List.copyOf(embedOrigins);
    }
}
