package nl.kring.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Checks for the formats editors type by hand: e-mail addresses, web addresses, phone numbers. */
public final class TextFormats {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 ()\\-]+");
    private static final Pattern HEX_COLOR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private TextFormats() {
    }

    public static boolean isEmail(String s) {
        return EMAIL.matcher(s).matches();
    }

    /** A phone number: digits, spaces, hyphens, brackets and an optional leading +; 8 to 15 digits. */
    public static boolean isPhone(String s) {
        long digits = s.chars().filter(Character::isDigit).count();
        return PHONE_CHARS.matcher(s).matches() && digits >= 8 && digits <= 15;
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
