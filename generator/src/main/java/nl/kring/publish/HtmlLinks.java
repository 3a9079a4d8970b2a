package nl.kring.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.parser.Parser;

/**
 * The links and ids of one HTML page, found by a small tag scanner rather than a full HTML parser.
 * <p>
 * The link check reads every page of every region — on a national network some 70,000 — and building a
 * jsoup DOM for each was a quarter of the whole build. The check needs only a few attributes, so this reads
 * the tags and their attributes (double-, single- or unquoted; entities decoded by jsoup), skips comments,
 * doctypes and the raw text of {@code script}, {@code style}, {@code textarea} and {@code title}, and keeps:
 * {@code href} of {@code a} and {@code link}, {@code src} of {@code img} and {@code script}, {@code action}
 * of {@code form}, and every {@code id}. A test compares it with jsoup on every page of the sample sites.
 *
 * @param links the checked attributes, in page order
 * @param ids   every element id on the page
 */
record HtmlLinks(List<Link> links, Set<String> ids) {

    /** One link: the attribute it came from and its (decoded) value. */
    record Link(String attribute, String value) {
    }

    static HtmlLinks of(String html) {
        return of(html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The links and ids of a page in UTF-8, read from its bytes: the tags, attribute names and quotes are ASCII,
     * and no byte of a longer UTF-8 sequence is, so only the values kept are decoded. Decoding each whole page
     * to a {@code String} first (two bytes per character on most pages, for a dash or an accent) made about a
     * tenth of the national build's garbage.
     */
    static HtmlLinks of(byte[] html) {
        return new Scanner(html).scan();
    }

    private static final class Scanner {

        private final byte[] html;
        private final int length;
        private int pos;
        private final List<Link> links = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        Scanner(byte[] html) {
            this.html = html;
            this.length = html.length;
        }

        HtmlLinks scan() {
            while (true) {
                int open = indexOf('<', pos);
                if (open < 0 || open + 1 >= length) {
                    break;
                }
                pos = open + 1;
                char next = charAt(pos);
                if (startsWith("!--", pos)) {
                    int end = indexOf("-->", pos + 3);
                    pos = end < 0 ? length : end + 3;
                } else if (next == '!' || next == '?' || next == '/') {
                    int end = indexOf('>', pos);
                    pos = end < 0 ? length : end + 1;
                } else if (isLetter(next)) {
                    tag();
                }
            }
            return new HtmlLinks(List.copyOf(links), Set.copyOf(ids));
        }

        private void tag() {
            int start = pos;
            while (pos < length && !isSpace(charAt(pos)) && charAt(pos) != '>' && charAt(pos) != '/') {
                pos++;
            }
            String name = new String(html, start, pos - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            String wanted = switch (name) {
                case "a", "link" -> "href";
                case "img", "script" -> "src";
                case "form" -> "action";
                default -> null;
            };
            // a repeated attribute counts once, the first, as in HTML: only the two kinds kept need remembering
            boolean seenWanted = false;
            boolean seenId = false;
            while (pos < length) {
                char c = charAt(pos);
                if (c == '>') {
                    pos++;
                    break;
                }
                if (isSpace(c) || c == '/') {
                    pos++;
                    continue;
                }
                int nameStart = pos;
                while (pos < length && !isSpace(charAt(pos)) && "=>/".indexOf(charAt(pos)) < 0) {
                    pos++;
                }
                boolean isWanted = wanted != null && isName(nameStart, pos, wanted);
                boolean isId = !isWanted && isName(nameStart, pos, "id");
                skipSpaces();
                int valueStart = pos;
                int valueEnd = pos;
                if (pos < length && charAt(pos) == '=') {
                    pos++;
                    skipSpaces();
                    long range = value();
                    valueStart = (int) (range >>> 32);
                    valueEnd = (int) range;
                }
                if (isWanted && !seenWanted) {
                    seenWanted = true;
                    links.add(new Link(wanted, decoded(text(valueStart, valueEnd))));
                } else if (isId && !seenId) {
                    seenId = true;
                    ids.add(decoded(text(valueStart, valueEnd)));
                }
            }
            if (name.equals("script") || name.equals("style") || name.equals("textarea") || name.equals("title")) {
                int end = indexOfIgnoreCase("</" + name, pos);
                pos = end < 0 ? length : end;
            }
        }

        /** Where the attribute value at {@code pos} starts and ends (raw), as one long; moves past it. */
        private long value() {
            if (pos >= length) {
                return ((long) pos << 32) | pos;
            }
            char quote = charAt(pos);
            int start;
            int end;
            if (quote == '"' || quote == '\'') {
                start = pos + 1;
                end = indexOf(quote, start);
                end = end < 0 ? length : end;
                pos = Math.min(length, end + 1);
            } else {
                start = pos;
                while (pos < length && !isSpace(charAt(pos)) && charAt(pos) != '>') {
                    pos++;
                }
                end = pos;
            }
            return ((long) start << 32) | end;
        }

        /** The attribute name from {@code start} to {@code end}, lower-cased, equals {@code name} (ASCII). */
        private boolean isName(int start, int end, String name) {
            if (end - start != name.length()) {
                return false;
            }
            for (int i = 0; i < name.length(); i++) {
                char c = charAt(start + i);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                if (c != name.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** An attribute value as written, decoded from UTF-8: only the values kept are decoded (entities after). */
        private String text(int start, int end) {
            return new String(html, start, end - start, StandardCharsets.UTF_8);
        }

        /** The byte at {@code at} as the character ISO 8859-1 gives it: the ASCII structure reads as itself. */
        private char charAt(int at) {
            return (char) (html[at] & 0xff);
        }

        private int indexOf(char c, int from) {
            for (int i = Math.max(from, 0); i < length; i++) {
                if (html[i] == (byte) c) {
                    return i;
                }
            }
            return -1;
        }

        private int indexOf(String needle, int from) {
            for (int i = indexOf(needle.charAt(0), from); i >= 0; i = indexOf(needle.charAt(0), i + 1)) {
                if (startsWith(needle, i)) {
                    return i;
                }
            }
            return -1;
        }

        private boolean startsWith(String prefix, int at) {
            if (at + prefix.length() > length) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (html[at + i] != (byte) prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private static String decoded(String raw) {
            return raw.indexOf('&') < 0 ? raw : unescape(raw);
        }

        /**
         * Kring's own pages escape only {@code &} in attributes (the share links' {@code mailto:?subject=…&amp;body=…});
         * any other entity is left to jsoup, whose 230 classes a build then need not load.
         */
        private static String unescape(String raw) {
            for (int at = raw.indexOf('&'); at >= 0; at = raw.indexOf('&', at + 1)) {
                if (!raw.startsWith("&amp;", at)) {
                    return Parser.unescapeEntities(raw, true);
                }
            }
            return raw.replace("&amp;", "&");
        }

        private void skipSpaces() {
            while (pos < length && isSpace(charAt(pos))) {
                pos++;
            }
        }

        /** Where an ASCII needle starts, letters compared without case (a byte beyond ASCII never matches one). */
        private int indexOfIgnoreCase(String needle, int from) {
            int i = from;
            while ((i = indexOf("</", i)) >= 0) {
                if (i + needle.length() <= length && isName(i, i + needle.length(), needle.toLowerCase(Locale.ROOT))) {
                    return i;
                }
                i += 2;
            }
            return -1;
        }

        private static boolean isLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        }
    }
}
