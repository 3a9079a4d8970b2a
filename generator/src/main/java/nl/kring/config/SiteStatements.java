package nl.kring.config;

/**
 * What a site says about itself beyond its content: its {@code security.txt}, the licence of its open data and the
 * settings of its accessibility statement. The network sets them in {@code site-config.yml}; a region may set its
 * own, field block by field block. Any of them may be null: then the documented default applies.
 *
 * @param licence the open data's licence: an SPDX identifier (e.g. CC0-1.0) or a web address
 */
public record SiteStatements(SecurityTxt securityTxt, String licence, AccessibilitySettings accessibility) {

    public static final SiteStatements NONE = new SiteStatements(null, null, null);

    /** The licence of facts when none is configured: no rights reserved, so anyone may reuse the data. */
    public static final String DEFAULT_LICENCE = "CC0-1.0";

    /** Each block from this (a region's own) where set, else from {@code network}'s. */
    public SiteStatements orElse(SiteStatements network) {
        return new SiteStatements(securityTxt != null ? securityTxt : network.securityTxt,
                licence != null ? licence : network.licence,
                accessibility != null ? accessibility : network.accessibility);
    }

    public String licenceOrDefault() {
        return licence != null ? licence : DEFAULT_LICENCE;
    }
}
