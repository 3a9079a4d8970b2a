package nl.kring.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The theme's UI texts ({@code messages_nl.properties}, UTF-8), merged along the theme chain so a
 * theme can override single texts. Missing keys render as {@code ??key??} so they are easy to spot.
 */
public final class Messages {

    private final Map<String, String> texts;
    private final Locale locale;
    /** Parsed patterns; a MessageFormat is not thread-safe, so each use formats with a copy. */
    private final Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    public Messages(Map<String, String> texts, Locale locale) {
        this.texts = Map.copyOf(texts);
        this.locale = locale;
    }

    public static Messages load(Theme theme, String language) {
        Map<String, String> merged = new HashMap<>();
        List<Path> chain = theme.chain();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Path file = chain.get(i).resolve("messages_" + language + ".properties");
            if (Files.isRegularFile(file)) {
                Properties properties = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                properties.forEach((k, v) -> merged.put(k.toString(), v.toString()));
            }
        }
        return new Messages(merged, Locale.forLanguageTag(language));
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            return "??" + key + "??";
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        return ((MessageFormat) format.clone()).format(args);
    }

    /** The texts whose key starts with {@code prefix}, keyed without it, sorted (for the search script). */
    public java.util.SortedMap<String, String> withPrefix(String prefix) {
        java.util.SortedMap<String, String> selected = new java.util.TreeMap<>();
        texts.forEach((key, text) -> {
            if (key.startsWith(prefix)) {
                selected.put(key.substring(prefix.length()), text);
            }
        });
        return selected;
    }

    public Locale locale() {
        return locale;
    }
}
