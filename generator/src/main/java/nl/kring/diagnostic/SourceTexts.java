package nl.kring.diagnostic;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The text of every file read so far, by repository-relative path, for showing context lines. */
public final class SourceTexts {

    private static final int CONTEXT_LINES = 3;

    private final Map<String, String[]> linesByPath = new ConcurrentHashMap<>();

    public void register(String path, String text) {
        linesByPath.put(path, text.split("\r?\n", -1));
    }

    /** Takes a file's text from another build's sources (a file the preview did not read again). */
    public void copy(SourceTexts from, String path) {
        String[] lines = from.linesByPath.get(path);
        if (lines != null) {
            linesByPath.put(path, lines);
        }
    }

    /** Up to three lines ending at the position's line; empty when the file is unknown. */
    public List<Diagnostic.ContextLine> contextAt(SourcePosition at) {
        String[] lines = linesByPath.get(at.path());
        if (lines == null || at.line() > lines.length) {
            return List.of();
        }
        int first = Math.max(1, at.line() - CONTEXT_LINES + 1);
        return java.util.stream.IntStream.rangeClosed(first, at.line())
                .mapToObj(n -> new Diagnostic.ContextLine(n, lines[n - 1]))
                .toList();
    }
}
