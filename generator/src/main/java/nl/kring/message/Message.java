package nl.kring.message;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A message an editor reads, not yet put into words: a stable key (also the {@code code} that
 * {@code --format json} and {@code --format github} print, so tools never parse prose) and its
 * arguments. {@link Texts} turns it into Dutch or English text.
 *
 * <p>Arguments are inserted as written, except: a {@code Message} argument is itself translated
 * (for parts such as "did you mean …?" or the kind of a YAML node), and a collection is translated
 * item by item and joined with ", ". A list to read as a sentence does ("19.30 en 21.30 uur", "een van
 * maandag, dinsdag of woensdag") is passed as {@link #and} or {@link #or}.
 *
 * @param key  a key in both {@code messages_nl.properties} and {@code messages_en.properties}
 * @param args the values for {@code {0}}, {@code {1}}, …
 */
public record Message(String key, List<Object> args) {

    /**
     * Keys are dotted words, e.g. {@code field.enum} or {@code cli.build.done}. A key that does not have this
     * form is text written in code (not allowed, see MessageBundlesTest); it is shown as written, never thrown at.
     */
    public static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9-]+)+");

    public Message {
        Objects.requireNonNull(key, "key");
        args = args.stream().map(Message::normalise).toList();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /**
     * A message whose words depend on a count: {@code key.one} for 1, {@code key.other} otherwise.
     * The count is argument {@code {0}}, the others follow.
     */
    public static Message count(String key, long count, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = count;
        System.arraycopy(more, 0, args, 1, more.length);
        return of(key + (count == 1 ? ".one" : ".other"), args);
    }

    /** The key of a list read with "en" before its last item: {@code list.and}. */
    public static final String AND = "list.and";
    /** The key of a list read with "of" before its last item: {@code list.or}. */
    public static final String OR = "list.or";

    /** Items that all hold, as a sentence reads them: "juli en augustus", "maandag, dinsdag en vrijdag". */
    public static Message and(Collection<?> items) {
        return new Message(AND, List.of(items));
    }

    /** Items to choose one of, as a sentence reads them: "een van online, hybride of op locatie". */
    public static Message or(Collection<?> items) {
        return new Message(OR, List.of(items));
    }

    /** Whether this is a list made by {@link #and} or {@link #or}. */
    public boolean isList() {
        return (key.equals(AND) || key.equals(OR)) && args.size() == 1 && args.get(0) instanceof Collection<?>;
    }

    /** The stable, language-independent code of this message: its key. */
    public String code() {
        return key;
    }

    /**
     * Arguments as plain text, language-independent, for sorting and JSON: a nested message as its code,
     * with its own arguments in parentheses ({@code suggestion.didYouMean(full)}).
     */
    public List<String> argumentTexts() {
        return args.stream().map(Message::plain).toList();
    }

    private static String plain(Object arg) {
        if (arg instanceof Message m && m.isList()) {
            return plain(m.args.get(0));   // language-independent, as a collection was before it read as a sentence
        }
        if (arg instanceof Message m) {
            return m.args.isEmpty() ? m.key : m.key + m.argumentTexts().stream().collect(Collectors.joining(", ", "(", ")"));
        }
        if (arg instanceof Collection<?> c) {
            return c.stream().map(Message::plain).collect(Collectors.joining(", "));
        }
        return String.valueOf(arg);
    }

    private static Object normalise(Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Collection<?> c) {
            return List.copyOf(c.stream().map(Message::normalise).toList());
        }
        return arg;
    }

    @Override
    public String toString() {
        // Not for editors: Texts renders messages. This is for debugging and test failure output.
        return key + argumentTexts();
    }
}
