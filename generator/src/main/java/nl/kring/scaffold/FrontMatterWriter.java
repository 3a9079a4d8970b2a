package nl.kring.scaffold;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Writes the front matter of a new content file line by line: each field preceded by comment lines
 * that say what it is and which values it allows.
 */
final class FrontMatterWriter {

    /** Text that YAML reads back unchanged without quotes (no ': ', ' #', no special first character). */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][^\\n:#\"]*");

    private final StringBuilder out;
    private final String indent;

    /** A front matter block, opened with its '---' line. */
    FrontMatterWriter() {
        this("---\n", "");
    }

    private FrontMatterWriter(String start, String indent) {
        this.out = new StringBuilder(start);
        this.indent = indent;
    }

    FrontMatterWriter comment(String text) {
        for (String line : text.split("\n")) {
            out.append(indent).append("# ").append(line).append('\n');
        }
        return this;
    }

    /** {@code key: value}; an empty value leaves the field empty, which Kring reads as "not filled in". */
    FrontMatterWriter field(String key, String value) {
        out.append(indent).append(key).append(':');
        if (!value.isEmpty()) {
            out.append(' ').append(value);
        }
        out.append('\n');
        return this;
    }

    /** A nested block: {@code key:} followed by its fields, indented. */
    FrontMatterWriter block(String key, Consumer<FrontMatterWriter> fields) {
        out.append(indent).append(key).append(":\n");
        FrontMatterWriter nested = new FrontMatterWriter("", indent + "  ");
        fields.accept(nested);
        out.append(nested.out);
        return this;
    }

    /** An optional block written as comment lines: the editor removes the '# ' to use it. */
    FrontMatterWriter commentedBlock(String key, List<String> lines) {
        out.append(indent).append("# ").append(key).append(":\n");
        for (String line : lines) {
            out.append(indent).append("#   ").append(line).append('\n');
        }
        return this;
    }

    FrontMatterWriter blankLine() {
        out.append('\n');
        return this;
    }

    /** The finished front matter, closed with '---', and the body. */
    String finish(String body) {
        return out + "---\n" + body;
    }

    /** A YAML value for text typed by a person: plain when safe, else double-quoted. */
    static String text(String value) {
        String stripped = value.strip();
        if (PLAIN.matcher(stripped).matches()) {
            return stripped;
        }
        return "\"" + stripped.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
