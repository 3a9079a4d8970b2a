package nl.kring.source;

import java.util.Optional;

import nl.kring.diagnostic.Diagnostics;

/**
 * Splits a Markdown file into its YAML front matter and body, remembering on which file line each
 * part starts, so positions are reported from the top of the file and not of the YAML block.
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    private static final String FENCE = "---";
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*:(\\s.*)?");

    public static Optional<FrontMatter> split(SourceFile file, Diagnostics diagnostics) {
        // walked line by line in place: every content file passes here, and most of it is the Markdown after
        String text = file.text();
        int end = lineEnd(text, 0);
        if (!text.substring(0, end).strip().equals(FENCE)) {
            diagnostics.error(file.start(), "frontMatter.missing");
            return Optional.empty();
        }
        int yamlStart = end + 1;
        for (int i = 1; end < text.length(); i++) {
            int start = end + 1;
            end = lineEnd(text, start);
            String line = text.substring(start, end).stripTrailing();
            if (line.equals(FENCE) || line.equals("...")) {
                String yaml = i == 1 ? "" : text.substring(yamlStart, start - 1);
                String body = end < text.length() ? text.substring(end + 1) : "";
                return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
            }
        }
        String[] lines = text.split("\n", -1);
        int body = firstBodyLine(lines);
        if (body > 0) {
            diagnostics.error(file.at(body + 1, 1), "yaml.frontMatter.notClosed.before", body + 1);
        } else {
            int last = lines.length - 1;
            while (last > 1 && lines[last].isBlank()) {
                last--;
            }
            diagnostics.error(file.at(last + 1, 1), "yaml.frontMatter.notClosed.after", last + 1);
        }
        return Optional.empty();
    }

    /**
     * Where the Markdown text seems to start in a file whose closing '---' is missing: the first line
     * after the opening one that is not a field ({@code name: value}), an indented or list line, a comment
     * or blank; -1 when every line looks like a field.
     */
    private static int firstBodyLine(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            boolean yaml = line.isBlank() || line.startsWith(" ") || line.startsWith("\t") || line.startsWith("#")
                    || line.startsWith("- ") || line.equals("-") || FIELD.matcher(line).matches();
            if (!yaml) {
                return i;
            }
        }
        return -1;
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }
}
