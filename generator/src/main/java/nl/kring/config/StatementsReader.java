package nl.kring.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.kring.model.Contact;
import nl.kring.source.TextFormats;
import nl.kring.source.YamlMap;

/**
 * Reads the blocks {@code securityTxt}, {@code openData} and {@code accessibility} of {@code site-config.yml}, at the
 * top (the network's) or in a region. Checks what can be checked without the build date; {@link StatementDates}
 * checks the rest.
 */
final class StatementsReader {

    /** SPDX identifiers by their lower-case form: editors may write cc0-1.0, the data says CC0-1.0. */
    private static final Map<String, String> SPDX = spdxIdentifiers();

    private static final Map<String, AccessibilitySettings.ComplianceStatus> STATUSES = Map.of(
            "A", AccessibilitySettings.ComplianceStatus.A, "B", AccessibilitySettings.ComplianceStatus.B,
            "C", AccessibilitySettings.ComplianceStatus.C, "D", AccessibilitySettings.ComplianceStatus.D);

    SiteStatements read(YamlMap parent) {
        return new SiteStatements(securityTxt(parent), licence(parent), accessibility(parent));
    }

    private static SecurityTxt securityTxt(YamlMap parent) {
        return parent.map("securityTxt", "contact", "expires").map(block -> {
            String contact = block.text("contact");
            String uri = contact == null ? null : contactUri(contact);
            if (contact != null && uri == null) {
                block.error("contact", "config.securityTxt.contact", contact);
            }
            return new SecurityTxt(uri, block.date("expires"),
                    block.has("expires") ? block.positionOf("expires") : null);
        }).orElse(null);
    }

    /**
     * The contact as RFC 9116 writes it: {@code mailto:} for an e-mail address (written with or without it), or an
     * {@code https:} web address; null for anything else (RFC 9116 allows no plain http).
     */
    static String contactUri(String contact) {
        String address = contact.regionMatches(true, 0, "mailto:", 0, 7) ? contact.substring(7) : contact;
        if (TextFormats.isEmail(address)) {
            return "mailto:" + address;
        }
        if (TextFormats.isWebUrl(contact) && contact.regionMatches(true, 0, "https:", 0, 6)) {
            return contact;
        }
        return null;
    }

    private static String licence(YamlMap parent) {
        return parent.map("openData", "licence").map(block -> {
            String licence = block.text("licence");
            if (licence == null) {
                return null;
            }
            if (TextFormats.isWebUrl(licence)) {
                return licence;
            }
            String spdx = SPDX.get(licence.toLowerCase(Locale.ROOT));
            if (spdx == null) {
                block.error("licence", "config.openData.licence", licence);
            }
            return spdx;
        }).orElse(null);
    }

    private static AccessibilitySettings accessibility(YamlMap parent) {
        return parent.map("accessibility", "status", "audit", "contact").map(block -> {
            AccessibilitySettings.ComplianceStatus status = block.choice("status", STATUSES);
            var audit = block.map("audit", "date", "url");
            java.time.LocalDate auditDate = audit.map(a -> a.requiredDate("date")).orElse(null);
            String auditUrl = audit.map(a -> {
                String url = a.requiredText("url");
                if (url != null && !TextFormats.isWebUrl(url)) {
                    a.error("url", "config.accessibility.auditUrl", url);
                    return null;
                }
                return url;
            }).orElse(null);
            if (status != null && status.needsAudit() && audit.isEmpty()) {
                block.error("status", "config.accessibility.auditNeeded", status.code());
            }
            Contact contact = block.map("contact", "email", "phone", "url").map(c -> {
                String email = c.email("email");
                String phone = c.text("phone");
                if (phone != null && !TextFormats.isPhone(phone)) {
                    c.error("phone", "field.phone.invalid", phone);
                }
                String url = c.text("url");
                if (url != null && !TextFormats.isWebUrl(url)) {
                    c.error("url", "config.accessibility.contactUrl", url);
                }
                if (email == null && phone == null && url == null) {
                    c.diagnostics().error(c.start(), "config.accessibility.contactEmpty");
                }
                return new Contact(null, null, email, phone, url);
            }).orElse(null);
            return new AccessibilitySettings(status, auditDate, auditUrl,
                    audit.map(a -> a.positionOf("date")).orElse(null), contact);
        }).orElse(null);
    }

    private static Map<String, String> spdxIdentifiers() {
        Map<String, String> ids = new TreeMap<>();
        try (InputStream in = StatementsReader.class.getResourceAsStream("spdx-license-ids.txt")) {
            if (in == null) {
                throw new IllegalStateException("spdx-license-ids.txt is missing from the jar");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(id -> ids.put(id.toLowerCase(Locale.ROOT), id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(ids);
    }
}
