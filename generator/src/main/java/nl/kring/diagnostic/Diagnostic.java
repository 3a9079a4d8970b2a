package nl.kring.diagnostic;

import java.util.Comparator;
import java.util.List;

import nl.kring.message.Message;
import nl.kring.message.Texts;

/**
 * The one problem type of Kring: what is wrong, where, and the source lines around it.
 * The CLI, the machine-readable formats and the preview's overlay all render this same object, each in
 * the language the editor chose: the problem itself is a {@link Message} (a stable code plus arguments),
 * not text.
 *
 * @param context a few source lines ending at the offending line (may be empty)
 */
public record Diagnostic(Severity severity, SourcePosition position, Message message, List<ContextLine> context) {

    /** Files first, then lines and columns; errors before warnings at the same place. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(d -> d.message().argumentTexts().toString());

    public Diagnostic {
        context = List.copyOf(context);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The stable, language-independent code of the problem, e.g. {@code field.enum}. */
    public String code() {
        return message.code();
    }

    /** The problem in words, without position. */
    public String text(Texts texts) {
        return texts.text(message);
    }

    /** {@code path:line:column: fout: message}, the form editors and tools read. */
    public String headline(Texts texts) {
        return position + ": " + texts.text(severity.messageKey()) + ": " + text(texts);
    }

    /** One numbered source line shown under a diagnostic. */
    public record ContextLine(int number, String text) {
    }
}
