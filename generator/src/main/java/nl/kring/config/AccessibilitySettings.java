package nl.kring.config;

import java.time.LocalDate;

import nl.kring.diagnostic.SourcePosition;
import nl.kring.model.Contact;

/**
 * What {@code site-config.yml} says for the accessibility statement ({@code /toegankelijkheid/}).
 *
 * @param status    the compliance status of the Dutch government's model (A–D), or null for the default (C)
 * @param auditDate the date of the expert audit (WCAG-EM) that status A or B rests on, or null
 * @param auditUrl  where that audit's report can be read, or null
 * @param auditAt   where the audit was written, for problems that need the build date; null without one
 * @param contact   where to report an accessibility problem, or null for the region's contact
 */
public record AccessibilitySettings(ComplianceStatus status, LocalDate auditDate, String auditUrl,
                                    SourcePosition auditAt, Contact contact) {

    /**
     * The statuses of the Dutch model statement. A and B need an expert audit of the whole site (WCAG-EM, at most
     * three years old); automated checks alone support no more than C.
     */
    public enum ComplianceStatus {
        A, B, C, D;

        public boolean needsAudit() {
            return this == A || this == B;
        }

        public String code() {
            return name();
        }
    }
}
