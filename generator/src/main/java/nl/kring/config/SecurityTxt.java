package nl.kring.config;

import java.time.LocalDate;

import nl.kring.diagnostic.SourcePosition;

/**
 * What {@code site-config.yml} says about a region's {@code /.well-known/security.txt} (RFC 9116).
 *
 * @param contact   where to report a security problem: a {@code mailto:} or {@code https:} URI, or null for the
 *                  default (the region's contact e-mail address)
 * @param expires   the explicit expiry date, or null for the default (a year less a day after the build date)
 * @param expiresAt where {@code expires} was written, for problems that need the build date; null without one
 */
public record SecurityTxt(String contact, LocalDate expires, SourcePosition expiresAt) {
}
