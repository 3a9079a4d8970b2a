package nl.kring.render;

/**
 * One file of a region's site.
 *
 * @param path   path inside the region's folder, e.g. {@code groepen/index.html}
 * @param source the content file it was made from (for error messages), or null
 */
public record OutputFile(String path, byte[] bytes, String source) {

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    /** The site path a browser asks for: {@code /groepen/} for {@code groepen/index.html}. */
    public String sitePath() {
        return "/" + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
    }

    /** The output file for a site path: {@code /groepen/} becomes {@code groepen/index.html}. */
    public static String fileFor(String sitePath) {
        String path = sitePath.substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
