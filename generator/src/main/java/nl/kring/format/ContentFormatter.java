package nl.kring.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.Node;

import nl.kring.content.ContentFields;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.source.SourceFile;
import nl.kring.source.YamlSource;

/**
 * {@code kring fmt} for one file: the front matter of a Markdown content file (the body is kept byte for
 * byte), or a whole {@code municipality.yml} / {@code topics.yml}. A file with invalid YAML is reported and
 * left alone; so is a file fmt cannot rewrite without losing a comment or changing its meaning.
 */
public final class ContentFormatter {

    /** What fmt did with a file. */
    public enum Outcome { CANONICAL, CHANGED, PROBLEM, NOT_CONTENT }

    private final Diagnostics diagnostics;

    public ContentFormatter(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The layout for a repository-relative path, or empty when fmt does not know the file. */
    static Optional<CanonicalLayout> layout(String path) {
        String[] parts = path.split("/");
        if (parts.length < 2 || !parts[0].equals("content")) {
            return Optional.empty();
        }
        if (parts.length == 2 && parts[1].equals("topics.yml")) {
            return Optional.of(CanonicalLayout.topics());
        }
        if (parts.length == 3 && parts[1].equals("pages") && parts[2].endsWith(".md")) {
            return Optional.of(CanonicalLayout.of(ContentFields.Kind.PAGE));
        }
        if (parts.length == 3 && parts[2].equals("municipality.yml")) {
            return Optional.of(CanonicalLayout.municipality());
        }
        if (parts.length == 4 && parts[3].endsWith(".md")) {
            for (ContentFields.Kind kind : ContentFields.Kind.values()) {
                if (kind.folder().equals(parts[2])) {
                    return Optional.of(CanonicalLayout.of(kind));
                }
            }
        }
        return Optional.empty();
    }

    /** The canonical text of the file, or empty after reporting why it cannot be given. */
    public Optional<String> canonical(SourceFile file) {
        return canonical(file, null);
    }

    /**
     * The canonical text of a file the web editor saves, with the comments of {@code previous} (the file as it was
     * on disk; null for a new file) that the editor dropped put back next to their keys, and its multi-line texts
     * in the form they had there; or empty after reporting why it cannot be given.
     */
    public Optional<String> canonical(SourceFile file, String previous) {
        Optional<CanonicalLayout> layout = layout(file.path());
        if (layout.isEmpty()) {
            return Optional.empty();
        }
        String text = file.text();
        if (!file.path().endsWith(".md")) {
            return yaml(file, new Parts("", text, ""), 1, layout.get(), previous);
        }
        Optional<Parts> parts = parts(file, text, true);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.get().yaml().contains("\r")) {
            diagnostics.error(file.start(), "fmt.refused.lineEndings");
            return Optional.empty();
        }
        if (parts.get().yaml().isBlank()) {
            return Optional.of(text);
        }
        Optional<Parts> before = previous == null ? Optional.empty()
                : parts(file, previous.replace("\r\n", "\n"), false);
        Parts now = before.map(old -> parts.get().withBody(UnchangedBlocks.keep(old.body(), parts.get().body())))
                .orElse(parts.get());
        return yaml(file, now, 2, layout.get(), before.map(Parts::yaml).orElse(null));
    }

    /** A Markdown file's text around its front matter: up to the first fence's line end, the YAML, from the closing fence. */
    private record Parts(String head, String yaml, String tail) {

        /** The text after the closing fence's line. */
        String body() {
            int eol = tail.indexOf('\n');
            return eol < 0 ? "" : tail.substring(eol + 1);
        }

        Parts withBody(String body) {
            int eol = tail.indexOf('\n');
            return eol < 0 ? this : new Parts(head, yaml, tail.substring(0, eol + 1) + body);
        }
    }

    /** The parts of a Markdown file; empty (after reporting why, when {@code report}) if it has no front matter. */
    private Optional<Parts> parts(SourceFile file, String text, boolean report) {
        // The fences and the body are kept as written; only the YAML between them is rewritten.
        int open = text.indexOf('\n');
        String first = open < 0 ? text : text.substring(0, open);
        if (open < 0 || !first.strip().equals("---") && !first.strip().equals("\uFEFF---")) {
            if (report) {
                diagnostics.error(file.start(), "frontMatter.missing");
            }
            return Optional.empty();
        }
        int from = open + 1;
        int at = from;
        while (at <= text.length()) {
            int eol = text.indexOf('\n', at);
            String line = (eol < 0 ? text.substring(at) : text.substring(at, eol)).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return Optional.of(new Parts(text.substring(0, from), text.substring(from, at), text.substring(at)));
            }
            if (eol < 0) {
                break;
            }
            at = eol + 1;
        }
        if (report) {
            // kring check explains where the closing '---' is missing
            nl.kring.source.FrontMatter.split(file, diagnostics);
        }
        return Optional.empty();
    }

    private Optional<String> yaml(SourceFile file, Parts parts, int firstLine, CanonicalLayout layout, String previous) {
        String yaml = parts.yaml();
        YamlSource source = new YamlSource(file.path(), yaml, firstLine, diagnostics);
        Optional<Node> root = source.parse();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (yaml.contains("\r")) {
            diagnostics.error(file.start(), "fmt.refused.lineEndings");
            return Optional.empty();
        }
        Optional<Node> previousRoot = previous == null ? Optional.empty()
                : new YamlSource(file.path(), previous, firstLine, new Diagnostics()).parse();
        try {
            String canonical = previousRoot.isPresent()
                    ? YamlFormatter.format(yaml, root.get(), layout, previous, previousRoot.get())
                    : YamlFormatter.format(yaml, root.get(), layout);
            return Optional.of(parts.head() + canonical + parts.tail());
        } catch (YamlFormatter.Refused e) {
            diagnostics.error(new SourcePosition(file.path(), firstLine + e.line(), 1), e.key());
            return Optional.empty();
        }
    }

    /**
     * Formats the file: with {@code write} a changed file is replaced atomically, otherwise a file that is
     * not canonical is reported at its first line.
     */
    public Outcome format(SourceFile file, boolean write) throws IOException {
        if (layout(file.path()).isEmpty()) {
            return Outcome.NOT_CONTENT;
        }
        long before = diagnostics.count(nl.kring.diagnostic.Severity.ERROR);
        Optional<String> canonical = canonical(file);
        if (canonical.isEmpty()) {
            return diagnostics.count(nl.kring.diagnostic.Severity.ERROR) > before ? Outcome.PROBLEM : Outcome.CANONICAL;
        }
        String raw = Files.readString(file.file(), StandardCharsets.UTF_8);
        String written = asWritten(raw, canonical.get());
        if (written == null) {
            diagnostics.error(file.start(), "fmt.refused.lineEndings");
            return Outcome.PROBLEM;
        }
        if (written.equals(raw)) {
            return Outcome.CANONICAL;
        }
        if (!write) {
            diagnostics.error(file.start(), "fmt.notCanonical");
            return Outcome.CHANGED;
        }
        FileReplacement.replace(file.file(), written.getBytes(StandardCharsets.UTF_8), ".kring-fmt-");
        return Outcome.CHANGED;
    }

    /**
     * The canonical text with the file's own byte order mark and line endings (which the reader normalised
     * away), so the body stays byte for byte; null for mixed line endings, which fmt will not guess at.
     */
    private static String asWritten(String raw, String canonical) {
        String bom = raw.startsWith("\uFEFF") ? "\uFEFF" : "";
        if (!raw.contains("\r")) {
            return bom + canonical;
        }
        boolean allCrlf = raw.replace("\r\n", "").indexOf('\n') < 0 && raw.replace("\r\n", "").indexOf('\r') < 0;
        return allCrlf ? bom + canonical.replace("\n", "\r\n") : null;
    }
}
