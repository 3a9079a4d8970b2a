package nl.kring.render;

/**
 * Turns site paths ({@code /groepen/}) into links that work from the current page. Links are
 * relative so a region's folder works at any base URL, under a sub-path, and from a local static
 * server. The 404 page is served at arbitrary paths, so it links from the base URL's path instead.
 */
public final class PageLinks {

    private final String pagePath;
    private final String basePath;
    private final boolean rootRelative;
    /** The page's folder split at its slashes, once: a page asks for dozens of links. */
    private final String[] from;

    private PageLinks(String pagePath, String basePath, boolean rootRelative) {
        this.pagePath = pagePath;
        this.basePath = basePath;
        this.rootRelative = rootRelative;
        this.from = pagePath.substring(0, pagePath.lastIndexOf('/') + 1).split("/", -1);
    }

    /** Links for a page at {@code pagePath}, e.g. {@code /roermond/groepen/rouwgroep/}. */
    public static PageLinks relativeTo(String pagePath) {
        return new PageLinks(pagePath, "/", false);
    }

    /** Links from the base URL's path, e.g. {@code /zelfhulp/groepen/}, for pages shown at any URL. */
    public static PageLinks fromBase(String basePath) {
        return new PageLinks("/", basePath, true);
    }

    public String pagePath() {
        return pagePath;
    }

    /** The link to a site path; the fragment or query, if any, is kept. */
    public String to(String sitePath) {
        if (!sitePath.startsWith("/")) {
            return sitePath;  // already relative or absolute
        }
        if (rootRelative) {
            return basePath + sitePath.substring(1);
        }
        // walk the target's segments in place: the common leading folders are left out, each folder of the
        // page's own below them is a "../" (this is asked for every link of 67,000 pages on a national network)
        int toSegments = 1;
        for (int i = sitePath.indexOf('/'); i >= 0; i = sitePath.indexOf('/', i + 1)) {
            toSegments++;
        }
        int common = 0;
        int offset = 0;
        // both start with an empty segment for the leading slash; the last segment of `from` is empty too
        while (common < from.length - 1 && common < toSegments - 1) {
            int end = sitePath.indexOf('/', offset);
            String segment = from[common];
            if (end - offset != segment.length() || !sitePath.startsWith(segment, offset)) {
                break;
            }
            common++;
            offset = end + 1;
        }
        String link = "../".repeat(from.length - 1 - common) + sitePath.substring(offset);
        return link.isEmpty() ? "./" : link;
    }
}
