package nl.kring.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import nl.kring.message.Message;

/**
 * Turns a YAML syntax error into what the editor did and how to fix it, at the place of the mistake.
 * SnakeYAML reports where it noticed the problem, which is often later than the mistake: an unclosed
 * {@code [} is noticed at the end of the front matter, a missing space after {@code :} on the next line.
 * Its context mark and a look at the lines themselves find the real place.
 */
final class YamlMistakes {

    /** A mistake at a zero-based line and column of the YAML text. */
    record Mistake(int line, int column, Message message) {
    }

    private static final Pattern KEY_WITHOUT_SPACE = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z][A-Za-z0-9_]*):([^\\s:/].*)$");
    private static final Pattern KEY_LINE = Pattern.compile("^(\\s*)([A-Za-z][A-Za-z0-9_]*):(\\s.*|)$");

    private YamlMistakes() {
    }

    /**
     * The first tab in a line's indentation: YAML forbids it, and it looks like spaces in most editors.
     *
     * @param first the file line of the YAML text's first line, for the line numbers in messages
     */
    static Optional<Mistake> tab(String[] lines, int first) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int c = 0; c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t'
                    || line.charAt(c) == '-'); c++) {
                if (line.charAt(c) == '\t') {
                    return Optional.of(new Mistake(i, c, Message.of("yaml.tab", i + first)));
                }
            }
        }
        return Optional.empty();
    }

    /** @param first the file line of the YAML text's first line, for the line numbers in messages */
    static Mistake explain(String[] lines, MarkedYamlEngineException e, int first) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Optional<Mark> contextMark = e.getContextMark();
        Mark at = e.getProblemMark().orElse(contextMark.orElse(null));
        int line = at == null ? 0 : Math.min(at.getLine(), lines.length - 1);
        int column = at == null ? 0 : at.getColumn();

        // a key written without a space after its colon: "summary:Hallo" is read as text, not a field
        for (int i : new int[] {contextMark.map(Mark::getLine).orElse(-1), line, line - 1}) {
            if (i >= 0 && i < lines.length) {
                Matcher m = KEY_WITHOUT_SPACE.matcher(lines[i]);
                if (m.matches() && !m.group(3).startsWith("//")) {
                    int colon = m.group(1).length() + m.group(2).length();
                    return new Mistake(i, colon, Message.of("yaml.spaceAfterColon", m.group(2), i + first,
                            m.group(2) + ": " + m.group(3).strip()));
                }
            }
        }
        if (context.contains("flow sequence") && contextMark.isPresent()) {
            Mark open = contextMark.get();
            return new Mistake(open.getLine(), open.getColumn(), Message.of("yaml.unclosed.list", open.getLine() + first));
        }
        if (context.contains("flow mapping") && contextMark.isPresent()) {
            Mark open = contextMark.get();
            return new Mistake(open.getLine(), open.getColumn(), Message.of("yaml.unclosed.map", open.getLine() + first));
        }
        if (context.contains("quoted scalar") && contextMark.isPresent()) {
            Mark open = contextMark.get();
            char quote = lines[open.getLine()].charAt(open.getColumn());
            return new Mistake(open.getLine(), open.getColumn(),
                    Message.of("yaml.unclosed.quote", open.getLine() + first, String.valueOf(quote)));
        }
        if (problem.contains("(TAB)") || problem.contains("'\\t'")) {
            return new Mistake(line, column, Message.of("yaml.tab", line + first));
        }
        String current = line < lines.length ? lines[line] : "";
        if (current.stripLeading().startsWith("- ") || current.strip().equals("-")) {
            int dash = current.indexOf('-');
            Optional<Integer> key = keyAbove(lines, line);
            return new Mistake(line, dash, key
                    .map(k -> Message.of("yaml.listItem.outside.under", line + first, keyName(lines[k]), k + first))
                    .orElse(Message.of("yaml.listItem.outside", line + first)));
        }
        if (problem.contains("mapping values are not allowed")) {
            Matcher keyLine = KEY_LINE.matcher(current);
            int indent = indentOf(current);
            Optional<Integer> above = keyAbove(lines, line);
            if (keyLine.matches() && above.isPresent() && indent > indentOf(lines[above.get()])) {
                int k = above.get();
                return new Mistake(line, indent, Message.of("yaml.indent.tooFar", line + first, k + first,
                        keyLine.group(2), keyName(lines[k]), indentOf(lines[k]) + 1));
            }
            return new Mistake(line, column, Message.of("yaml.colonInText", quoted(current)));
        }
        Optional<Mistake> afterQuote = textAfterClosingQuote(current, line, first);
        if (afterQuote.isPresent()) {
            return afterQuote.get();
        }
        if (context.contains("block mapping") || problem.contains("expected <block end>")
                || problem.contains("could not find expected ':'")) {
            int indent = indentOf(current);
            Optional<Integer> above = keyAbove(lines, line);
            if (above.isPresent()) {
                int k = above.get();
                return new Mistake(line, indent, Message.of("yaml.indent.mismatch", line + first, keyName(lines[k]),
                        k + first, indentOf(lines[k]) + 1));
            }
        }
        // SnakeYAML's own words (English) for a mistake none of the above explains
        String message = context.isEmpty() ? problem : context + ", " + problem;
        return new Mistake(line, column, Message.of("yaml.invalid", message));
    }

    /**
     * {@code name: "Samen sterk" Roermond}: text after the closing quote, which YAML cannot read; the parser
     * only says it expected the end of a block, which sounds like indentation.
     */
    private static Optional<Mistake> textAfterClosingQuote(String current, int line, int first) {
        Matcher key = KEY_LINE.matcher(current);
        if (!key.matches()) {
            return Optional.empty();
        }
        String value = key.group(3).strip();
        if (value.isEmpty() || (value.charAt(0) != '"' && value.charAt(0) != '\'')) {
            return Optional.empty();
        }
        char quote = value.charAt(0);
        int close = closingQuote(value, quote);
        if (close < 0) {
            return Optional.empty();
        }
        String rest = value.substring(close + 1).strip();
        if (rest.isEmpty() || rest.startsWith("#")) {
            return Optional.empty();
        }
        String whole = value.substring(1, close) + " " + rest.replace(String.valueOf(quote), "");
        String q = String.valueOf(quote);
        return Optional.of(new Mistake(line, current.indexOf(rest, current.indexOf(value) + close + 1),
                Message.of("yaml.textAfterQuote", q, line + first, rest, key.group(2) + ": " + q + whole + q)));
    }

    /** The index of the quote that closes {@code value} (which starts with it), or -1. */
    private static int closingQuote(String value, char quote) {
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;   // an escaped character, \" included
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;   // '' is a single quote inside single quotes
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Optional<Integer> keyAbove(String[] lines, int line) {
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            if (KEY_LINE.matcher(lines[i]).matches()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String keyName(String line) {
        Matcher m = KEY_LINE.matcher(line);
        return m.matches() ? m.group(2) : line.strip();
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Where the value of a {@code key: value} line starts, or -1. */
    private static int valueStart(String line) {
        int colon = line.indexOf(": ");
        if (colon < 0) {
            return -1;
        }
        int start = colon + 2;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        return start;
    }

    /** The line with its value in double quotes, e.g. {@code audience: "Voor: iedereen"}. */
    private static String quoted(String line) {
        int start = valueStart(line);
        if (start < 0) {
            return "\"" + line.strip().replace("\"", "\\\"") + "\"";
        }
        return line.substring(0, start).strip() + " \"" + line.substring(start).strip().replace("\"", "\\\"") + "\"";
    }
}
