package nl.kring.bench;

import java.util.List;

/** One content file being written: YAML fields (texts always quoted) and then Markdown. */
final class ContentText {

    private final StringBuilder text = new StringBuilder(4096);
    private String indent = "";

    ContentText line(String line) {
        text.append(line).append('\n');
        return this;
    }

    ContentText frontMatterStart() {
        return line("---");
    }

    /** Ends the front matter and leaves an empty line before the body. */
    ContentText frontMatterEnd() {
        return line("---").line("");
    }

    /** A text field, double-quoted so that no value is read as anything but text. */
    ContentText text(String key, String value) {
        return line(indent + key + ": " + quote(value));
    }

    /** A value written as it is: dates, numbers, booleans, enum values, slugs. */
    ContentText plain(String key, Object value) {
        return line(indent + key + ": " + value);
    }

    ContentText list(String key, List<String> values) {
        return line(indent + key + ": [" + String.join(", ", values) + "]");
    }

    /** Starts a nested mapping; {@link #end()} closes it. */
    ContentText mapping(String key) {
        line(indent + key + ":");
        indent = indent + "  ";
        return this;
    }

    ContentText end() {
        indent = indent.substring(2);
        return this;
    }

    ContentText paragraph(String paragraph) {
        return line(paragraph).line("");
    }

    ContentText heading(String heading) {
        return line("## " + heading).line("");
    }

    ContentText bullets(List<String> items) {
        for (String item : items) {
            line("- " + item);
        }
        return line("");
    }

    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public String toString() {
        // One newline at the end of the file, not the empty line after the last paragraph.
        int end = text.length();
        while (end > 1 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }
}
