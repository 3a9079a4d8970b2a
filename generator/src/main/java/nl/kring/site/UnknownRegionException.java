package nl.kring.site;

import java.util.List;

/** A region asked for with --region that site-config.yml does not define: a usage error. */
public final class UnknownRegionException extends IllegalArgumentException {

    public UnknownRegionException(List<String> unknown, List<String> known) {
        super("unknown region: " + String.join(", ", unknown)
                + " (regions in site-config.yml: " + String.join(", ", known) + ")");
    }
}
