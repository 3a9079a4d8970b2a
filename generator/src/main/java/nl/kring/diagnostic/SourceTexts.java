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

    /**
     * Where a top-level front-matter field's value starts, e.g. {@code name: Rouwgroep} → line 2, column 7; empty
     * when the file is unknown or has no such line (then the caller points at the file itself).
     */
    public java.util.Optional<SourcePosition> topLevelField(String path, String field) {
        String[] lines = linesByPath.get(path);
        if (lines == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Pattern line = java.util.regex.Pattern.compile(
                "^" + java.util.regex.Pattern.quote(field) + "[ \\t]*:[ \\t]*");
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = line.matcher(lines[i]);
            if (i > 0 && lines[i].strip().equals("---")) {
                break;  // the end of the front matter: what follows is Markdown
            }
            if (m.find()) {
                int column = m.end() < lines[i].length() ? m.end() + 1 : 1;
                return java.util.Optional.of(new SourcePosition(path, i + 1, column));
            }
        }
        return java.util.Optional.empty();
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
