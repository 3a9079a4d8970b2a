package nl.kring.message;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language Kring speaks to editors. Dutch is the default, as on the sites; English is for
 * editors and developers who ask for it with {@code --lang en} or {@code KRING_LANG=en}.
 */
public enum Language {
    NL("nl"),
    EN("en");

    /** The environment variable that chooses the language when {@code --lang} is not given. */
    public static final String ENVIRONMENT_VARIABLE = "KRING_LANG";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code used in {@code --lang}, {@code KRING_LANG} and the bundle file names. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language named by an ISO code ("nl", "EN", "nl-NL"); empty when Kring has no bundle for it. */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = code.indexOf('-');
        String base = dash < 0 ? code : code.substring(0, dash);
        return Arrays.stream(values()).filter(l -> l.code.equals(base)).findFirst();
    }

    /** "nl, en", for messages about an unknown language. */
    public static String codes() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
    }
}
