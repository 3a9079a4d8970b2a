package nl.kring.diagnostic;

import java.util.ArrayList;
import java.util.List;

import nl.kring.message.Message;

/**
 * Collects problems instead of throwing at the first one, so an editor sees all of them in one run.
 * Thread-safe: stages may validate files in parallel.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();
    private final SourceTexts sources;

    public Diagnostics(SourceTexts sources) {
        this.sources = sources;
    }

    public Diagnostics() {
        this(new SourceTexts());
    }

    /** The source texts used to attach context lines; loaders register each file they read. */
    public SourceTexts sources() {
        return sources;
    }

    /**
     * Reports an error: {@code key} names its text in the message bundles ({@code messages_nl.properties},
     * {@code messages_en.properties}), {@code args} fill its placeholders {@code {0}}, {@code {1}}, ….
     */
    public void error(SourcePosition at, String key, Object... args) {
        add(Severity.ERROR, at, Message.of(key, args));
    }

    /** Reports a warning, like {@link #error}. */
    public void warning(SourcePosition at, String key, Object... args) {
        add(Severity.WARNING, at, Message.of(key, args));
    }

    public void add(Severity severity, SourcePosition at, Message message) {
        Diagnostic diagnostic = new Diagnostic(severity, at, message, sources.contextAt(at));
        synchronized (items) {
            items.add(diagnostic);
        }
    }

    /** Problems found earlier (or elsewhere), as they were. */
    public void addAll(List<Diagnostic> found) {
        synchronized (items) {
            items.addAll(found);
        }
    }

    public boolean hasErrors() {
        synchronized (items) {
            return items.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** All problems, sorted by file, line and column. */
    public List<Diagnostic> sorted() {
        synchronized (items) {
            return items.stream().sorted(Diagnostic.ORDER).distinct().toList();
        }
    }

    public long count(Severity severity) {
        synchronized (items) {
            return items.stream().filter(d -> d.severity() == severity).count();
        }
    }
}
