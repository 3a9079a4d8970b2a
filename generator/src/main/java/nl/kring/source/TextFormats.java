package nl.kring.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks for the formats editors type by hand: e-mail addresses, web addresses, phone numbers. */
public final class TextFormats {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 ()\\-]+");
    private static final Pattern HEX_COLOR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Letters that Unicode does not decompose into a base letter plus accents. */
    private static final Map<String, String> UNDECOMPOSED = Map.of(
            "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ı", "i", "þ", "th", "ð", "d");

    private TextFormats() {
    }

    /**
     * A slug made from a title: accents folded ("Schuldencafé" → "schuldencafe"), "&" read as "en",
     * apostrophes dropped ("Kom d'r bij" → "kom-dr-bij"), every other run of non-letters a single
     * hyphen. Empty when the title has no letters or digits at all.
     */
    public static String slugOf(String title) {
        String text = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        for (Map.Entry<String, String> letter : UNDECOMPOSED.entrySet()) {
            text = text.replace(letter.getKey(), letter.getValue());
        }
        return text.replace("&", " en ")
                .replaceAll("['’‘`´]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    public static boolean isEmail(String s) {
        return EMAIL.matcher(s).matches();
    }

    /** A phone number: digits, spaces, hyphens, brackets and an optional leading +; 8 to 15 digits. */
    public static boolean isPhone(String s) {
        long digits = s.chars().filter(Character::isDigit).count();
        return PHONE_CHARS.matcher(s).matches() && digits >= 8 && digits <= 15;
    }

    /** A phone number, also a short one such as 113 or 112 (3 to 15 digits). */
    public static boolean isPhoneOrShortNumber(String s) {
        long digits = s.chars().filter(Character::isDigit).count();
        return PHONE_CHARS.matcher(s).matches() && digits >= 3 && digits <= 15;
    }

    /** An absolute http(s) URL with a host. */
    public static boolean isWebUrl(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static boolean isHexColor(String s) {
        return HEX_COLOR.matcher(s).matches();
    }

    public static boolean isSlug(String s) {
        return SLUG.matcher(s).matches();
    }
}
