package nl.kring.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The nginx include of a region ({@code _hosting/nginx.conf}): one {@code location} for the region's base path,
 * to include in a {@code server} block whose {@code root} holds the site at that path. Every location that sends
 * a header repeats all of them, because nginx drops the outer {@code add_header} lines in a location that has
 * its own; {@code always} sends them with the 404 page too.
 */
final class NginxInclude {

    private NginxInclude() {
    }

    static String text(HostingFiles hosting) {
        String base = hosting.base();
        SecurityHeaders policy = hosting.headers();
        StringBuilder out = new StringBuilder(hosting.origin("#"));
        out.append(base.equals("/")
                ? "# Include it in the server block of the site's host name; that block's root is the copy of dist/"
                        + hosting.region().id() + "/.\n"
                : "# Include it in the server block of the host; the copy of dist/" + hosting.region().id()
                        + "/ must be the folder " + base.substring(1, base.length() - 1) + " in that block's root.\n");
        if (!base.equals("/")) {
            out.append("location = ").append(base, 0, base.length() - 1).append(" {\n    return 301 ").append(base)
                    .append(";\n}\n\n");
        }
        out.append("location ").append(base).append(" {\n");
        out.append("    index index.html;\n");
        out.append("    error_page 404 ").append(base).append("404.html;\n");
        out.append("    default_type application/octet-stream;\n");
        out.append("    types {\n");
        for (HostingFiles.MediaType type : HostingFiles.TYPES) {
            out.append("        ").append(type.type()).append(' ').append(type.extension()).append(";\n");
        }
        out.append("    }\n");
        out.append("    charset utf-8;\n");
        out.append("    charset_types ").append(types(t -> t.text() && !t.type().equals("text/html"))).append(";\n");
        out.append("    gzip on;\n    gzip_vary on;\n    gzip_min_length 256;\n");
        out.append("    gzip_types ").append(types(t -> t.compress() && !t.type().equals("text/html"))).append(";\n");
        headers(out, "    ", policy.pageHeaders(), HostingFiles.CACHE_OTHER);
        out.append("\n    # The server configurations are for the server, not for visitors.\n");
        out.append("    location ~ ^").append(HostingFiles.quoteForRegex(base))
                .append("(_headers$|\\.htaccess$|").append(HostingFiles.FOLDER).append("/) {\n        return 404;\n    }\n");
        out.append("\n    # Files with a hash of their content in their name never change: keep them for a year.\n");
        out.append("    location ~ \"").append(hosting.hashedPattern()).append("\" {\n");  // quoted: it has braces
        headers(out, "        ", policy.pageHeaders(), HostingFiles.CACHE_HASHED);
        out.append("    }\n");
        out.append("\n    # The open data: any site may read it from a script.\n");
        out.append("    location ^~ ").append(base).append(SecurityHeaders.OPEN_DATA_FOLDER).append(" {\n");
        List<SecurityHeaders.Header> openData = new java.util.ArrayList<>(policy.pageHeaders());
        openData.add(SecurityHeaders.OPEN_DATA_READABLE_EVERYWHERE);
        headers(out, "        ", openData, HostingFiles.CACHE_OTHER);
        out.append("    }\n");
        out.append("\n    # The pages for other sites' iframes: only the sites of 'embedding' in site-config.yml may frame them.\n");
        out.append("    location ^~ ").append(base).append("insluiten/ {\n");
        headers(out, "        ", policy.embedHeaders(), HostingFiles.CACHE_OTHER);
        out.append("    }\n");
        out.append("}\n");
        return out.toString();
    }

    private static void headers(StringBuilder out, String indent, List<SecurityHeaders.Header> headers, String cache) {
        for (SecurityHeaders.Header header : headers) {
            out.append(indent).append("add_header ").append(header.name()).append(" \"").append(header.value())
                    .append("\" always;\n");
        }
        out.append(indent).append("add_header Cache-Control \"").append(cache).append("\" always;\n");
    }

    private static String types(java.util.function.Predicate<HostingFiles.MediaType> which) {
        return HostingFiles.TYPES.stream().filter(which).map(HostingFiles.MediaType::type).distinct()
                .collect(Collectors.joining(" "));
    }
}
