package nl.kring.diagnostic;

import java.util.ArrayList;
import java.util.List;

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

    public void error(SourcePosition at, String message) {
        add(Severity.ERROR, at, message);
    }

    public void warning(SourcePosition at, String message) {
        add(Severity.WARNING, at, message);
    }

    public void add(Severity severity, SourcePosition at, String message) {
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
