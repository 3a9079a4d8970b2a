package nl.kring.diagnostic;

import java.util.Comparator;
import java.util.List;

/**
 * The one problem type of Kring: what is wrong, where, and the source lines around it.
 * The CLI, the machine-readable formats and the preview's overlay all render this same object.
 *
 * @param context a few source lines ending at the offending line (may be empty)
 */
public record Diagnostic(Severity severity, SourcePosition position, String message, List<ContextLine> context) {

    /** Files first, then lines and columns; errors before warnings at the same place. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        context = List.copyOf(context);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: error: message}, the form editors and tools read. */
    public String headline() {
        return position + ": " + severity.label() + ": " + message;
    }

    /** One numbered source line shown under a diagnostic. */
    public record ContextLine(int number, String text) {
    }
}
