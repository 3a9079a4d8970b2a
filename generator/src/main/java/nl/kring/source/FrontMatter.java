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
        String[] lines = file.text().split("\n", -1);
        if (!lines[0].strip().equals(FENCE)) {
            diagnostics.error(file.start(), "frontMatter.missing");
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals(FENCE) || line.equals("...")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
            }
        }
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
}
