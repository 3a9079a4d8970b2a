package nl.kring.config;

import java.time.LocalDate;

import nl.kring.diagnostic.Diagnostics;

/**
 * The checks of {@code site-config.yml} that need the build date: a security.txt must not have expired and must
 * expire within a year (RFC 9116), and the audit an accessibility status rests on must have taken place, at most
 * three years ago (the government's rule for status A and B).
 */
public final class StatementDates {

    private StatementDates() {
    }

    public static void check(SiteConfig config, LocalDate today, Diagnostics diagnostics) {
        check(config.statements(), today, diagnostics);
        config.regions().forEach(region -> check(region.statements(), today, diagnostics));
    }

    private static void check(SiteStatements statements, LocalDate today, Diagnostics diagnostics) {
        SecurityTxt security = statements.securityTxt();
        if (security != null && security.expires() != null) {
            if (!security.expires().isAfter(today)) {
                diagnostics.error(security.expiresAt(), "config.securityTxt.expired", security.expires(), today);
            } else if (security.expires().isAfter(today.plusYears(1))) {
                diagnostics.error(security.expiresAt(), "config.securityTxt.tooFar", security.expires(),
                        today.plusYears(1));
            }
        }
        AccessibilitySettings accessibility = statements.accessibility();
        if (accessibility != null && accessibility.auditDate() != null) {
            if (accessibility.auditDate().isAfter(today)) {
                diagnostics.error(accessibility.auditAt(), "config.accessibility.auditFuture", accessibility.auditDate());
            } else if (accessibility.status() != null && accessibility.status().needsAudit()
                    && accessibility.auditDate().isBefore(today.minusYears(3))) {
                diagnostics.error(accessibility.auditAt(), "config.accessibility.auditOld", accessibility.auditDate(),
                        accessibility.status().code());
            }
        }
    }
}
