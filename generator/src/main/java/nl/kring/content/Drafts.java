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

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }
}
