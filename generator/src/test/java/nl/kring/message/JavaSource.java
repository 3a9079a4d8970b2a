package nl.kring.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Java source file read just well enough to find its string literals and the calls they are passed to:
 * comments are blanked out (so prose in comments is never mistaken for a message), literals are kept with
 * their line. Not a parser; {@link MessageBundlesTest} only needs literals and balanced parentheses.
 */
record JavaSource(Path file, String path, String code, List<Literal> literals) {

    /** A string literal (or text block) and the line it starts on. {@code start} is its offset in {@code code}. */
    record Literal(String value, int line, int start, int end) {
    }

    static List<JavaSource> under(Path root, Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted()
                    .map(p -> read(p, root.relativize(p).toString().replace('\\', '/'))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JavaSource read(Path file, String path) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder code = new StringBuilder(text);
        List<Literal> literals = new ArrayList<>();
        int i = 0;
        int line = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                blank(code, i, end);
                i = end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                    }
                }
                blank(code, i, end);
                i = end;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? text.length() : end + 3;
                literals.add(new Literal(text.substring(i + 3, Math.max(i + 3, end - 3)), line, i, end));
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                    }
                }
                i = end;
            } else if (c == '"') {
                StringBuilder value = new StringBuilder();
                int k = i + 1;
                while (k < text.length() && text.charAt(k) != '"') {
                    if (text.charAt(k) == '\\' && k + 1 < text.length()) {
                        value.append(unescape(text.charAt(k + 1)));
                        k += 2;
                    } else {
                        value.append(text.charAt(k));
                        k++;
                    }
                }
                literals.add(new Literal(value.toString(), line, i, k + 1));
                i = k + 1;
            } else if (c == '\'') {
                int k = i + 1;
                while (k < text.length() && text.charAt(k) != '\'') {
                    k += text.charAt(k) == '\\' ? 2 : 1;
                }
                i = k + 1;
            } else {
                i++;
            }
        }
        return new JavaSource(file, path, code.toString(), List.copyOf(literals));
    }

    /** The line of an offset in the code. */
    int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The top-level arguments of the call whose opening parenthesis is at {@code open}, as offsets
     * {@code [start, end)} into the code; string literals and nested brackets are skipped over.
     */
    List<int[]> arguments(int open) {
        List<int[]> args = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        int i = open;
        while (i < code.length()) {
            char c = code.charAt(i);
            Literal literal = literalAt(i);
            if (literal != null) {
                i = literal.end();
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    if (i > start || !args.isEmpty()) {
                        args.add(new int[] {start, i});
                    }
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args.add(new int[] {start, i});
                start = i + 1;
            }
            i++;
        }
        return args;
    }

    /**
     * The literals inside {@code [start, end)} that are not inside brackets there: for {@code f.has("x") ? "a" : "b"}
     * these are "a" and "b", the values the expression can have.
     */
    List<Literal> literalsIn(int start, int end) {
        List<Literal> found = new ArrayList<>();
        int depth = 0;
        int i = start;
        while (i < end) {
            Literal literal = literalAt(i);
            if (literal != null) {
                if (depth == 0) {
                    found.add(literal);
                }
                i = literal.end();
                continue;
            }
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            i++;
        }
        return found;
    }

    private Literal literalAt(int offset) {
        for (Literal l : literals) {
            if (l.start() == offset) {
                return l;
            }
            if (l.start() > offset) {
                return null;
            }
        }
        return null;
    }

    private static void blank(StringBuilder code, int from, int to) {
        for (int k = from; k < to; k++) {
            if (code.charAt(k) != '\n') {
                code.setCharAt(k, ' ');
            }
        }
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> c;
        };
    }
}
