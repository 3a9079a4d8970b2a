package nl.kring.config;

import java.net.URI;
import java.util.List;

import nl.kring.model.Contact;

/**
 * One region's site as configured: its id is also its output folder.
 *
 * @param baseUrl    absolute URL ending in '/', possibly with a sub-path
 * @param urgentHelp the region's own "Hulp nodig nu?" notice, or null to use the network's
 * @param hosting    what its web server sends: HSTS and the sites that may embed its /insluiten/ pages
 * @param statements the region's own security.txt, open data licence and accessibility settings (each block may be
 *                   null: then the network's applies)
 */
public record RegionConfig(String id, String name, URI baseUrl, List<String> municipalities,
                           String theme, Brand brand, Contact contact, UrgentHelp urgentHelp, Hosting hosting,
                           SiteStatements statements) {

    public RegionConfig {
        municipalities = List.copyOf(municipalities);
        hosting = hosting == null ? Hosting.DEFAULT : hosting;
        statements = statements == null ? SiteStatements.NONE : statements;
    }

    public RegionConfig(String id, String name, URI baseUrl, List<String> municipalities, String theme, Brand brand,
                        Contact contact, UrgentHelp urgentHelp) {
        this(id, name, baseUrl, municipalities, theme, brand, contact, urgentHelp, Hosting.DEFAULT,
                SiteStatements.NONE);
    }

    public RegionConfig(String id, String name, URI baseUrl, List<String> municipalities, String theme, Brand brand,
                        Contact contact) {
        this(id, name, baseUrl, municipalities, theme, brand, contact, null);
    }

    /** The absolute URL of a site path such as {@code /groepen/}. */
    public String absoluteUrl(String sitePath) {
        String base = baseUrl.toString();
        return base.substring(0, base.length() - 1) + sitePath;
    }

    /** The path part of the base URL, e.g. {@code /zelfhulp/}, used where relative links cannot be. */
    public String basePath() {
        return baseUrl.getRawPath();
    }
}
