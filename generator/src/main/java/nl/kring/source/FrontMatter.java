package nl.kring.source;

import java.util.Optional;

import nl.kring.diagnostic.Diagnostics;

/**
 * Splits a Markdown file into its YAML front matter and body, remembering on which file line each
 * part starts, so positions are reported from the top of the file and not of the YAML block.
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    private static final String FENCE = "---";

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
        diagnostics.error(file.start(), "frontMatter.notClosed");
        return Optional.empty();
    }
}
