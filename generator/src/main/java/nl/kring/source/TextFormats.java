package nl.kring.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks for the formats editors type by hand: e-mail addresses, web addresses, phone numbers. */
public final class TextFormats {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 ()\\-]+");
    /** Dutch numbers shorter than 8 digits: emergency, suicide prevention, police, 116 lines, municipalities. */
    private static final Pattern SERVICE_NUMBER = Pattern.compile("0(800|900|906|909)(\\d{4}|\\d{7})");
    private static final Pattern SHORT = Pattern.compile("112|113|144|116\\d{3}|14\\d{2,4}");
    private static final Pattern HEX_COLOR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Combining marks, which NFKD splits off accented letters. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
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
        String text = title.toLowerCase(Locale.ROOT);
        if (!isAscii(text)) {
            text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
            for (Map.Entry<String, String> letter : UNDECOMPOSED.entrySet()) {
                text = text.replace(letter.getKey(), letter.getValue());
            }
        }
        // one pass, not four regular expressions: the duplicate check runs this on every group name of a
        // national network at each preview save
        StringBuilder slug = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !slug.isEmpty()) {
                    slug.append('-');
                }
                gap = false;
                slug.append(c);
            } else if (c == '&') {
                if (!slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append("en");
                gap = true;
            } else if (APOSTROPHES.indexOf(c) < 0) {
                gap = true;
            }
        }
        return slug.toString();
    }

    /** Dropped from slugs without a trace: "Kom d'r bij" → "kom-dr-bij". */
    private static final String APOSTROPHES = "'’‘`´";

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public static boolean isEmail(String s) {
        return EMAIL.matcher(s).matches();
    }

    /**
     * The address an e-mail address that is none was meant to be, when a slip explains it: a comma for a dot
     * ("naam@example,nl"), spaces, "mailto:" in front, "(at)" or " at " for the @, a dot at the end.
     */
    public static Optional<String> emailMeant(String s) {
        String meant = s.strip();
        if (meant.regionMatches(true, 0, "mailto:", 0, 7)) {
            meant = meant.substring(7);
        }
        meant = meant.replaceAll("(?i)\\s*[(\\[]at[)\\]]\\s*|\\s+at\\s+", "@").replace(',', '.').replaceAll("\\s+", "")
                .replaceAll("\\.{2,}", ".");
        if (meant.endsWith(".")) {
            meant = meant.substring(0, meant.length() - 1);
        }
        return !meant.equals(s) && isEmail(meant) ? Optional.of(meant) : Optional.empty();
    }

    /**
     * A phone number: digits, spaces, hyphens, brackets and an optional leading +; 8 to 15 digits, or one of
     * the Dutch short numbers (112, 113, 144, 116 xxx, and a municipality's 14 + area code such as 14 043).
     */
    public static boolean isPhone(String s) {
        long digits = s.chars().filter(Character::isDigit).count();
        return PHONE_CHARS.matcher(s).matches() && (digits >= 8 && digits <= 15 || SHORT.matcher(digitsOf(s)).matches()
                && !s.startsWith("+")) && wrongDutchLength(s).isEmpty();
    }

    /**
     * The digits a Dutch number has when that is not what a Dutch number has, counted as dialled within the
     * country (with its leading 0): 10, or 8 and 11 for 0800, 0900, 0906 and 0909 numbers. A number of 06 or an
     * area code with a digit too few or too many reaches nobody, and the page gives it to someone looking for help.
     * Empty for a number of the right length, a short number (112, 14 043), a foreign one (+32, 0049) and one
     * that lost its leading 0 ({@link #withLostZero}).
     */
    public static java.util.OptionalInt wrongDutchLength(String s) {
        String written = s.strip();
        if (!PHONE_CHARS.matcher(written).matches()) {
            return java.util.OptionalInt.empty();
        }
        String digits = digitsOf(written.replace("(0)", ""));   // +31 (0)43 …: the 0 is not dialled from abroad
        String national;
        if (written.startsWith("+")) {
            national = digits.startsWith("31") ? "0" + digits.substring(2) : null;
        } else if (digits.startsWith("0031")) {
            national = "0" + digits.substring(4);
        } else if (digits.startsWith("0") && !digits.startsWith("00")) {
            national = digits;
        } else {
            national = null;   // another country's, a short number, or one that lost its 0
        }
        if (national == null || national.length() == 10 || SERVICE_NUMBER.matcher(national).matches()) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(national.length());
    }

    /**
     * The number an editor most likely meant when a Dutch number lost its leading 0 (what a spreadsheet or a
     * CMS does to {@code 0612345670}): nine digits starting 1-9 (06 mobile, 0xx/0xxx area codes, 085/088/097)
     * and 0800/0900/0906/0909 numbers (7 or 10 digits left) get their 0 back, {@code 31 6…} its +. Empty
     * for anything else, including numbers written with + or 00 and the short numbers of {@link #isPhone}.
     */
    public static java.util.Optional<String> withLostZero(String s) {
        String written = s.strip();
        if (!PHONE_CHARS.matcher(written).matches() || written.startsWith("+") || written.startsWith("(")) {
            return java.util.Optional.empty();
        }
        String digits = digitsOf(written);
        if (digits.isEmpty() || digits.charAt(0) == '0' || SHORT.matcher(digits).matches()) {
            return java.util.Optional.empty();
        }
        boolean service = digits.matches("(800|900|906|909)(\\d{4}|\\d{7})");
        if (digits.length() == 9 || service) {
            return java.util.Optional.of("0" + written);
        }
        if (digits.matches("31[1-9]\\d{8}")) {
            return java.util.Optional.of("+" + written);
        }
        return java.util.Optional.empty();
    }

    private static String digitsOf(String s) {
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
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

    /**
     * The web address an address that is none was meant to be, when a slip explains it: no https:// in front
     * ("www.aa-nederland.nl", "aa-nederland.nl/roermond"), or the colon left out ("https//www.example.nl").
     */
    public static Optional<String> webUrlMeant(String s) {
        String text = s.strip();
        String meant;
        if (text.regionMatches(true, 0, "https//", 0, 7) || text.regionMatches(true, 0, "http//", 0, 6)) {
            meant = text.replaceFirst("(?i)^(https?)//", "$1://");
        } else if (!text.contains("://") && !text.contains("@") && text.matches("[^\\s/]+\\.[a-zA-Z]{2,}(/\\S*)?")) {
            meant = "https://" + text;
        } else {
            return Optional.empty();
        }
        return isWebUrl(meant) ? Optional.of(meant) : Optional.empty();
    }

    public static boolean isHexColor(String s) {
        return HEX_COLOR.matcher(s).matches();
    }

    public static boolean isSlug(String s) {
        return SLUG.matcher(s).matches();
    }
}
