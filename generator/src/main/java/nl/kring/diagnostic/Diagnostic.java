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

    /** The message key that wraps a problem found in a draft (draft: true), shown as a warning. */
    public static final String DRAFT_PROBLEM = "draft.problem";

    /**
     * The stable, language-independent code of the problem, e.g. {@code field.enum}; for a problem in a draft
     * the code of the problem itself (tools tell drafts apart by {@link #isDraft()}, not by parsing prose).
     */
    public String code() {
        return problem().code();
    }

    /** Whether this is a problem in a draft, reported as a warning because the draft is not published. */
    public boolean isDraft() {
        return message.key().equals(DRAFT_PROBLEM) && !message.args().isEmpty()
                && message.args().getFirst() instanceof Message;
    }

    /** The problem itself: the message, or for a draft the message inside "in een concept: …". */
    public Message problem() {
        return isDraft() ? (Message) message.args().getFirst() : message;
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
