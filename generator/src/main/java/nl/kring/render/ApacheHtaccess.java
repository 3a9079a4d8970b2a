package nl.kring.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Apache configuration of a region: a {@code .htaccess} at the root of its folder. It needs mod_headers,
 * mod_mime, mod_deflate, mod_dir and mod_alias, and {@code AllowOverride FileInfo Indexes} for the folder. It
 * uses no {@code <IfModule>}: a missing module stops the server with an error instead of silently serving the
 * site without its headers.
 */
final class ApacheHtaccess {

    private ApacheHtaccess() {
    }

    static String text(HostingFiles hosting) {
        String base = hosting.base();
        SecurityHeaders policy = hosting.headers();
        StringBuilder out = new StringBuilder(hosting.origin("#"));
        out.append("# Needs mod_headers, mod_mime, mod_deflate, mod_dir, mod_alias and AllowOverride FileInfo Indexes.\n\n");
        out.append("DirectoryIndex index.html\n");
        out.append("ErrorDocument 404 ").append(base).append("404.html\n");
        out.append("# The server configurations are for the server, not for visitors.\n");
        out.append("RedirectMatch 404 ^").append(HostingFiles.quoteForRegex(base)).append("(_headers|\\.htaccess|")
                .append(HostingFiles.FOLDER).append("/.*)$\n\n");
        out.append("AddDefaultCharset utf-8\n");
        for (HostingFiles.MediaType type : HostingFiles.TYPES) {
            out.append("AddType ").append(type.type()).append(" .").append(type.extension()).append('\n');
        }
        out.append("AddCharset utf-8 ").append(HostingFiles.TYPES.stream().filter(HostingFiles.MediaType::text)
                .map(t -> "." + t.extension()).collect(Collectors.joining(" "))).append('\n');
        out.append("AddOutputFilterByType DEFLATE ").append(HostingFiles.TYPES.stream()
                .filter(HostingFiles.MediaType::compress).map(HostingFiles.MediaType::type).distinct()
                .collect(Collectors.joining(" "))).append("\n\n");
        for (SecurityHeaders.Header header : policy.common()) {
            set(out, "", header);
        }
        out.append("\n# The pages for other sites' iframes: only the sites of 'embedding' in site-config.yml may frame them.\n");
        out.append("<If \"%{REQUEST_URI} =~ m#^").append(HostingFiles.quoteForRegex(base)).append("insluiten/#\">\n");
        frameHeaders(out, policy.embedHeaders());
        out.append("</If>\n<Else>\n");
        frameHeaders(out, policy.pageHeaders());
        out.append("</Else>\n\n");
        out.append("# The open data: any site may read it from a script.\n");
        out.append("<If \"%{REQUEST_URI} =~ m#^").append(HostingFiles.quoteForRegex(base))
                .append(SecurityHeaders.OPEN_DATA_FOLDER).append("#\">\n");
        set(out, "    ", SecurityHeaders.OPEN_DATA_READABLE_EVERYWHERE);
        out.append("</If>\n\n");
        out.append("# Files with a hash of their content in their name never change: keep them for a year.\n");
        out.append("<If \"%{REQUEST_URI} =~ m#").append(hosting.hashedPattern()).append("#\">\n");
        out.append("    Header always set Cache-Control \"").append(HostingFiles.CACHE_HASHED).append("\"\n");
        out.append("</If>\n<Else>\n");
        out.append("    Header always set Cache-Control \"").append(HostingFiles.CACHE_OTHER).append("\"\n");
        out.append("</Else>\n");
        return out.toString();
    }

    /** The headers that differ between embed pages and the rest; without X-Frame-Options, it is unset. */
    private static void frameHeaders(StringBuilder out, List<SecurityHeaders.Header> headers) {
        boolean frameOptions = false;
        for (SecurityHeaders.Header header : headers) {
            if (header.name().equals("Content-Security-Policy") || header.name().equals("X-Frame-Options")) {
                set(out, "    ", header);
                frameOptions |= header.name().equals("X-Frame-Options");
            }
        }
        if (!frameOptions) {
            out.append("    Header always unset X-Frame-Options\n");
        }
    }

    private static void set(StringBuilder out, String indent, SecurityHeaders.Header header) {
        out.append(indent).append("Header always set ").append(header.name()).append(" \"").append(header.value())
                .append("\"\n");
    }
}
