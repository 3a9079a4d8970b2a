package nl.kring.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.model.Publication;

/**
 * Reads {@code draft} and {@code publishFrom} from a content file's text before (and independently of)
 * parsing its YAML. Two things need that: every file must know which other files are unpublished
 * before any is checked (a link to a draft is a problem of the file that links), and a draft whose
 * front matter is too broken to parse is still a draft, so its problems stay warnings.
 * <p>
 * Only top-level lines of the front matter count, written the ways {@link nl.kring.source.YamlMap}
 * reads a boolean and a date; the front matter is then read properly and checks the same fields.
 */
final class Drafts {

    private static final Pattern DRAFT = Pattern.compile(
            "^draft:[ \\t]*([\"']?)(true|yes|ja)\\1[ \\t]*(#.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISH_FROM = Pattern.compile(
            "^publishFrom:[ \\t]*([\"']?)(\\d{4}-\\d{1,2}-\\d{1,2})\\1[ \\t]*(#.*)?$");
    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    /** Front matter longer than this is not looked at for drafts (no real file comes close). */
    private static final int MAX_FRONT_MATTER_LINES = 500;

    private Drafts() {
    }

    /**
     * The file's publication as its front matter states it; published when it says nothing. Reads line by line
     * up to the end of the front matter: every content file passes here before any is checked, so splitting a
     * whole file into lines was a visible part of loading a large network.
     */
    static Publication peek(String text) {
        int end = lineEnd(text, 0);
        if (!text.substring(0, end).replace("\uFEFF", "").strip().equals("---")) {
            return Publication.PUBLISHED;
        }
        boolean draft = false;
        LocalDate publishFrom = null;
        for (int i = 1; i < MAX_FRONT_MATTER_LINES && end < text.length(); i++) {
            int start = end + 1;
            end = lineEnd(text, start);
            String line = text.substring(start, end).stripTrailing();   // also the \r of a Windows line end
            if (line.equals("---") || line.equals("...")) {
                break;
            }
            if (line.regionMatches(true, 0, "draft:", 0, 6) && DRAFT.matcher(line).matches()) {
                draft = true;
            }
            if (line.startsWith("publishFrom:")) {
                Matcher date = PUBLISH_FROM.matcher(line);
                if (date.matches()) {
                    try {
                        publishFrom = LocalDate.parse(date.group(2), DATE);
                    } catch (DateTimeException e) {
                        publishFrom = null;  // reading the file reports it; it decides what is published
                    }
                }
            }
        }
        return new Publication(draft, publishFrom);
    }

    /**
     * {@link #peek(String)} of a file's bytes, decoding only the lines it can read: every content file passes here,
     * and most of a file is its Markdown text after the front matter.
     */
    static Publication peek(byte[] bytes) {
        return peek(new String(bytes, 0, linesPeekReads(bytes), java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Where the lines {@link #peek(String)} reads end at the latest: after the first line (past the opening one)
     * that is {@code ---} or {@code ...} with ASCII spaces after it, or after as many lines as it reads at most.
     * Cut at a line end, so never inside a character.
     */
    private static int linesPeekReads(byte[] bytes) {
        int start = 0;
        for (int line = 0; line <= MAX_FRONT_MATTER_LINES && start < bytes.length; line++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (line > 0 && closes(bytes, start, end)) {
                return end;
            }
            start = end + 1;
        }
        return Math.min(start, bytes.length);
    }

    private static boolean closes(byte[] bytes, int start, int end) {
        while (end > start && (bytes[end - 1] == ' ' || bytes[end - 1] <= '\r' && bytes[end - 1] >= '\t'
                || bytes[end - 1] >= 0x1c && bytes[end - 1] <= 0x1f)) {
            end--;
        }
        if (end - start != 3) {
            return false;
        }
        byte c = bytes[start];
        return (c == '-' || c == '.') && bytes[start + 1] == c && bytes[start + 2] == c;
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }
}
