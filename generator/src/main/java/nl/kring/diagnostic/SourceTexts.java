package nl.kring.diagnostic;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The text of every file read so far, by repository-relative path, for showing context lines. Kept as UTF-8
 * bytes and split into lines only when a problem is shown: a national network has 27,000 files, and keeping
 * them as lines held two million small strings, which the collector had to trace through every build.
 */
public final class SourceTexts {

    private static final int CONTEXT_LINES = 3;
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

    private final Map<String, byte[]> textByPath = new ConcurrentHashMap<>();

    /** Keeps a file's text, as its UTF-8 bytes (not copied: nobody changes them). */
    public void register(String path, byte[] utf8) {
        textByPath.put(path, utf8);
    }

    /** Takes a file's text from another build's sources (a file the preview did not read again). */
    public void copy(SourceTexts from, String path) {
        byte[] text = from.textByPath.get(path);
        if (text != null) {
            textByPath.put(path, text);
        }
    }

    /** The file's lines, or null when it is unknown. */
    private String[] lines(String path) {
        byte[] text = textByPath.get(path);
        return text == null ? null : LINE_BREAK.split(new String(text, StandardCharsets.UTF_8), -1);
    }

    /**
     * Where a top-level front-matter field's value starts, e.g. {@code name: Rouwgroep} → line 2, column 7; empty
     * when the file is unknown or has no such line (then the caller points at the file itself).
     */
    public java.util.Optional<SourcePosition> topLevelField(String path, String field) {
        String[] lines = lines(path);
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
        String[] lines = lines(at.path());
        if (lines == null || at.line() > lines.length) {
            return List.of();
        }
        int first = Math.max(1, at.line() - CONTEXT_LINES + 1);
        return java.util.stream.IntStream.rangeClosed(first, at.line())
                .mapToObj(n -> new Diagnostic.ContextLine(n, lines[n - 1]))
                .toList();
    }
}
