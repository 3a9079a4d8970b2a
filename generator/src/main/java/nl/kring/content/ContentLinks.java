package nl.kring.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Resolves relative links between repository files, as a Git host's file browser would. */
public final class ContentLinks {

    private ContentLinks() {
    }

    /** The part before '#' or '?', URL-decoded. */
    public static String filePart(String destination) {
        String path = destination.strip();
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** The fragment after '#', or null. */
    public static String fragment(String destination) {
        int hash = destination.indexOf('#');
        return hash < 0 ? null : destination.substring(hash + 1);
    }

    /**
     * Resolves {@code target} against the folder of {@code fromPath} (both repository-relative);
     * null when it climbs above the repository.
     */
    public static String resolve(String fromPath, String target) {
        Deque<String> parts = new ArrayDeque<>();
        String[] from = fromPath.split("/");
        for (int i = 0; i < from.length - 1; i++) {
            parts.addLast(from[i]);
        }
        for (String part : target.split("/")) {
            switch (part) {
                case "", "." -> { }
                case ".." -> {
                    if (parts.isEmpty()) {
                        return null;
                    }
                    parts.removeLast();
                }
                default -> parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
