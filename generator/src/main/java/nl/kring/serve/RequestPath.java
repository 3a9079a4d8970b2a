package nl.kring.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request path taken apart into decoded segments, refusing everything that could reach outside
 * the site: {@code ..} and {@code .} segments (also percent-encoded), encoded slashes and backslashes,
 * backslashes, empty segments, control characters and broken percent-encoding. Files are only ever
 * looked up by these segments in the build's output, never on disk.
 *
 * @param segments the decoded segments, e.g. {@code [roermond, groepen]} for {@code /roermond/groepen/}
 * @param directory whether the path ends in '/' (or is the root)
 */
public record RequestPath(List<String> segments, boolean directory) {

    public RequestPath {
        segments = List.copyOf(segments);
    }

    /** The parsed path, or empty when the raw (still percent-encoded) path is not acceptable. */
    public static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Optional.empty();
        }
        String body = rawPath.substring(1);
        boolean directory = body.isEmpty() || body.endsWith("/");
        if (directory && !body.isEmpty()) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> segments = new ArrayList<>();
        if (!body.isEmpty()) {
            for (String raw : body.split("/", -1)) {
                Optional<String> segment = decode(raw);
                if (segment.isEmpty() || !acceptable(segment.get())) {
                    return Optional.empty();
                }
                segments.add(segment.get());
            }
        }
        return Optional.of(new RequestPath(segments, directory));
    }

    private static boolean acceptable(String segment) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            return false;
        }
        return segment.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '/' || c == '\\');
    }

    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The first segment (a region id), or empty for the root. */
    public Optional<String> first() {
        return segments.isEmpty() ? Optional.empty() : Optional.of(segments.getFirst());
    }

    /** The path of a file inside a region's output: the segments after the first, joined by '/'. */
    public String rest() {
        return String.join("/", segments.subList(Math.min(1, segments.size()), segments.size()));
    }
}
