package nl.kring.publish;

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
        return new Scanner(html).scan();
    }

    private static final class Scanner {

        private final String html;
        private final int length;
        private int pos;
        private final List<Link> links = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        Scanner(String html) {
            this.html = html;
            this.length = html.length();
        }

        HtmlLinks scan() {
            while (true) {
                int open = html.indexOf('<', pos);
                if (open < 0 || open + 1 >= length) {
                    break;
                }
                pos = open + 1;
                char next = html.charAt(pos);
                if (html.startsWith("!--", pos)) {
                    int end = html.indexOf("-->", pos + 3);
                    pos = end < 0 ? length : end + 3;
                } else if (next == '!' || next == '?' || next == '/') {
                    int end = html.indexOf('>', pos);
                    pos = end < 0 ? length : end + 1;
                } else if (isLetter(next)) {
                    tag();
                }
            }
            return new HtmlLinks(List.copyOf(links), Set.copyOf(ids));
        }

        private void tag() {
            int start = pos;
            while (pos < length && !isSpace(html.charAt(pos)) && html.charAt(pos) != '>' && html.charAt(pos) != '/') {
                pos++;
            }
            String name = html.substring(start, pos).toLowerCase(Locale.ROOT);
            String wanted = switch (name) {
                case "a", "link" -> "href";
                case "img", "script" -> "src";
                case "form" -> "action";
                default -> null;
            };
            Set<String> seen = new HashSet<>();   // a repeated attribute counts once, the first, as in HTML
            while (pos < length) {
                char c = html.charAt(pos);
                if (c == '>') {
                    pos++;
                    break;
                }
                if (isSpace(c) || c == '/') {
                    pos++;
                    continue;
                }
                int nameStart = pos;
                while (pos < length && !isSpace(html.charAt(pos)) && "=>/".indexOf(html.charAt(pos)) < 0) {
                    pos++;
                }
                String attribute = html.substring(nameStart, pos).toLowerCase(Locale.ROOT);
                skipSpaces();
                String value = "";
                if (pos < length && html.charAt(pos) == '=') {
                    pos++;
                    skipSpaces();
                    value = value();
                }
                if (seen.add(attribute)) {
                    if (attribute.equals(wanted)) {
                        links.add(new Link(attribute, decoded(value)));
                    } else if (attribute.equals("id")) {
                        ids.add(decoded(value));
                    }
                }
            }
            if (name.equals("script") || name.equals("style") || name.equals("textarea") || name.equals("title")) {
                int end = indexOfIgnoreCase("</" + name, pos);
                pos = end < 0 ? length : end;
            }
        }

        private String value() {
            if (pos >= length) {
                return "";
            }
            char quote = html.charAt(pos);
            int start;
            int end;
            if (quote == '"' || quote == '\'') {
                start = pos + 1;
                end = html.indexOf(quote, start);
                end = end < 0 ? length : end;
                pos = Math.min(length, end + 1);
            } else {
                start = pos;
                while (pos < length && !isSpace(html.charAt(pos)) && html.charAt(pos) != '>') {
                    pos++;
                }
                end = pos;
            }
            return html.substring(start, end);   // raw: only the attributes kept are decoded
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
            while (pos < length && isSpace(html.charAt(pos))) {
                pos++;
            }
        }

        private int indexOfIgnoreCase(String needle, int from) {
            int i = from;
            while ((i = html.indexOf("</", i)) >= 0) {
                if (html.regionMatches(true, i, needle, 0, needle.length())) {
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
