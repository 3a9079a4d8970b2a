package nl.kring.render;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import nl.kring.config.RegionConfig;
import nl.kring.config.SecurityTxt;
import nl.kring.config.SiteConfig;

/**
 * A region's {@code /.well-known/security.txt} (RFC 9116): where to report a security problem, until when the file
 * holds, in which languages, and where its canonical copy is. Everything follows from {@code site-config.yml} and the
 * build's clock, so the same build gives the same bytes.
 */
final class SecurityTxtFile {

    static final String PATH = ".well-known/security.txt";

    private SecurityTxtFile() {
    }

    /** The file, or empty when neither {@code securityTxt.contact} nor the region's contact e-mail is known. */
    static Optional<OutputFile> of(SiteConfig site, RegionConfig region, LocalDateTime now) {
        SecurityTxt settings = site.statementsFor(region).securityTxt();
        String contact = settings != null && settings.contact() != null ? settings.contact()
                : region.contact() != null && region.contact().email() != null ? "mailto:" + region.contact().email()
                : null;
        if (contact == null) {
            return Optional.empty();
        }
        // Explicit: the start of that day; by default a year less a day after the build, so always within a year.
        LocalDate expires = settings != null && settings.expires() != null ? settings.expires()
                : now.toLocalDate().plusYears(1).minusDays(1);
        String text = "Contact: " + contact + "\n"
                + "Expires: " + DateTimeFormatter.ISO_INSTANT.format(expires.atStartOfDay(site.timezone())
                        .withZoneSameInstant(ZoneOffset.UTC).toInstant()) + "\n"
                + "Preferred-Languages: nl, en\n"
                + "Canonical: " + canonical(region.baseUrl()) + "\n";
        return Optional.of(new OutputFile(PATH, text.getBytes(StandardCharsets.UTF_8), null));
    }

    /**
     * RFC 9116 places the file at the root of the host, also for a site under a sub-path: its canonical address is
     * the host's, and the host serves the region's copy there (docs/publishing.md).
     */
    static String canonical(URI baseUrl) {
        return baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + "/" + PATH;
    }
}
