package nl.kring.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.message.Message;

/**
 * Typed, position-aware reading of one YAML mapping. Each getter reads its field as the type the
 * field declares and reports a problem (with the value's position) instead of throwing; it then
 * returns null so the caller can go on and find the next problem.
 */
public final class YamlMap {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})[T ](\\d{1,2}[:.]\\d{2})(?::00)?");
    private static final Pattern KEY_WITHOUT_SPACE = Pattern.compile("([A-Za-z][A-Za-z0-9_]*):([^\\s:/][^\\n]*)");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final YamlSource source;
    private final Node node;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    /** The names of the fields around this one, e.g. "contact." for a contact block: problems name "contact.name". */
    private final String prefix;

    private YamlMap(YamlSource source, MappingNode node, List<String> allowed, String prefix) {
        this.source = source;
        this.node = node;
        this.prefix = prefix;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                report(tuple.getKeyNode(), "yaml.key.notPlain");
                continue;
            }
            String key = keyNode.getValue();
            if (!allowed.contains(key)) {
                report(keyNode, "field.unknown", name(key), Suggestions.hint(key, allowed));
            } else if (fields.containsKey(key)) {
                SourcePosition first = source.position(fields.get(key).getKeyNode());
                report(keyNode, "field.duplicate", name(key), first.line());
            } else {
                fields.put(key, tuple);
            }
        }
    }

    /**
     * Reads {@code node} as a mapping with the given field names; reports and returns empty otherwise.
     *
     * @param what what the mapping is, for the problem when it is not one, e.g. {@code Message.of("what.file", "theme.yml")}
     */
    public static Optional<YamlMap> of(YamlSource source, Node node, Message what, String... allowedFields) {
        return of(source, node, what, "", allowedFields);
    }

    private static Optional<YamlMap> of(YamlSource source, Node node, Message what, String prefix,
                                        String... allowedFields) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(source, mapping, Arrays.asList(allowedFields), prefix));
        }
        Matcher glued = node instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN
                ? KEY_WITHOUT_SPACE.matcher(scalar.getValue()) : null;
        if (glued != null && glued.matches()) {
            // "title:Info" on its own is one word to YAML, not a field: the missing space is the mistake
            SourcePosition at = source.position(node);
            source.diagnostics().error(new SourcePosition(at.path(), at.line(), at.column() + glued.group(1).length()),
                    "yaml.spaceAfterColon", glued.group(1), at.line(), glued.group(1) + ": " + glued.group(2));
            return Optional.empty();
        }
        source.diagnostics().error(source.position(node), "yaml.notMapping", what);
        return Optional.empty();
    }

    public YamlSource source() {
        return source;
    }

    public Diagnostics diagnostics() {
        return source.diagnostics();
    }

    /** Where the mapping starts: used for "missing field" problems. */
    public SourcePosition start() {
        return source.position(node);
    }

    public boolean has(String key) {
        return valueNode(key).isPresent();
    }

    /** Whether the field holds a single value (not a list or a set of fields). */
    public boolean isScalar(String key) {
        return valueNode(key).map(v -> v instanceof ScalarNode).orElse(false);
    }

    /** Where the field's value starts (its name when it has none), or the mapping's start when absent. */
    public SourcePosition positionOf(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            return start();
        }
        return valueNode(key).map(source::position).orElse(source.position(tuple.getKeyNode()));
    }

    /**
     * Reports an error at a node (a list item, a key). {@code messageKey} names the text in the message bundles,
     * {@code args} fill its placeholders.
     */
    public void report(Node at, String messageKey, Object... args) {
        source.diagnostics().error(source.position(at), messageKey, args);
    }

    /** Reports a warning at the field's value, e.g. {@code map.warn("facilitators", "group.noFacilitators")}. */
    public void warn(String field, String messageKey, Object... args) {
        source.diagnostics().warning(positionOf(field), messageKey, args);
    }

    /** Reports an error at the field's value, e.g. {@code map.error("status", "field.enum", …)}. */
    public void error(String field, String messageKey, Object... args) {
        source.diagnostics().error(positionOf(field), messageKey, args);
    }

    /** A required text field; reports it missing or empty. */
    public String requiredText(String key) {
        reportIfMissing(key);
        String text = text(key);
        if (text == null && isScalar(key)) {
            error(key, "field.empty", name(key));   // written, but only quotes or spaces: name: ""
        }
        return text;
    }

    /**
     * An optional e-mail address: reported when it is none, and warned about when its domain is a mail provider's
     * with a typo ("gmial.com", {@link MailDomains}). The address is returned as written either way.
     */
    public String email(String key) {
        String value = text(key);
        if (value != null && !TextFormats.isEmail(value)) {
            Optional<String> meant = TextFormats.emailMeant(value);
            if (meant.isPresent()) {
                error(key, "field.email.invalid.suggested", value, Suggestions.didYouMean(meant.get()));
            } else {
                error(key, "field.email.invalid", value);
            }
        } else if (value != null) {
            MailDomains.meant(value).ifPresent(meant -> warn(key, "field.email.typo", value, meant));
        }
        return value;
    }

    /** An optional text field, trimmed; any scalar (also 19:30, no, 0612) is read as the text written. */
    public String text(String key) {
        return valueNode(key).map(value -> {
            if (value instanceof ScalarNode scalar) {
                String text = scalar.getValue().strip();
                return text.isEmpty() ? null : text;
            }
            report(value, "field.notText", name(key), kind(value));
            return null;
        }).orElse(null);
    }

    /** A number as a word ("facilitators: twee"), to suggest the number; up to twelve, as Dutch writes them. */
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("nul", 0), Map.entry("een", 1),
            Map.entry("één", 1), Map.entry("eén", 1), Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("vier", 4),
            Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7), Map.entry("acht", 8),
            Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("elf", 11), Map.entry("twaalf", 12));

    public Integer integer(String key) {
        return scalar(key, "expect.integer", raw -> {
            if (!raw.matches("\\d{1,6}")) {
                return null;
            }
            return Integer.valueOf(raw);
        }, raw -> Optional.ofNullable(NUMBER_WORDS.get(raw.toLowerCase(Locale.ROOT))).map(String::valueOf));
    }

    public Boolean bool(String key) {
        return scalar(key, "expect.boolean", raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "ja", "yes" -> Boolean.TRUE;
            case "false", "nee", "no" -> Boolean.FALSE;
            default -> null;
        });
    }

    /** A date written as YYYY-MM-DD that exists in the calendar. */
    public LocalDate date(String key) {
        return scalar(key, "expect.date", raw -> {
            if (!DATE.matcher(raw).matches()) {
                return null;
            }
            return parseDate(key, raw);
        }, raw -> WrittenDates.read(raw).map(LocalDate::toString));
    }

    /**
     * One item of a list of dates (e.g. {@code except}), written as YYYY-MM-DD that exists in the calendar;
     * reports the problem at the item and returns null otherwise.
     */
    public LocalDate dateItem(Node item, String key) {
        String raw = item instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        if (!(item instanceof ScalarNode) || !DATE.matcher(raw).matches()) {
            Optional<LocalDate> meant = raw.isEmpty() ? Optional.empty() : WrittenDates.read(raw);
            if (meant.isPresent()) {
                report(item, "field.list.itemNotDate.suggested", name(key), raw,
                        Suggestions.didYouMean(meant.get().toString()));
            } else {
                report(item, raw.isEmpty() ? "field.list.itemNotDate" : "field.list.itemNotDate.value", name(key), raw);
            }
            return null;
        }
        try {
            return LocalDate.parse(raw, STRICT_DATE);
        } catch (DateTimeException e) {
            report(item, "field.date.notExisting", name(key), raw);
            return null;
        }
    }

    public LocalDate requiredDate(String key) {
        reportIfMissing(key);
        return date(key);
    }

    public LocalDateTime requiredDateTime(String key) {
        reportIfMissing(key);
        return dateTime(key);
    }

    private void reportIfMissing(String key) {
        if (!fields.containsKey(key)) {
            source.diagnostics().error(start(), "field.missing", name(key));
        } else if (!has(key)) {
            error(key, "field.empty", name(key));
        }
    }

    /** A time of day written as HH:MM. */
    public LocalTime time(String key) {
        return scalar(key, "expect.time", raw -> {
            Matcher m = TIME.matcher(raw);
            return m.matches() ? parseTime(key, m.group(1), m.group(2)) : null;
        }, WrittenTimes::suggest);
    }

    /** A local date-time written as YYYY-MM-DDTHH:MM (or with a space). */
    public LocalDateTime dateTime(String key) {
        return scalar(key, "expect.dateTime", raw -> {
            Matcher m = DATE_TIME.matcher(raw);
            if (!m.matches()) {
                return null;
            }
            LocalDate date = parseDate(key, m.group(1));
            Matcher t = TIME.matcher(m.group(2));
            LocalTime time = t.matches() ? parseTime(key, t.group(1), t.group(2)) : null;
            return t.matches() ? LocalDateTime.of(date, time) : null;
        }, YamlMap::writtenDateTime);
    }

    /**
     * "8-12-2026 19.30", "8 december 2026 om 19:30", "8 december 2026, 19 uur", "08-12-2026T19:30",
     * "2027-01-16 10.00 uur" as YYYY-MM-DDTHH:MM, to suggest: a date of the field's own form or one {@link WrittenDates}
     * reads, then a time {@link WrittenTimes} reads, split at the first place where both do.
     */
    private static Optional<String> writtenDateTime(String raw) {
        String text = raw.strip();
        for (int i = 1; i < text.length() - 1; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != 'T') {
                continue;   // the date ends at a space, or at a T as in 08-12-2026T19:30
            }
            String date = text.substring(0, i).strip();
            String time = text.substring(i + 1).strip();
            if (date.endsWith(",")) {
                date = date.substring(0, date.length() - 1);
            }
            if (time.regionMatches(true, 0, "om ", 0, 3)) {
                time = time.substring(3).strip();
            }
            String datePart = date;
            Optional<java.time.LocalDate> day = isoDate(datePart).or(() -> WrittenDates.read(datePart));
            Optional<String> clock = WrittenTimes.suggest(time);
            if (day.isPresent() && clock.isPresent()) {
                return Optional.of(day.get() + "T" + clock.get());
            }
        }
        return Optional.empty();
    }

    /** A date in the field's own form ("2027-01-16" of "2027-01-16 10.00 uur"), if it exists. */
    private static Optional<java.time.LocalDate> isoDate(String text) {
        try {
            return DATE.matcher(text).matches() ? Optional.of(LocalDate.parse(text, STRICT_DATE)) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** One of a fixed set of values, e.g. {@code status: active}. */
    public <E> E choice(String key, Map<String, E> allowed) {
        return choice(key, allowed, Map.of());
    }

    /**
     * One of a fixed set of values, e.g. {@code status: active}. The problem for any other value names the
     * allowed ones with their Dutch words (bundle keys {@code value.<field>.<value>}) and suggests the right
     * value for a Dutch word an editor may have written instead ({@code vol} → {@code full}).
     *
     * @param dutch Dutch words (lowercase) for allowed values, e.g. {@code vol → full}
     */
    public <E> E choice(String key, Map<String, E> allowed, Map<String, String> dutch) {
        String raw = text(key);
        if (raw == null) {
            return null;
        }
        E value = allowed.get(raw);
        if (value == null) {
            List<Message> words = allowed.keySet().stream()
                    .map(code -> Message.of("value." + key + "." + code)).toList();
            error(key, "field.enum", name(key), Message.or(allowed.keySet()), Message.or(words), raw,
                    Suggestions.hint(raw, allowed.keySet(), dutch));
        }
        return value;
    }

    /** A list of texts; a single value is taken as a list of one. */
    public List<String> textList(String key) {
        Optional<Node> value = valueNode(key);
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (Node item : elements(key, value.get())) {
            if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                items.add(scalar.getValue().strip());
            } else if (item instanceof ScalarNode) {
                report(item, "field.list.emptyItem", name(key));
            } else {
                report(item, "field.list.itemNotText", name(key), kind(item));
            }
        }
        return items;
    }

    /** The list items with the node they were read from, for reporting problems about one item. */
    public List<Node> items(String key) {
        return valueNode(key).map(v -> elements(key, v)).orElse(List.of());
    }

    public SourcePosition position(Node node) {
        return source.position(node);
    }

    /** The field's full name as an editor finds it in the file, e.g. {@code contact.name}. */
    public String name(String key) {
        return prefix + key;
    }

    /** A nested mapping field. */
    public Optional<YamlMap> map(String key, String... allowedFields) {
        return valueNode(key).flatMap(v -> of(source, v, Message.of("what.field", name(key)), name(key) + ".",
                allowedFields));
    }

    /** A list of mappings, e.g. the regions of site-config.yml. */
    public List<YamlMap> maps(String key, String... allowedFields) {
        List<YamlMap> result = new ArrayList<>();
        for (Node item : items(key)) {
            of(source, item, Message.of("what.listItem", name(key)), allowedFields).ifPresent(result::add);
        }
        return result;
    }

    private List<Node> elements(String key, Node value) {
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (value instanceof ScalarNode) {
            return List.of(value);
        }
        report(value, "field.notList", name(key));
        return List.of();
    }

    /** @param expected the key of what the field should hold, e.g. {@code expect.date} ("a date written as …") */
    private <T> T scalar(String key, String expected, java.util.function.Function<String, T> parse) {
        return scalar(key, expected, parse, raw -> Optional.empty());
    }

    /** @param meant what a value that does not parse was meant to be, in the form the field needs, if it can tell */
    private <T> T scalar(String key, String expected, java.util.function.Function<String, T> parse,
                         java.util.function.Function<String, Optional<String>> meant) {
        Optional<Node> value = valueNode(key);
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.get() instanceof ScalarNode scalar)) {
            report(value.get(), "field.wrongKind", name(key), Message.of(expected), kind(value.get()));
            return null;
        }
        String raw = scalar.getValue().strip();
        T parsed;
        try {
            parsed = parse.apply(raw);
        } catch (AlreadyReported e) {
            return null;
        }
        if (parsed == null) {
            Optional<String> suggestion = meant.apply(raw);
            if (suggestion.isPresent()) {
                report(scalar, "field.invalid.suggested", name(key), Message.of(expected), raw,
                        Suggestions.didYouMean(suggestion.get()));
            } else {
                report(scalar, "field.invalid", name(key), Message.of(expected), raw);
            }
        }
        return parsed;
    }

    /** Thrown by a parser that has reported a more precise problem than "must be …" itself. */
    private static final class AlreadyReported extends RuntimeException {
        AlreadyReported() {
            super(null, null, false, false);
        }
    }

    private LocalDate parseDate(String key, String raw) {
        try {
            return LocalDate.parse(raw, STRICT_DATE);
        } catch (DateTimeException e) {
            error(key, "field.date.notExisting", name(key), raw);
            throw new AlreadyReported();
        }
    }

    private LocalTime parseTime(String key, String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 23 || m > 59) {
            error(key, "field.time.notExisting", name(key), hours + ":" + minutes);
            throw new AlreadyReported();
        }
        return LocalTime.of(h, m);
    }

    private Optional<Node> valueNode(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar && isNull(scalar)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static boolean isNull(ScalarNode scalar) {
        return scalar.getScalarStyle() == ScalarStyle.PLAIN && NULLS.contains(scalar.getValue().strip());
    }

    /** What a node is, in words: "a set of fields", "a list", "a value". */
    private static Message kind(Node node) {
        return Message.of(switch (node) {
            case MappingNode ignored -> "yaml.kind.mapping";
            case SequenceNode ignored -> "yaml.kind.list";
            default -> "yaml.kind.value";
        });
    }
}
