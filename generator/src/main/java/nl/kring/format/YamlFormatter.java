package nl.kring.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Writes one valid YAML text (a front-matter block, municipality.yml, topics.yml) in Kring's canonical form:
 * keys in the layout's order, booleans as true/false, times and phone numbers double-quoted, short lists of
 * values as flow lists, strings quoted only where YAML needs it (or where another tool would read them as a
 * boolean), two spaces of indentation, no blank lines except between the items of a top-level list.
 *
 * <p>Comments are kept: a comment on its own line moves with the key or list item that follows it, a comment
 * after a value stays on that value's line. Before returning, the result is checked against the input: the
 * same data (read as Kring reads it) and the same comments. When either check fails the text is refused
 * ({@link Refused}) and the caller leaves the file as it is — fmt never silently drops a comment or changes
 * what a file says.
 *
 * <p>A text from the web editor has no comments (Decap drops them), and Decap writes a multi-line text as a
 * folded block, folded where its YAML library chooses. Given the file as it was before
 * ({@link #format(String, Node, CanonicalLayout, String, Node)}), the formatter puts that file's comments back
 * next to the same keys and list items, keeps a block text the edit did not change as it was written, and writes
 * a changed text that was a literal block as a literal block again: an edit in the editor changes the lines of
 * the fields that were edited, and deletes nothing a coordinator wrote.
 */
final class YamlFormatter {

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");
    /** Words that Kring reads as text in a text field but YAML 1.1 tools (and many CMSs) read as booleans. */
    private static final Pattern BOOLEAN_LOOKING =
            Pattern.compile("(?i)y|n|yes|no|true|false|on|off|ja|nee");
    private static final int MAX_LINE = 100;
    private static final int INDENT = 2;

    /** Why a text was not rewritten: a message key with the source line (0-based within the text). */
    static final class Refused extends Exception {
        private final String key;
        private final int line;

        Refused(String key, int line) {
            super(key, null, false, false);
            this.key = key;
            this.line = line;
        }

        String key() {
            return key;
        }

        int line() {
            return line;
        }
    }

    /**
     * One output line, with the source line it comes from (-1 if none), whether a key or list item starts it, and
     * where in the data it starts (keys and item numbers joined by '/'; null for a continuation line).
     */
    private record Line(String text, int source, boolean itemStart, int indent, String path) {
    }

    /** Where a comment goes in the output: after the text of line {@code at}, or on its own line before it (-1: at the end). */
    private record Placement(Comment comment, int at, boolean inline) {
    }

    private record Comment(String text, int line, boolean inline) {
    }

    private final CanonicalLayout layout;
    private final String[] sourceLines;
    private final List<Line> out = new ArrayList<>();
    /** The same file before an edit; null when there is none. */
    private final YamlFormatter previous;
    /** Where the comments of the file before an edit go: a list holding one of them stays a block list. */
    private final Set<String> carriedPaths = new java.util.HashSet<>();
    /** The texts written so far, by path: what an edit's formatter compares its own texts with. */
    private final java.util.Map<String, ScalarNode> scalars = new java.util.HashMap<>();

    private YamlFormatter(CanonicalLayout layout, String text) {
        this(layout, text, null);
    }

    private YamlFormatter(CanonicalLayout layout, String text, YamlFormatter previous) {
        this.layout = layout;
        this.previous = previous;
        this.sourceLines = text.split("\n", -1);
    }

    /** The canonical form of {@code root} (parsed from {@code text}); ends with a newline unless empty. */
    static String format(String text, Node root, CanonicalLayout layout) throws Refused {
        return new YamlFormatter(layout, text).format(text, root, List.of());
    }

    /**
     * The canonical form of {@code root} (parsed from {@code text}) with the comments of {@code previous} (the same
     * file before an edit, parsed as {@code previousRoot}) that {@code text} lacks, each put back at the key or list
     * item it belonged to. A comment whose key or item the edit removed goes with it.
     */
    static String format(String text, Node root, CanonicalLayout layout, String previous, Node previousRoot)
            throws Refused {
        YamlFormatter before = new YamlFormatter(layout, previous);
        List<Comment> comments = before.comments(previous);
        before.lines(previousRoot);
        List<Carried> carried = before.placements(comments).stream().filter(p -> p.at() >= 0)
                .map(p -> new Carried(p.comment(), before.out.get(p.at()).path(), p.inline())).toList();
        return new YamlFormatter(layout, text, before).format(text, root, carried);
    }

    /** A comment of the file before an edit, and the key or item (its path) it goes with. */
    private record Carried(Comment comment, String path, boolean inline) {
    }

    private String format(String text, Node root, List<Carried> carried) throws Refused {
        List<Comment> comments = comments(text);
        carried.stream().map(Carried::path).filter(java.util.Objects::nonNull).forEach(carriedPaths::add);
        lines(root);
        List<Placement> placements = new ArrayList<>(placements(comments));
        List<Comment> all = new ArrayList<>(comments);
        List<String> present = comments.stream().map(Comment::text).toList();
        java.util.Map<String, Integer> lineOf = new java.util.HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).path() != null) {
                lineOf.putIfAbsent(out.get(i).path(), i);
            }
        }
        for (Carried comment : carried) {
            Integer at = comment.path() == null ? null : lineOf.get(comment.path());
            if (at != null && !present.contains(comment.comment().text())) {
                placements.add(new Placement(comment.comment(), at, comment.inline()));
                all.add(comment.comment());
            }
        }
        String result = withComments(placements);
        verify(text, root, result, all);
        return result;
    }

    private void lines(Node root) throws Refused {
        switch (root) {
            case MappingNode mapping -> mapping(mapping, "", 0, "");
            case SequenceNode sequence -> topLevelList(sequence);
            default -> throw new Refused("fmt.refused.shape", 0);
        }
    }

    private void topLevelList(SequenceNode sequence) throws Refused {
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.add(new Line("", -1, false, 0, null));
            }
            listItem(items.get(i), "", 0, "/" + i);
        }
    }

    private void mapping(MappingNode mapping, String parent, int indent, String path) throws Refused {
        List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
        tuples.sort(Comparator.comparingInt(t -> layout.rank(parent, keyOf(t))));  // stable: unknown keys keep their order
        for (NodeTuple tuple : tuples) {
            if (!(tuple.getKeyNode() instanceof ScalarNode)) {
                throw new Refused("fmt.refused.shape", line(tuple.getKeyNode()));
            }
            String key = keyOf(tuple);
            String prefix = " ".repeat(indent) + scalarText(key, "", false) + ":";
            int source = line(tuple.getKeyNode());
            String at = path + "/" + key;
            Node value = tuple.getValueNode();
            switch (value) {
                case ScalarNode scalar -> scalarField(prefix, scalar, key, source, indent, at);
                case SequenceNode sequence -> sequenceField(prefix, sequence, key, source, indent, at);
                case MappingNode nested -> {
                    if (nested.getValue().isEmpty()) {
                        out.add(new Line(prefix + " {}", source, true, indent, at));
                    } else {
                        out.add(new Line(prefix, source, true, indent, at));
                        mapping(nested, key, indent + INDENT, at);
                    }
                }
                default -> throw new Refused("fmt.refused.shape", source);
            }
        }
    }

    private void scalarField(String prefix, ScalarNode scalar, String key, int source, int indent, String path)
            throws Refused {
        scalars.put(path, scalar);
        List<String> block = blockScalar(scalar, key, indent + INDENT);
        ScalarNode before = previous == null ? null : previous.scalars.get(path);
        if (before != null && before.getValue().equals(scalar.getValue())) {
            block = previous.blockScalar(before, key, indent + INDENT);  // as it was: a block, or one line
        } else if (before != null && before.getScalarStyle() == ScalarStyle.LITERAL && printable(scalar.getValue())) {
            List<String> literal = literal(scalar.getValue(), indent + INDENT);
            block = literal != null ? literal : block;
        }
        if (block != null) {
            out.add(new Line(prefix + " " + block.getFirst(), source, true, indent, path));
            for (String line : block.subList(1, block.size())) {
                out.add(new Line(line, -1, false, indent, null));
            }
            return;
        }
        if (CanonicalLayout.isListOfOne(key, scalar.getValue()) && !isNull(scalar)) {
            // a list of one written as its value: the list it means (the quotes keep "a, b" one item)
            out.add(new Line(prefix + " [" + scalarText(scalar, key, true) + "]", source, true, indent, path));
            return;
        }
        String text = scalarText(scalar, key, false);
        out.add(new Line(text.isEmpty() ? prefix : prefix + " " + text, source, true, indent, path));
    }

    private void sequenceField(String prefix, SequenceNode sequence, String key, int source, int indent, String path)
            throws Refused {
        String inside = path + "/";
        Optional<String> flow = carriedPaths.stream().anyMatch(p -> p.startsWith(inside)) ? Optional.empty()
                : flowList(sequence, key, prefix.length());  // a comment of an item before the edit keeps it on its line
        if (flow.isPresent()) {
            out.add(new Line(prefix + " " + flow.get(), source, true, indent, path));
            return;
        }
        out.add(new Line(prefix, source, true, indent, path));
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            listItem(items.get(i), key, indent + INDENT, path + "/" + i);
        }
    }

    /** A list item at {@code indent}: "- value", or "- key: value" followed by the item's other keys. */
    private void listItem(Node item, String key, int indent, String path) throws Refused {
        String dash = " ".repeat(indent) + "-";
        switch (item) {
            case ScalarNode scalar -> {
                if (blockScalar(scalar, key, indent + INDENT) != null) {
                    throw new Refused("fmt.refused.shape", line(scalar));
                }
                String text = scalarText(scalar, key, false);
                out.add(new Line(text.isEmpty() ? dash : dash + " " + text, line(item), true, indent, path));
            }
            case MappingNode mapping when !mapping.getValue().isEmpty() -> {
                int first = out.size();
                mapping(mapping, key, indent + INDENT, path);
                Line line = out.get(first);
                // the item's line: where a comment before the item, or after its first value, belongs
                out.set(first, new Line(dash + " " + line.text().substring(indent + INDENT), line.source(), true, indent,
                        path));
            }
            default -> throw new Refused("fmt.refused.shape", line(item));
        }
    }

    /** A list of plain values written on one line, when it is short and no comment sits inside it. */
    private Optional<String> flowList(SequenceNode sequence, String key, int prefixLength) throws Refused {
        if (sequence.getValue().isEmpty()) {
            return Optional.of("[]");
        }
        List<String> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || isNull(scalar) || scalar.getValue().contains("\n")
                    || scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED) {
                return Optional.empty();
            }
            items.add(scalarText(scalar, key, true));
        }
        String flow = "[" + String.join(", ", items) + "]";
        int first = line(sequence);
        int last = sequence.getEndMark().map(m -> m.getLine()).orElse(first);
        for (int l = first + 1; l <= last && l < sourceLines.length; l++) {
            if (sourceLines[l].strip().startsWith("#") || hasInlineComment(l)) {
                return Optional.empty();  // a comment inside the list stays next to its item
            }
        }
        if (first < sourceLines.length && sequence.getValue().size() > 1 && commentBetween(sequence)) {
            return Optional.empty();
        }
        return prefixLength + 1 + flow.length() <= MAX_LINE ? Optional.of(flow) : Optional.empty();
    }

    private boolean hasInlineComment(int line) {
        return inlineComments.stream().anyMatch(c -> c.line() == line);
    }

    /** Whether an in-line comment sits on the line of an item other than the last (a block list's first item line). */
    private boolean commentBetween(SequenceNode sequence) {
        List<Node> items = sequence.getValue();
        for (Node item : items.subList(0, items.size() - 1)) {
            if (hasInlineComment(line(item))) {
                return true;
            }
        }
        return false;
    }

    private List<Comment> inlineComments = List.of();

    /**
     * A literal or folded block ({@code |}, {@code >}) as its header plus content lines at {@code indent};
     * null when the scalar is not a block. Literal text is written from its value; folded text keeps its
     * source lines (only re-indented), because where it folds is the editor's choice.
     */
    private List<String> blockScalar(ScalarNode scalar, String key, int indent) throws Refused {
        ScalarStyle style = scalar.getScalarStyle();
        if (style != ScalarStyle.LITERAL && style != ScalarStyle.FOLDED) {
            return null;
        }
        String value = scalar.getValue();
        if (style == ScalarStyle.LITERAL) {
            return literal(value, indent);
        }
        String pad = " ".repeat(indent);
        if (value.isEmpty() || value.startsWith(" ") || value.startsWith("\n")) {
            return null;  // written double-quoted instead: no indentation indicator needed
        }
        List<String> lines = new ArrayList<>();
        int start = line(scalar);
        String header = sourceLines[start].substring(scalar.getStartMark().get().getColumn()).strip();
        java.util.regex.Matcher m = Pattern.compile(">([-]?)").matcher(header);
        if (!m.lookingAt() || header.length() > m.end() && !Character.isWhitespace(header.charAt(m.end()))) {
            return null;  // keep (+) or an indentation digit: written double-quoted instead
        }
        lines.add(m.group());
        int end = scalar.getEndMark().map(mark -> mark.getColumn() == 0 ? mark.getLine() - 1 : mark.getLine())
                .orElse(sourceLines.length - 1);
        List<String> content = new ArrayList<>();
        for (int l = start + 1; l <= end && l < sourceLines.length; l++) {
            content.add(sourceLines[l]);
        }
        while (!content.isEmpty() && content.getLast().isBlank()) {
            content.removeLast();
        }
        int common = content.stream().filter(s -> !s.isBlank())
                .mapToInt(s -> s.length() - s.stripLeading().length()).min().orElse(0);
        for (String line : content) {
            lines.add(line.isBlank() ? "" : pad + line.substring(common));
        }
        return lines;
    }

    /**
     * A literal block ({@code |}, {@code |-}, {@code |+}) for the text, its content lines at {@code indent}; null
     * when it would need an indentation indicator (it is then written double-quoted).
     */
    private static List<String> literal(String value, int indent) {
        if (value.isEmpty() || value.startsWith(" ") || value.startsWith("\n")) {
            return null;  // it would need an indentation indicator
        }

        String pad = " ".repeat(indent);
        List<String> lines = new ArrayList<>();
        String body;
        String header;
        if (!value.endsWith("\n")) {
            header = "|-";
            body = value;
        } else if (!value.endsWith("\n\n")) {
            header = "|";
            body = value.substring(0, value.length() - 1);
        } else {
            header = "|+";
            body = value.substring(0, value.length() - 1);
        }
        lines.add(header);
        for (String line : body.split("\n", -1)) {
            lines.add(line.isEmpty() ? "" : pad + line);
        }
        return lines;
    }

    /** Whether a block can hold the text: YAML writes control characters only escaped, in double quotes. */
    private static boolean printable(String value) {
        return value.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0x85
                || c == 0x2028 || c == 0x2029 || c == 0xfeff);
    }

    /** A single-line scalar as written in the canonical form; "" for an empty (null) value. */
    private String scalarText(ScalarNode scalar, String key, boolean flow) {
        String value = scalar.getValue();
        if (isNull(scalar)) {
            return "";
        }
        if (CanonicalLayout.BOOLEANS.contains(key)) {
            switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "ja", "yes" -> {
                    return "true";
                }
                case "false", "nee", "no" -> {
                    return "false";
                }
                default -> {
                    // not a boolean: kring check reports it; written as text, unchanged
                }
            }
        }
        if (CanonicalLayout.PHONES.contains(key) || TIME.matcher(value.strip()).matches()) {
            return quoted(value);
        }
        return scalarText(value, key, flow);
    }

    private String scalarText(String value, String key, boolean flow) {
        boolean booleanLooking = !CanonicalLayout.BOOLEANS.contains(key) && BOOLEAN_LOOKING.matcher(value).matches();
        return !booleanLooking && plainSafe(value, flow) ? value : quoted(value);
    }

    /** Whether YAML reads {@code value} written without quotes back as the same plain text. */
    private static boolean plainSafe(String value, boolean flow) {
        if (value.isEmpty() || NULLS.contains(value) || !value.equals(value.strip()) || value.contains("\n")
                || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0xfeff)) {
            return false;
        }
        String probe = flow ? "k: [" + value + "]" : "k: " + value;
        try {
            Optional<Node> node = new Compose(LoadSettings.builder().build()).composeString(probe);
            if (node.isEmpty() || !(node.get() instanceof MappingNode map) || map.getValue().size() != 1) {
                return false;
            }
            Node read = map.getValue().getFirst().getValueNode();
            if (flow) {
                if (!(read instanceof SequenceNode seq) || seq.getValue().size() != 1) {
                    return false;
                }
                read = seq.getValue().getFirst();
            }
            return read instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN
                    && scalar.getValue().equals(value);
        } catch (YamlEngineException e) {
            return false;
        }
    }

    /** A double-quoted YAML string. */
    static String quoted(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0xfeff || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** The comments of the text, in order (blank lines are not comments). */
    private List<Comment> comments(String text) throws Refused {
        List<Comment> found = new ArrayList<>();
        try {
            for (Event event : new Parse(LoadSettings.builder().setParseComments(true).build()).parseString(text)) {
                if (event instanceof CommentEvent comment && comment.getCommentType() != CommentType.BLANK_LINE) {
                    int line = comment.getStartMark().map(m -> m.getLine()).orElse(0);
                    found.add(new Comment(comment.getValue(), line, comment.getCommentType() == CommentType.IN_LINE));
                }
            }
        } catch (YamlEngineException e) {
            // SnakeYAML's comment reading fails on a few shapes it parses fine without comments
            throw new Refused("fmt.refused.comments", 0);
        }
        inlineComments = found.stream().filter(Comment::inline).toList();
        return found;
    }

    /**
     * Where the comments of the source go: a comment after a value stays after it, a comment on its own line goes
     * before the key or item that followed it in the source (at the end when nothing followed).
     */
    private List<Placement> placements(List<Comment> comments) {
        List<Placement> placements = new ArrayList<>();
        for (Comment comment : comments) {
            int target = -1;
            if (comment.inline()) {
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).source() >= 0 && out.get(i).source() <= comment.line()
                            && (target < 0 || out.get(i).source() >= out.get(target).source())) {
                        target = i;
                    }
                }
                if (target >= 0) {
                    placements.add(new Placement(comment, target, true));
                    continue;
                }
            }
            for (int i = 0; i < out.size(); i++) {
                Line line = out.get(i);
                if (line.itemStart() && line.source() > comment.line()
                        && (target < 0 || line.source() < out.get(target).source())) {
                    target = i;
                }
            }
            placements.add(new Placement(comment, target, false));
        }
        return placements;
    }

    /** The output lines with the comments where they go; in-line ones in source order, the others too. */
    private String withComments(List<Placement> placements) {
        List<String> texts = out.stream().map(Line::text).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        java.util.Map<Integer, List<Comment>> before = new java.util.HashMap<>();
        List<Comment> atEnd = new ArrayList<>();
        for (Placement placement : placements) {
            if (placement.inline()) {
                texts.set(placement.at(), texts.get(placement.at()) + " #" + placement.comment().text());
            } else if (placement.at() < 0) {
                atEnd.add(placement.comment());
            } else {
                before.computeIfAbsent(placement.at(), k -> new ArrayList<>()).add(placement.comment());
            }
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            for (Comment comment : before.getOrDefault(i, List.of())) {
                result.add(" ".repeat(out.get(i).indent()) + "#" + comment.text());
            }
            result.add(texts.get(i));
        }
        for (Comment comment : atEnd) {
            result.add("#" + comment.text());
        }
        return result.isEmpty() ? "" : String.join("\n", result) + "\n";
    }

    /** Refuses a result that reads differently from the input or lacks one of its comments. */
    private void verify(String text, Node root, String result, List<Comment> comments) throws Refused {
        Node reread;
        try {
            reread = new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build()).composeString(result)
                    .orElse(null);
        } catch (YamlEngineException e) {
            throw new Refused("fmt.refused.meaning", 0);
        }
        if (reread == null || !Data.of(root, "").equals(Data.of(reread, ""))) {
            throw new Refused("fmt.refused.meaning", 0);
        }
        List<String> before = comments.stream().map(Comment::text).sorted().toList();
        List<String> after;
        try {
            after = new YamlFormatter(layout, result).comments(result).stream().map(Comment::text).sorted().toList();
        } catch (Refused e) {
            throw new Refused("fmt.refused.comments", 0);
        }
        if (!before.equals(after)) {
            int line = comments.stream().filter(c -> !after.contains(c.text())).mapToInt(Comment::line).findFirst().orElse(0);
            throw new Refused("fmt.refused.comments", line);
        }
    }

    private static String keyOf(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "";
    }

    private static boolean isNull(ScalarNode scalar) {
        return scalar.getScalarStyle() == ScalarStyle.PLAIN && NULLS.contains(scalar.getValue().strip());
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine()).orElse(0);
    }

    /**
     * The data of a YAML tree as Kring reads it: key order does not matter, booleans are read per field, and a
     * single value of a list field is a list of one.
     */
    static final class Data {
        private Data() {
        }

        static Object of(Node node, String key) {
            return switch (node) {
                case ScalarNode scalar when CanonicalLayout.isListOfOne(key, scalar.getValue()) && !isNull(scalar) ->
                        List.of(scalar(scalar, key));
                case ScalarNode scalar -> scalar(scalar, key);
                case SequenceNode sequence -> sequence.getValue().stream()
                        .map(n -> n instanceof ScalarNode item ? scalar(item, key) : of(n, key)).toList();
                case MappingNode mapping -> mapping.getValue().stream()
                        .map(t -> List.of(keyOf(t), String.valueOf(of(t.getValueNode(), keyOf(t)))))
                        .sorted(Comparator.comparing(Object::toString)).toList();
                default -> node.toString();
            };
        }

        private static Object scalar(ScalarNode scalar, String key) {
            if (isNull(scalar)) {
                return "<null>";
            }
            String value = scalar.getValue();
            if (CanonicalLayout.BOOLEANS.contains(key)) {
                switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "true", "ja", "yes" -> {
                        return Boolean.TRUE;
                    }
                    case "false", "nee", "no" -> {
                        return Boolean.FALSE;
                    }
                    default -> {
                    }
                }
            }
            return "'" + value + "'";
        }
    }
}
