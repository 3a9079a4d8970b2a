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

    private PageLinks(String pagePath, String basePath, boolean rootRelative) {
        this.pagePath = pagePath;
        this.basePath = basePath;
        this.rootRelative = rootRelative;
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
        String fromDir = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
        String[] from = fromDir.split("/", -1);
        String[] to = sitePath.split("/", -1);
        int common = 0;
        // both arrays start with "" for the leading slash; the last element of `from` is "" too
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            link.append("../");
        }
        for (int i = common; i < to.length; i++) {
            link.append(to[i]);
            if (i < to.length - 1) {
                link.append('/');
            }
        }
        return link.isEmpty() ? "./" : link.toString();
    }
}
