package nl.kring.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Puts {@link Message}s into words in one language, from {@code nl/kring/message/messages_<code>.properties}
 * (UTF-8). One instance per run, passed to whatever prints for editors; nothing global.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, …; unlike {@link java.text.MessageFormat}, apostrophes
 * need no doubling, because Kring's messages quote field names and values with them.
 *
 * <p>A key missing from the bundle does not crash a build that has found real problems: the message
 * is shown as {@code [key] arguments}, plainly wrong but still useful. {@code MessageBundlesTest}
 * makes sure no released bundle lacks a key and no call site passes a sentence instead of a key.
 */
public final class Texts {

    private static final String FOLDER = "/nl/kring/message/";

    private final Language language;
    private final Map<String, String> texts;

    private Texts(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The texts of one language, read from the classpath. */
    public static Texts of(Language language) {
        return new Texts(language, load(language));
    }

    /** Dutch: the default, and what tests that check Dutch wording use. */
    public static Texts dutch() {
        return of(Language.NL);
    }

    public static Texts english() {
        return of(Language.EN);
    }

    public Language language() {
        return language;
    }

    /** The message in words. */
    public String text(Message message) {
        if (message.isList()) {
            return list(message);
        }
        String pattern = texts.get(message.key());
        if (pattern == null) {
            return missing(message);
        }
        return fill(pattern, message);
    }

    /** Shorthand for {@code text(Message.of(key, args))}. */
    public String text(String key, Object... args) {
        return text(Message.of(key, args));
    }

    /** Shorthand for {@code text(Message.count(key, count, more))}. */
    public String count(String key, long count, Object... more) {
        return text(Message.count(key, count, more));
    }

    /** Whether the bundle has this key (for optional texts, such as the Dutch words of an enum value). */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** Every key of this language's bundle. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(texts.keySet());
    }

    /** The bundle as a {@link ResourceBundle}, for picocli's usage help (keys such as {@code kring.build.usage.description}). */
    public ResourceBundle resourceBundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return texts.get(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(texts.keySet());
            }
        };
    }

    private String fill(String pattern, Message message) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < message.args().size() ? argument(message.args().get(index)) : "{" + index + "}");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** "a", "a en b", "a, b en c" (or "of"): the items translated, the last joined by the list's word. */
    private String list(Message list) {
        List<String> items = ((Collection<?>) list.args().get(0)).stream().map(this::argument).toList();
        if (items.size() < 2) {
            return String.join("", items);
        }
        String pattern = texts.get(list.key());
        String head = String.join(", ", items.subList(0, items.size() - 1));
        String last = items.get(items.size() - 1);
        return pattern == null ? head + ", " + last : fill(pattern, Message.of(list.key(), head, last));
    }

    private String argument(Object arg) {
        if (arg instanceof Message nested) {
            return text(nested);
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(this::argument).collect(Collectors.joining(", "));
        }
        return String.valueOf(arg);
    }

    private String missing(Message message) {
        if (!Message.KEY.matcher(message.key()).matches()) {
            // Text written in code where a key belongs (MessageBundlesTest names the call site): shown as written.
            return fill(message.key(), message);
        }
        String args = message.args().stream().map(this::argument).collect(Collectors.joining(", "));
        return "[" + message.key() + "]" + (args.isEmpty() ? "" : " " + args);
    }

    private static Map<String, String> load(Language language) {
        String name = FOLDER + "messages_" + language.code() + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("message bundle missing from the jar: " + name);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((k, v) -> texts.put((String) k, (String) v));
            return Collections.unmodifiableMap(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
