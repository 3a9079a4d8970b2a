package nl.kring.source;

import java.nio.file.Path;

import nl.kring.diagnostic.SourcePosition;

/**
 * A text file of the repository, decoded as UTF-8.
 *
 * @param path repository-relative path with '/' separators, as shown in messages
 * @param file the file on disk
 */
public record SourceFile(String path, Path file, String text) {

    public SourcePosition start() {
        return SourcePosition.startOf(path);
    }

    public SourcePosition at(int line, int column) {
        return new SourcePosition(path, line, column);
    }

    /** The file name without its extension, e.g. {@code rouwgroep} for {@code groups/rouwgroep.md}. */
    public String baseName() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
