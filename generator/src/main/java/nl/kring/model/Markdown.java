package nl.kring.model;

/**
 * Markdown text together with where it came from, so rendering can resolve relative links and
 * report positions. {@code firstLine} is the file line of the text's first line.
 */
public record Markdown(String source, String path, int firstLine) {

    public static Markdown empty(String path) {
        return new Markdown("", path, 1);
    }

    public boolean isBlank() {
        return source.isBlank();
    }
}
