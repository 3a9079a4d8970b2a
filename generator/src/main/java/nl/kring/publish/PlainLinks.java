package nl.kring.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the links Kring's own templates write (relative paths of letters, digits and {@code -._~/}, perhaps
 * with a {@code #fragment}) against a page's folder, exactly as {@link java.net.URI#resolve} then
 * {@code getPath()} would, without parsing two URIs per link: a large network's pages hold about three million
 * links. Anything else (a scheme, a query, an escape, an empty segment) is left to {@code URI}.
 */
final class PlainLinks {

    private PlainLinks() {
    }

    /** A link split at its {@code #}: the path part (maybe empty) and the fragment (null when there is none). */
    record Plain(String path, String fragment) {
    }

    /** The link's parts when it is plain; null when {@code URI} must read it. */
    static Plain of(String link) {
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? null : link.substring(hash + 1);
        if (path.isEmpty() && fragment == null || path.contains("//") || !plain(path, true)
                || fragment != null && !plain(fragment, false)) {
            return null;
        }
        return new Plain(path, fragment);
    }

    /**
     * The site path a plain link leads to from a page in {@code pageDir} (which starts and ends with a slash):
     * the folder itself for a fragment alone, an absolute path as it is, otherwise the link's path joined to the
     * folder with {@code .} and {@code ..} segments removed; a {@code ..} above the root stays, as in URI.
     * Null when the folder's own name is not plain.
     */
    static String resolve(String pageDir, Plain link) {
        if (pageDir.contains("//") || !plain(pageDir, true)) {
            return null;
        }
        if (link.path().isEmpty()) {
            return pageDir;
        }
        if (link.path().startsWith("/")) {
            return link.path();   // URI takes an absolute path as it is, dots and all
        }
        String rest = link.path();
        String folder = pageDir;
        while (rest.startsWith("../") && folder.length() > 1) {   // the common case, up a few folders, quickly
            rest = rest.substring(3);
            folder = folder.substring(0, folder.lastIndexOf('/', folder.length() - 2) + 1);
        }
        if (!hasDotSegment(rest)) {
            return folder + rest;
        }
        String[] segments = (folder + rest).substring(1).split("/", -1);
        List<String> kept = new ArrayList<>(segments.length);
        boolean endsInFolder = false;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                endsInFolder = last;
            } else if (segment.equals("..") && !kept.isEmpty() && !kept.getLast().equals("..")) {
                kept.removeLast();
                endsInFolder = last;
            } else {
                kept.add(segment);
            }
        }
        String path = "/" + String.join("/", kept);
        return endsInFolder && !path.endsWith("/") ? path + "/" : path;
    }

    private static boolean hasDotSegment(String path) {
        return path.equals(".") || path.equals("..") || path.startsWith("./") || path.startsWith("../")
                || path.contains("/./") || path.contains("/../") || path.endsWith("/.") || path.endsWith("/..");
    }

    private static boolean plain(String text, boolean slashes) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || slashes && c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
