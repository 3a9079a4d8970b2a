package nl.kring.render;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import nl.kring.config.AccessibilitySettings;
import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.model.Contact;
import nl.kring.model.Page;

/**
 * What Kring fills in on the accessibility statement ({@code /toegankelijkheid/}): the compliance status and the
 * audit it rests on, the contact for problems (both from {@code site-config.yml}, with the region's contact and
 * status C as defaults) and the build date, which is the date of the site's last automated check. The checks the
 * statement lists are those of Kring's quality suite, worded in the theme's message bundle; the network's own
 * words (what it does, what does not work yet) come from {@code content/pages/toegankelijkheid.md}.
 */
final class AccessibilityStatement {

    static final String SLUG = "toegankelijkheid";
    static final String PATH = "/" + SLUG + "/";

    /** Without a configured status, Kring claims what its automated checks support and no more. */
    static final AccessibilitySettings.ComplianceStatus DEFAULT_STATUS = AccessibilitySettings.ComplianceStatus.C;

    private final AccessibilitySettings settings;
    private final RegionConfig region;
    private final LocalDate buildDate;

    AccessibilityStatement(SiteConfig site, RegionConfig region, LocalDate buildDate) {
        this.settings = site.statementsFor(region).accessibility();
        this.region = region;
        this.buildDate = buildDate;
    }

    static boolean isStatement(Page page) {
        return page.isNetworkPage() && page.slug().equals(SLUG);
    }

    /** The template's data: status, audit, contact and the date of the last automated check. */
    Map<String, Object> data() {
        Map<String, Object> data = new HashMap<>();
        AccessibilitySettings.ComplianceStatus status = settings != null && settings.status() != null
                ? settings.status() : DEFAULT_STATUS;
        data.put("status", status.code());
        data.put("hasAudit", status.needsAudit() && settings.auditDate() != null);
        if (status.needsAudit() && settings.auditDate() != null) {
            data.put("auditDate", settings.auditDate());
            data.put("auditUrl", settings.auditUrl());
        }
        Contact contact = settings != null && settings.contact() != null ? settings.contact() : region.contact();
        if (contact != null) {
            data.put("statementContact", contact);
        }
        data.put("checkedOn", buildDate);
        return data;
    }
}
